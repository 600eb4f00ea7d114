import { describe, expect, it } from 'vitest'

import { ADAPT_WORDS, BANNER_WORDS, DESK_WORDS, HEALTH_WORDS, HOME_DESK_WORDS, originChangeText, PUB_STATUS_WORDS, SECRET_WORDS } from '../../../../src/admin/incoming/words'

describe("the desk admin's words", () => {
  it.each(Object.entries({ ADAPT_WORDS, BANNER_WORDS, DESK_WORDS, HEALTH_WORDS, HOME_DESK_WORDS, PUB_STATUS_WORDS, SECRET_WORDS }))('%s has every entry in Vietnamese and English', (_name, table) => {
    for (const [key, words] of Object.entries(table as Record<string, { en: string; vi: string }>)) {
      expect(words.vi.trim(), key).not.toBe('')
      expect(words.en.trim(), key).not.toBe('')
      expect(words.vi, key).not.toBe(words.en)
    }
  })

  it.each([
    [{ at: '2026-12-05T11:00:00.000Z', kind: 'updated' as const }, '05/12/2026 18:00', 'vi', 'Tin gốc đã được nguồn cập nhật lúc 05/12/2026 18:00.'],
    [{ at: '2026-12-05T11:00:00.000Z', kind: 'updated' as const }, '05/12/2026 18:00', 'en', 'The source updated the original item at 05/12/2026 18:00.'],
    [{ at: null, kind: 'withdrawn' as const, status: 'canceled' }, '', 'vi', 'Tin gốc đã bị nguồn thu hồi (hủy).'],
    [{ at: 'x', kind: 'withdrawn' as const, status: 'withheld' }, '05/12/2026 19:00', 'vi', 'Tin gốc đã bị nguồn thu hồi (tạm giữ) lúc 05/12/2026 19:00.'],
    [{ kind: 'gone' as const }, '', 'vi', 'Tin gốc không còn trên bàn nhận tin (nguồn đã bị xóa).'],
  ])('says what happened to the origin: %j', (change, at, language, text) => {
    expect(originChangeText(change, at, language as 'en' | 'vi')).toBe(text)
  })
})
