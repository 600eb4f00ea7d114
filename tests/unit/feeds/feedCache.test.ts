import { beforeEach, describe, expect, it } from 'vitest'

import {
  cachedFeed,
  EVERYTHING_SCOPE,
  feedRenderCount,
  forgetSharedGenerations,
  GENERATION_CHECK_INTERVAL_MS,
  markFeedsStale,
  MAX_REMEMBERED_LOOKUPS,
  rememberedLookup,
  rememberedLookupCount,
  renderedFeed,
  type SharedGenerations,
  syncWithGenerations,
} from '../../../src/feeds/feedCache'
import type { FeedScope } from '../../../src/feeds/feedScopes'

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

describe('renderings kept per scope', () => {
  beforeEach(() => markFeedsStale())

  const render = (body: string) => async () => renderedFeed({ body, contentType: 'text/plain', lastModified: null, validUntil: Date.now() + 60_000 })
  /** Serves `key` from the cache (or renders `body`) and says whether it rendered. */
  const serve = async (key: string, scopes: FeedScope[], body = key) => {
    const before = feedRenderCount()
    const feed = await cachedFeed(key, scopes, render(body))
    return { body: feed.body.toString(), rendered: feedRenderCount() > before }
  }

  it('drops only the renderings made under a touched scope', async () => {
    await serve('radio', ['channel:radio'])
    await serve('paper', ['channel:newspaper', 'outlet:1'])
    await serve('paper-2', ['channel:newspaper', 'outlet:2'])
    markFeedsStale(['channel:radio'])
    expect((await serve('radio', ['channel:radio'])).rendered).toBe(true)
    expect((await serve('paper', ['channel:newspaper', 'outlet:1'])).rendered).toBe(false)
    markFeedsStale(['outlet:2'])
    expect((await serve('paper', ['channel:newspaper', 'outlet:1'])).rendered).toBe(false)
    expect((await serve('paper-2', ['channel:newspaper', 'outlet:2'])).rendered).toBe(true)
    markFeedsStale('everything')
    expect((await serve('paper', ['channel:newspaper', 'outlet:1'])).rendered).toBe(true)
  })

  it('does not store a rendering begun before a change to its scope, and does store one begun before a change elsewhere', async () => {
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    const slow = (body: string) => async () => (await gate, render(body)())
    const radio = cachedFeed('radio', ['channel:radio'], slow('old radio'))
    const paper = cachedFeed('paper', ['channel:newspaper'], slow('old paper'))
    markFeedsStale(['channel:radio'])
    release()
    await Promise.all([radio, paper])
    expect((await serve('radio', ['channel:radio'], 'new radio')).body).toBe('new radio')
    expect((await serve('paper', ['channel:newspaper'], 'new paper')).body).toBe('old paper')
  })

  it('forgets a token lookup when its outlet changes, and unknown tokens when any outlet changes', async () => {
    let loads = 0
    const lookup = (key: string, value: null | number) =>
      rememberedLookup(key, async () => (loads++, value), (v) => (v === null ? ['outlets:unknown-tokens'] : [`outlet:${v}`]))
    await lookup('a', 1)
    await lookup('b', 2)
    await lookup('nobody', null)
    expect(loads).toBe(3)
    markFeedsStale(['outlet:1', 'outlets:unknown-tokens'])
    await lookup('a', 1)
    await lookup('b', 2)
    await lookup('nobody', null)
    expect(loads).toBe(5)
  })

  it('follows another process: drops what moved in the shared generations, everything on the first sync or the everything row', async () => {
    const shared = { generations: new Map<string, string>([['channel:radio', 'r1']]), marker: 'm1' }
    const readers: SharedGenerations = { readMarker: async () => shared.marker, readScopes: async () => new Map(shared.generations) }
    let now = Date.now() + 10 * GENERATION_CHECK_INTERVAL_MS
    const tick = () => (now += GENERATION_CHECK_INTERVAL_MS)
    forgetSharedGenerations()
    await syncWithGenerations(readers, tick())
    await serve('radio', ['channel:radio'])
    await serve('paper', ['channel:newspaper'])
    // Another process approves for newspaper: one row moves, and the marker.
    shared.generations.set('channel:newspaper', 'n1')
    shared.marker = 'm2'
    // Within the interval nothing is read.
    await syncWithGenerations(readers, now + 1)
    expect((await serve('paper', ['channel:newspaper'])).rendered).toBe(false)
    await syncWithGenerations(readers, tick())
    expect((await serve('paper', ['channel:newspaper'])).rendered).toBe(true)
    expect((await serve('radio', ['channel:radio'])).rendered).toBe(false)
    shared.generations.set(EVERYTHING_SCOPE, 'e1')
    shared.marker = 'm3'
    await syncWithGenerations(readers, tick())
    expect((await serve('radio', ['channel:radio'])).rendered).toBe(true)
    // A second process starting now drops everything it holds at its first sync.
    forgetSharedGenerations()
    await syncWithGenerations(readers, tick())
    expect((await serve('paper', ['channel:newspaper'])).rendered).toBe(true)
  })
})
