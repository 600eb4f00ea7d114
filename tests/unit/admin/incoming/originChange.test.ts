import { describe, expect, it } from 'vitest'

import { type DeskRowState, type DerivedFrom, originChange, type OriginChange } from '../../../../src/admin/incoming/originChange'

const adapted: DerivedFrom = { adaptedAt: '2026-12-05T10:00:00.000Z', incoming: '7' }

describe("whether an adapted item's origin changed", () => {
  it.each<[string, DerivedFrom | null, DeskRowState | null, OriginChange | null]>([
    ['not adapted at all', null, null, null],
    ['adapted, desk row gone', adapted, null, { kind: 'gone' }],
    ['row never changed upstream', adapted, { pubStatus: 'usable', upstreamChangedAt: null }, null],
    ['changed before it was adapted', adapted, { pubStatus: 'usable', upstreamChangedAt: '2026-12-05T09:59:59.000Z' }, null],
    ['changed at the very moment it was adapted', adapted, { pubStatus: 'usable', upstreamChangedAt: '2026-12-05T10:00:00.000Z' }, null],
    ['changed after it was adapted', adapted, { pubStatus: 'usable', upstreamChangedAt: '2026-12-05T10:00:01.000Z' }, { at: '2026-12-05T10:00:01.000Z', kind: 'updated' }],
    ['withheld upstream', adapted, { pubStatus: 'withheld', upstreamChangedAt: '2026-12-05T11:00:00.000Z' }, { at: '2026-12-05T11:00:00.000Z', kind: 'withdrawn', status: 'withheld' }],
    ['canceled, even before it was adapted', adapted, { pubStatus: 'canceled', upstreamChangedAt: '2026-12-05T09:00:00.000Z' }, { at: '2026-12-05T09:00:00.000Z', kind: 'withdrawn', status: 'canceled' }],
    ['changed, no adaptation time recorded', { incoming: '7' }, { pubStatus: 'usable', upstreamChangedAt: '2026-12-05T09:00:00.000Z' }, { at: '2026-12-05T09:00:00.000Z', kind: 'updated' }],
    ['an unreadable change time', adapted, { pubStatus: 'usable', upstreamChangedAt: 'not a date' }, null],
  ])('%s', (_case, derivedFrom, row, expected) => {
    expect(originChange(derivedFrom, row)).toEqual(expected)
  })
})
