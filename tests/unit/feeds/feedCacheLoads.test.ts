// The feed cache builds its bounded caches when it loads. Imported inside a test, a module that throws there fails this
// test, where a failed import of feedCache.test.ts would fail no test (Stryker counts that mutant as survived).
import { expect, it } from 'vitest'

it('loads the feed cache with its bounded caches', async () => {
  const cache = await import('../../../src/feeds/feedCache')
  cache.markFeedsStale()
  expect(cache.rememberedLookupCount()).toBe(0)
})
