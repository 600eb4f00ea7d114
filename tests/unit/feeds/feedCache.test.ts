import { beforeEach, describe, expect, it } from 'vitest'

import { markFeedsStale, MAX_REMEMBERED_LOOKUPS, rememberedLookup, rememberedLookupCount } from '../../../src/feeds/feedCache'

describe('remembered token lookups', () => {
  beforeEach(() => markFeedsStale())

  it('stay bounded under a flood of distinct unknown tokens, and keep answering a token in use', async () => {
    let loads = 0
    const outlet = { id: 7, name: 'Báo Hà Tĩnh' }
    const valid = () =>
      rememberedLookup('outlet:valid', async () => {
        loads++
        return outlet
      })
    expect(await valid()).toBe(outlet)
    for (let i = 0; i < MAX_REMEMBERED_LOOKUPS * 5; i++) {
      await rememberedLookup(`outlet:unknown-${i}`, async () => null)
      expect(rememberedLookupCount()).toBeLessThanOrEqual(MAX_REMEMBERED_LOOKUPS)
      // The newsroom keeps fetching while the flood goes on: its answer stays remembered.
      if (i % 100 === 0) expect(await valid()).toBe(outlet)
    }
    expect(rememberedLookupCount()).toBe(MAX_REMEMBERED_LOOKUPS)
    expect(await valid()).toBe(outlet)
    expect(loads).toBe(1)
  })

  it('loads again a token pushed out by the flood, and forgets failures', async () => {
    expect(await rememberedLookup('outlet:early', async () => 'first')).toBe('first')
    for (let i = 0; i < MAX_REMEMBERED_LOOKUPS; i++) await rememberedLookup(`outlet:unknown-${i}`, async () => null)
    expect(await rememberedLookup('outlet:early', async () => 'loaded again')).toBe('loaded again')
    await expect(rememberedLookup('outlet:broken', async () => Promise.reject(new Error('database away')))).rejects.toThrow('database away')
    expect(await rememberedLookup('outlet:broken', async () => 'recovered')).toBe('recovered')
  })
})
