import { describe, expect, it } from 'vitest'

import { hasChanges, wordDiff } from '../../../../src/admin/incoming/wordDiff'

const joined = (parts: ReturnType<typeof wordDiff>, kinds: string[]) => parts.filter((part) => kinds.includes(part.kind)).map((part) => part.text).join('')

describe('word-level diff of upstream versions', () => {
  it('marks a changed word as removed and added, the rest kept', () => {
    expect(wordDiff('Mưa lớn ở vùng núi.', 'Mưa rất lớn ở vùng núi.')).toEqual([
      { kind: 'same', text: 'Mưa ' },
      { kind: 'added', text: 'rất ' },
      { kind: 'same', text: 'lớn ở vùng núi.' },
    ])
    expect(wordDiff('Cảnh báo mưa lớn', 'Cảnh báo lũ lớn')).toEqual([
      { kind: 'same', text: 'Cảnh báo ' },
      { kind: 'removed', text: 'mưa ' },
      { kind: 'added', text: 'lũ ' },
      { kind: 'same', text: 'lớn' },
    ])
  })

  it.each([
    ['', ''],
    ['', 'Tin mới'],
    ['Tin cũ', ''],
    ['một hai ba bốn', 'hai bốn năm một'],
    ['  cách   nhiều  ', 'cách nhiều'],
    ['Số liệu: 12 ca; 3 ca nặng.', 'Số liệu: 15 ca; 3 ca nặng, 1 ca tử vong.'],
  ])('gives back both texts exactly: %j → %j', (before, after) => {
    const parts = wordDiff(before, after)
    expect(joined(parts, ['same', 'removed']).replace(/\s+/g, ' ').trim()).toBe(before.replace(/\s+/g, ' ').trim())
    expect(joined(parts, ['same', 'added'])).toBe(after)
  })

  it('says an unchanged text has no changes, and a changed one has', () => {
    expect(hasChanges(wordDiff('Giữ nguyên', 'Giữ nguyên'))).toBe(false)
    expect(hasChanges(wordDiff('Giữ nguyên', 'Giữ  nguyên'))).toBe(false)
    expect(hasChanges(wordDiff('Giữ nguyên', 'Đổi khác'))).toBe(true)
  })

  it('shows very long texts as one removal and one addition instead of building a huge table', () => {
    const long = Array.from({ length: 2000 }, (_, i) => `từ${i}`).join(' ')
    expect(wordDiff(long, `${long} thêm`)).toEqual([
      { kind: 'removed', text: long },
      { kind: 'added', text: `${long} thêm` },
    ])
  })
})
