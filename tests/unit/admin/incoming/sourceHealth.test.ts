import { describe, expect, it } from 'vitest'

import { byAttention, LATE_AFTER_MS, needsAttention, sourceHealth, type SourceHealth, type SourceStatus } from '../../../../src/admin/incoming/sourceHealth'

const now = new Date('2026-12-05T12:00:00.000Z')
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString()

describe('source health on the admin home page', () => {
  it.each<[string, SourceStatus, SourceHealth]>([
    ['switched off, even when failing', { active: false, failures: 3, lastError: 'Hết thời gian chờ' }, 'inactive'],
    ['one failure in a row', { active: true, failures: 1, lastError: 'Máy chủ nguồn trả lỗi 500', lastPolledAt: ago(60_000) }, 'failing'],
    ['never polled', { active: true, failures: 0 }, 'never'],
    ['polled, next poll due soon', { active: true, failures: 0, lastPolledAt: ago(60_000), lastSuccessAt: ago(60_000), nextPollAt: ago(-240_000) }, 'ok'],
    ['next poll a little overdue', { active: true, failures: 0, lastPolledAt: ago(LATE_AFTER_MS), nextPollAt: ago(LATE_AFTER_MS) }, 'ok'],
    ['next poll long overdue', { active: true, failures: 0, lastPolledAt: ago(2 * LATE_AFTER_MS), nextPollAt: ago(LATE_AFTER_MS + 1) }, 'late'],
    ['polled, no next poll recorded', { active: true, lastPolledAt: ago(60_000) }, 'ok'],
    ['active left unset counts as active', { failures: 2, lastPolledAt: ago(60_000) }, 'failing'],
  ])('%s → %s', (_case, source, health) => {
    expect(sourceHealth(source, now)).toBe(health)
  })

  it('flags failing and late sources only', () => {
    expect((['failing', 'late', 'never', 'ok', 'inactive'] as SourceHealth[]).filter(needsAttention)).toEqual(['failing', 'late'])
  })

  it('lists failing sources first, then by name', () => {
    const rows = [
      { health: 'ok' as const, name: 'Bộ Y tế' },
      { health: 'failing' as const, name: 'Tỉnh' },
      { health: 'inactive' as const, name: 'An Giang' },
      { health: 'failing' as const, name: 'Báo Nhân Dân' },
      { health: 'late' as const, name: 'Cổng tỉnh' },
    ]
    expect(rows.sort(byAttention).map((row) => row.name)).toEqual(['Báo Nhân Dân', 'Tỉnh', 'Cổng tỉnh', 'Bộ Y tế', 'An Giang'])
  })
})
