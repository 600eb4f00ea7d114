import { describe, expect, it } from 'vitest'

import { upstreamChange, UPSTREAM_CHANGE_WORDS } from '../../../src/ingest/upstreamChange'

const adapted = { adaptedAt: '2026-12-05T10:00:00.000Z', incoming: '7' }

describe('upstreamChange', () => {
  it.each([
    ['an item not adapted', null, { pubStatus: 'canceled', upstreamChangedAt: '2026-12-06T00:00:00.000Z' }, null],
    ['an item with an empty origin', { adaptedAt: adapted.adaptedAt, incoming: '' }, { pubStatus: 'canceled' }, null],
    ['a row that never changed', adapted, { pubStatus: 'usable', upstreamChangedAt: null }, null],
    ['a row changed before the item was adapted', adapted, { pubStatus: 'usable', upstreamChangedAt: '2026-12-05T09:59:59.999Z' }, null],
    ['a row changed at the very moment of adapting', adapted, { pubStatus: 'usable', upstreamChangedAt: adapted.adaptedAt }, null],
    ['a row changed after', adapted, { pubStatus: 'usable', upstreamChangedAt: '2026-12-05T10:00:00.001Z' }, 'updated'],
    ['a changed row and no adaptation time', { incoming: '7' }, { pubStatus: 'usable', upstreamChangedAt: '2026-12-01T00:00:00.000Z' }, 'updated'],
    ['a changed row and an unreadable adaptation time', { adaptedAt: 'hôm qua', incoming: '7' }, { pubStatus: 'usable', upstreamChangedAt: '2026-12-01T00:00:00.000Z' }, 'updated'],
    ['an unreadable change time', adapted, { pubStatus: 'usable', upstreamChangedAt: 'không rõ' }, null],
    ['a withheld row', adapted, { pubStatus: 'withheld', upstreamChangedAt: '2026-12-06T00:00:00.000Z' }, 'withdrawn'],
    ['a canceled row, whatever its change time', adapted, { pubStatus: 'canceled', upstreamChangedAt: null }, 'withdrawn'],
    ['a row without a status', adapted, { upstreamChangedAt: '2026-12-06T00:00:00.000Z' }, 'updated'],
    ['an unchanged row and no adaptation time', { incoming: '7' }, { pubStatus: 'usable', upstreamChangedAt: null }, null],
    ['an unchanged row with an empty change time', { incoming: '7' }, { pubStatus: 'usable', upstreamChangedAt: '' }, null],
  ] as const)('says what moved for %s', (_name, derivedFrom, row, expected) => {
    expect(upstreamChange({ derivedFrom, row })).toBe(expected)
  })

  it('says gone when the desk row no longer exists, and nothing for an item not adapted', () => {
    expect(upstreamChange({ derivedFrom: adapted, row: null })).toBe('gone')
    expect(upstreamChange({ derivedFrom: undefined, row: null })).toBeNull()
  })

  it('has Vietnamese and English words for each change', () => {
    expect(Object.keys(UPSTREAM_CHANGE_WORDS).sort()).toEqual(['gone', 'updated', 'withdrawn'])
    for (const words of Object.values(UPSTREAM_CHANGE_WORDS)) {
      expect(words.vi).toMatch(/[ạảãáàâầấậẩẫăằắặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữ]/)
      expect(words.en.length).toBeGreaterThan(10)
    }
  })
})
