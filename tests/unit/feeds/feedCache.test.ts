import type { IncomingMessage, ServerResponse } from 'node:http'

import { createHash } from 'node:crypto'
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import {
  cacheEpoch,
  cachedFeed,
  chooseEncoding,
  EVERYTHING_SCOPE,
  feedRenderCount,
  forgetSharedGenerations,
  GENERATION_CHECK_INTERVAL_MS,
  markFeedsStale,
  MAX_REMEMBERED_LOOKUPS,
  noteFeedFetched,
  onFeedFetched,
  rememberedLookup,
  rememberedLookupCount,
  rememberResolution,
  renderedFeed,
  serveRememberedFeed,
  type SharedGenerations,
  syncWithGenerations,
  writeFeed,
} from '../../../src/feeds/feedCache'
import type { FeedScope } from '../../../src/feeds/feedScopes'
import { etagForCoding } from '../../../src/http/conditionalRequest'

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

describe('chooseEncoding', () => {
  it.each<[string | undefined, string]>([
    [undefined, 'identity'],
    ['', 'identity'],
    ['deflate', 'identity'],
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['GZip', 'gzip'],
    [' BR ', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['br; q=0, gzip;q=0.5', 'gzip'],
    ['gzip;q=0', 'identity'],
    ['gzip;level=1;q=0', 'identity'],
    ['gzip;q=', 'gzip'],
    ['gzip;xq=0', 'gzip'],
    ['*', 'br'],
    ['*;q=0', 'identity'],
    ['br;q=0, *', 'gzip'],
    ['br;q=0, gzip;q=0, *', 'identity'],
    [', , gzip', 'gzip'],
  ])('Accept-Encoding %j gives %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected)
  })
})

describe('renderedFeed', () => {
  const body = '<rss>Tin tức Hà Tĩnh</rss>'

  it('keeps the bytes plain, gzip and brotli, each with its own ETag', () => {
    const feed = renderedFeed({ body, contentType: 'application/rss+xml', lastModified: null, validUntil: 5 })
    expect(feed.body.toString('utf8')).toBe(body)
    expect(gunzipSync(feed.gzip).toString('utf8')).toBe(body)
    expect(brotliDecompressSync(feed.br).toString('utf8')).toBe(body)
    // Quality 5: quick enough for every rendering (the default, 11, is not).
    const long = Array.from({ length: 300 }, (_, i) => `<item><title>Tin ${i}: Hà Tĩnh ${i * 7919}</title></item>`).join('')
    const longFeed = renderedFeed({ body: long, contentType: 'application/rss+xml', lastModified: null, validUntil: 5 })
    expect(longFeed.br).toEqual(brotliCompressSync(Buffer.from(long), { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }))
    expect(longFeed.br).not.toEqual(brotliCompressSync(Buffer.from(long)))
    expect(feed.etag).toMatch(/^"[\w-]{32}"$/)
    expect(feed.etag).toBe(`"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`)
    expect(feed.etags).toEqual({ br: etagForCoding(feed.etag, 'br'), gzip: etagForCoding(feed.etag, 'gzip'), identity: feed.etag })
    expect(new Set(Object.values(feed.etags)).size).toBe(3)
    expect(feed).toMatchObject({ contentType: 'application/rss+xml', lastModified: null, validUntil: 5 })
  })

  it('prepares the headers of each encoding, public and private, for 200 and for 304', () => {
    const feed = renderedFeed({ body, contentType: 'application/rss+xml', lastModified: new Date('2024-03-01T08:30:15.750Z'), validUntil: 5 })
    expect(feed.lastModified).toEqual(new Date('2024-03-01T08:30:15Z'))
    const common = {
      'Cache-Control': 'public, no-cache',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox",
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'Last-Modified': 'Fri, 01 Mar 2024 08:30:15 GMT',
      'Referrer-Policy': 'no-referrer',
      Vary: 'Accept-Encoding, Authorization',
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
    }
    const full = { ...common, 'Content-Type': 'application/rss+xml' }
    expect(feed.headers.public).toEqual({
      br: { ...full, 'Content-Encoding': 'br', 'Content-Length': feed.br.length, ETag: feed.etags.br },
      gzip: { ...full, 'Content-Encoding': 'gzip', 'Content-Length': feed.gzip.length, ETag: feed.etags.gzip },
      identity: { ...full, 'Content-Length': Buffer.byteLength(body), ETag: feed.etag },
      notModified: { br: { ...common, ETag: feed.etags.br }, gzip: { ...common, ETag: feed.etags.gzip }, identity: { ...common, ETag: feed.etag } },
    })
    expect(feed.headers.private.identity).toEqual({ ...full, 'Cache-Control': 'private, no-cache', 'Content-Length': Buffer.byteLength(body), ETag: feed.etag })
    expect(feed.headers.private.notModified.gzip).toEqual({ ...common, 'Cache-Control': 'private, no-cache', ETag: feed.etags.gzip })
  })

  it.each([
    ['none', null],
    ['the epoch', new Date(0)],
  ])('gives no Last-Modified for %s', (_label, lastModified) => {
    const feed = renderedFeed({ body, contentType: 'text/plain', lastModified, validUntil: 5 })
    expect(feed.lastModified).toBeNull()
    expect(feed.headers.public.identity).not.toHaveProperty('Last-Modified')
    expect(feed.headers.private.notModified.br).not.toHaveProperty('Last-Modified')
  })
})

/** A request and a response that record what was written. */
function exchange(request: { headers?: Record<string, string>; method?: string; url?: string } = {}) {
  const req = { headers: request.headers ?? {}, method: request.method ?? 'GET', url: request.url ?? '/feeds/radio.xml' } as unknown as IncomingMessage
  const written: { body?: unknown; headers?: unknown; status?: number; ended: boolean } = { ended: false }
  const res = {
    end(body?: unknown) {
      written.body = body
      written.ended = true
      return res
    },
    writeHead(status: number, headers: unknown) {
      written.status = status
      written.headers = headers
      return res
    },
  } as unknown as ServerResponse
  return { req, res, written }
}

describe('writeFeed', () => {
  const feed = () => renderedFeed({ body: '<rss/>', contentType: 'application/rss+xml', lastModified: new Date('2024-03-01T08:30:15Z'), validUntil: 5 })

  it.each([
    ['br, gzip', 'br'],
    ['gzip', 'gzip'],
    [undefined, 'identity'],
  ] as const)('sends the bytes for Accept-Encoding %j (%s)', (acceptEncoding, encoding) => {
    const rendered = feed()
    const { req, res, written } = exchange({ headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} })
    writeFeed(req, res, rendered, false)
    expect(written).toEqual({ body: { br: rendered.br, gzip: rendered.gzip, identity: rendered.body }[encoding], ended: true, headers: rendered.headers.public[encoding], status: 200 })
  })

  it("sends a private feed's headers, and no body to HEAD", () => {
    const rendered = feed()
    const { req, res, written } = exchange({ headers: { 'accept-encoding': 'gzip' }, method: 'HEAD' })
    writeFeed(req, res, rendered, true)
    expect(written).toEqual({ body: undefined, ended: true, headers: rendered.headers.private.gzip, status: 200 })
  })

  it("answers 304 when the client's copy is the chosen encoding's, by tag or by date", () => {
    const rendered = feed()
    const byTag = exchange({ headers: { 'accept-encoding': 'gzip', 'if-none-match': `W/${rendered.etags.gzip}` } })
    writeFeed(byTag.req, byTag.res, rendered, true)
    expect(byTag.written).toEqual({ body: undefined, ended: true, headers: rendered.headers.private.notModified.gzip, status: 304 })
    const byDate = exchange({ headers: { 'if-modified-since': 'Fri, 01 Mar 2024 08:30:15 GMT' } })
    writeFeed(byDate.req, byDate.res, rendered, false)
    expect(byDate.written).toMatchObject({ headers: rendered.headers.public.notModified.identity, status: 304 })
    // Another encoding's tag is another representation: the bytes are sent.
    const other = exchange({ headers: { 'accept-encoding': 'br', 'if-none-match': rendered.etags.gzip } })
    writeFeed(other.req, other.res, rendered, false)
    expect(other.written).toMatchObject({ body: rendered.br, status: 200 })
  })
})

describe('remembered resolutions (the fast path)', () => {
  let now = 0
  const shared: SharedGenerations = { readMarker: async () => 'm', readScopes: async () => new Map() }
  /** A fresh cache in a process that has just read the shared generations (at `now`), holding `radio` for `validFor` ms. */
  const ready = async (validFor = Number.MAX_SAFE_INTEGER / 2) => {
    markFeedsStale()
    forgetSharedGenerations()
    now = Date.now() + 1_000_000
    await syncWithGenerations(shared, now)
    const rendered = renderedFeed({ body: '<rss/>', contentType: 'application/rss+xml', lastModified: null, validUntil: now + validFor })
    await cachedFeed('radio', ['channel:radio'], async () => rendered, now)
    return rendered
  }
  const remember = (options: { authorization?: string; epoch?: number; fetchedBy?: { channel: 'radio'; outlet: number }; scopes?: FeedScope[] } = {}) =>
    rememberResolution({ epoch: cacheEpoch(), feedKey: 'radio', isPrivate: true, scopes: ['outlet:1'], url: '/feeds/radio.xml', ...options })
  afterEach(() => onFeedFetched(undefined))

  it('serves a remembered GET or HEAD from the live rendering, and tells who fetched it', async () => {
    const rendered = await ready()
    const fetched: unknown[] = []
    onFeedFetched((by) => fetched.push(by))
    remember({ authorization: 'Bearer t', fetchedBy: { channel: 'radio', outlet: 1 } })
    const get = exchange({ headers: { authorization: 'Bearer t' } })
    expect(serveRememberedFeed(get.req, get.res, now + 1)).toBe(true)
    expect(get.written).toEqual({ body: rendered.body, ended: true, headers: rendered.headers.private.identity, status: 200 })
    const head = exchange({ headers: { authorization: 'Bearer t' }, method: 'HEAD' })
    expect(serveRememberedFeed(head.req, head.res, now + 1)).toBe(true)
    expect(head.written.body).toBeUndefined()
    expect(fetched).toEqual([
      { channel: 'radio', outlet: 1 },
      { channel: 'radio', outlet: 1 },
    ])
  })

  it('tells nobody of a fetch without an outlet', async () => {
    await ready()
    const fetched: unknown[] = []
    onFeedFetched((by) => fetched.push(by))
    remember()
    const { req, res } = exchange()
    expect(serveRememberedFeed(req, res, now + 1)).toBe(true)
    expect(fetched).toEqual([])
  })

  it.each<[string, (at: number) => { at?: number; request?: Parameters<typeof exchange>[0] }]>([
    ['another method', () => ({ request: { method: 'POST' } })],
    ['another URL', () => ({ request: { url: '/feeds/web.xml' } })],
    ['other credentials', () => ({ request: { headers: { authorization: 'Bearer other' } } })],
    ['a generation check due', (at) => ({ at: at + GENERATION_CHECK_INTERVAL_MS })],
  ])('leaves the request to the router for %s', async (_label, variant) => {
    await ready()
    remember()
    const { at = now + GENERATION_CHECK_INTERVAL_MS - 1, request } = variant(now)
    const sent = exchange(request)
    expect(serveRememberedFeed(sent.req, sent.res, at)).toBe(false)
    expect(sent.written.ended).toBe(false)
  })

  it('leaves the request to the router once the rendering expired', async () => {
    await ready(100)
    remember()
    expect(serveRememberedFeed(exchange().req, exchange().res, now + 99)).toBe(true)
    expect(serveRememberedFeed(exchange().req, exchange().res, now + 100)).toBe(false)
  })

  it('leaves the request to the router when the rendering was dropped', async () => {
    await ready()
    remember({ scopes: ['outlet:1'] })
    // Another process changed the radio channel: the rendering goes, the resolution (the outlet's) stays.
    await syncWithGenerations({ readMarker: async () => 'm2', readScopes: async () => new Map([['channel:radio', 'g2']]) }, now + GENERATION_CHECK_INTERVAL_MS)
    expect(serveRememberedFeed(exchange().req, exchange().res, now + GENERATION_CHECK_INTERVAL_MS + 1)).toBe(false)
  })

  it('forgets a resolution when its outlet changes in another process, and keeps the others', async () => {
    await ready()
    remember({ scopes: ['outlet:1'] })
    remember({ authorization: 'Bearer two', scopes: ['outlet:2'] })
    const later = now + GENERATION_CHECK_INTERVAL_MS
    await syncWithGenerations({ readMarker: async () => 'm2', readScopes: async () => new Map([['outlet:1', 'g2']]) }, later)
    expect(serveRememberedFeed(exchange().req, exchange().res, later + 1)).toBe(false)
    expect(serveRememberedFeed(exchange({ headers: { authorization: 'Bearer two' } }).req, exchange().res, later + 1)).toBe(true)
  })

  it('does not remember a resolution begun before a drop', async () => {
    await ready()
    const epoch = cacheEpoch()
    markFeedsStale([])
    expect(cacheEpoch()).toBe(epoch)
    // Another process changed the web channel (not the radio rendering's scope) while the router resolved.
    const later = now + GENERATION_CHECK_INTERVAL_MS
    await syncWithGenerations({ readMarker: async () => 'm2', readScopes: async () => new Map([['channel:web', 'g2']]) }, later)
    expect(cacheEpoch()).toBe(epoch + 1)
    remember({ epoch })
    expect(serveRememberedFeed(exchange().req, exchange().res, later + 1)).toBe(false)
    remember()
    expect(serveRememberedFeed(exchange().req, exchange().res, later + 1)).toBe(true)
  })

  it('does not remember a resolution begun before two drops, one of everything and one of a scope', async () => {
    const rendered = await ready()
    const epoch = cacheEpoch()
    const generations = new Map([['*', 'e1']])
    const shared = (marker: string): SharedGenerations => ({ readMarker: async () => marker, readScopes: async () => new Map(generations) })
    await syncWithGenerations(shared('m2'), now + GENERATION_CHECK_INTERVAL_MS)
    generations.set('channel:web', 'g2')
    const later = now + 2 * GENERATION_CHECK_INTERVAL_MS
    await syncWithGenerations(shared('m3'), later)
    await cachedFeed('radio', ['channel:radio'], async () => rendered, later)
    remember({ epoch })
    expect(serveRememberedFeed(exchange().req, exchange().res, later + 1)).toBe(false)
  })

  it('does not serve after forgetting the shared state, nor while the first sync is still reading', async () => {
    await ready()
    remember()
    forgetSharedGenerations()
    expect(serveRememberedFeed(exchange().req, exchange().res, now + 1)).toBe(false)
    let answer!: (marker: string) => void
    const syncing = syncWithGenerations({ readMarker: () => new Promise((resolve) => (answer = resolve)), readScopes: async () => new Map() }, now + 10)
    expect(serveRememberedFeed(exchange().req, exchange().res, now + 11)).toBe(false)
    answer('m')
    await syncing
  })

  it('does not serve a resolution remembered for other credentials', async () => {
    await ready()
    remember({ authorization: 'Bearer t' })
    const other = exchange({ headers: { authorization: 'Bearer other' } })
    expect(serveRememberedFeed(other.req, other.res, now + 1)).toBe(false)
    const none = exchange()
    expect(serveRememberedFeed(none.req, none.res, now + 1)).toBe(false)
  })

  it('serves a fetch by an outlet when nobody listens', async () => {
    await ready()
    onFeedFetched(undefined)
    remember({ fetchedBy: { channel: 'radio', outlet: 1 } })
    expect(serveRememberedFeed(exchange().req, exchange().res, now + 1)).toBe(true)
  })

  it('passes noted fetches to the listener, and to nobody without one', () => {
    const fetched: unknown[] = []
    onFeedFetched((by) => fetched.push(by))
    noteFeedFetched({ channel: 'web', outlet: 3 })
    onFeedFetched(undefined)
    noteFeedFetched({ channel: 'web', outlet: 4 })
    expect(fetched).toEqual([{ channel: 'web', outlet: 3 }])
  })
})

describe('shared generations and lookups in flight', () => {
  beforeEach(() => markFeedsStale())

  it('reads the shared scopes only when the marker moved, and drops everything at a first sync whatever the clock', async () => {
    let scopeReads = 0
    const shared: SharedGenerations = {
      readMarker: async () => 'm1',
      readScopes: async () => (scopeReads++, new Map()),
    }
    forgetSharedGenerations()
    let renders = 0
    const serve = () => cachedFeed('paper', ['channel:newspaper'], async () => (renders++, renderedFeed({ body: 'x', contentType: 'text/plain', lastModified: null, validUntil: Number.MAX_SAFE_INTEGER })), 0)
    await serve()
    // A clock at 100 ms after the epoch: within the interval of a check at 0, but there was no check yet.
    await syncWithGenerations(shared, 100)
    await serve()
    expect(renders).toBe(2)
    expect(scopeReads).toBe(1)
    await syncWithGenerations(shared, 100 + GENERATION_CHECK_INTERVAL_MS)
    await serve()
    expect(scopeReads).toBe(1)
    expect(renders).toBe(2)
  })

  it('drops a lookup still loading when any scope changes, and a late failure does not drop its successor', async () => {
    let loads = 0
    let failFirst!: (err: Error) => void
    const first = rememberedLookup('outlet:x', () => (loads++, new Promise<string>((_resolve, reject) => (failFirst = reject))))
    markFeedsStale(['channel:radio'])
    expect(await rememberedLookup('outlet:x', async () => (loads++, 'second'))).toBe('second')
    failFirst(new Error('late'))
    await expect(first).rejects.toThrow('late')
    expect(await rememberedLookup('outlet:x', async () => (loads++, 'third'))).toBe('second')
    expect(loads).toBe(2)
  })

  it("drops everything when the shared row named '*' moves", async () => {
    const shared = { generations: new Map([['channel:radio', 'r1']]), marker: 'm1' }
    const readers: SharedGenerations = { readMarker: async () => shared.marker, readScopes: async () => new Map(shared.generations) }
    forgetSharedGenerations()
    const at = Date.now() + 100 * GENERATION_CHECK_INTERVAL_MS
    await syncWithGenerations(readers, at)
    let renders = 0
    const serve = () => cachedFeed('paper', ['channel:newspaper'], async () => (renders++, renderedFeed({ body: 'x', contentType: 'text/plain', lastModified: null, validUntil: Number.MAX_SAFE_INTEGER })), at)
    await serve()
    shared.generations.set('*', 'e1')
    shared.marker = 'm2'
    await syncWithGenerations(readers, at + GENERATION_CHECK_INTERVAL_MS)
    await serve()
    expect(renders).toBe(2)
  })

  it('keeps a lookup without scopes until everything is dropped', async () => {
    let loads = 0
    const lookup = () => rememberedLookup('settings', async () => (loads++, 'value'))
    await lookup()
    markFeedsStale(['channel:radio', 'outlet:1'])
    await lookup()
    expect(loads).toBe(1)
    markFeedsStale()
    await lookup()
    expect(loads).toBe(2)
  })

  it('keeps renderings up to 128 MiB of bytes in all (plain, gzip and brotli), dropping the least recently used beyond', async () => {
    const MiB = 1024 * 1024
    let renders = 0
    /** A rendering of the given sizes; Buffer.alloc leaves the pages untouched, so this costs little memory. */
    const sized = (body: number, gzip: number, br: number) => async () => {
      renders++
      return { ...renderedFeed({ body: '', contentType: 'text/plain', lastModified: null, validUntil: Number.MAX_SAFE_INTEGER }), body: Buffer.alloc(body), br: Buffer.alloc(br), gzip: Buffer.alloc(gzip) }
    }
    await cachedFeed('big', ['channel:web'], sized(60 * MiB, 30 * MiB, 30 * MiB), 0)
    await cachedFeed('small', ['channel:web'], sized(1, 1, 1), 0)
    await cachedFeed('big', ['channel:web'], sized(60 * MiB, 30 * MiB, 30 * MiB), 0)
    expect(renders).toBe(2)
    // 120 MiB + 10 MiB is over the bound: the least recently used, the big one, goes; the small one stays.
    await cachedFeed('small', ['channel:web'], sized(1, 1, 1), 0)
    await cachedFeed('medium', ['channel:web'], sized(10 * MiB, 0, 0), 0)
    await cachedFeed('small', ['channel:web'], sized(1, 1, 1), 0)
    expect(renders).toBe(3)
    await cachedFeed('big', ['channel:web'], sized(60 * MiB, 30 * MiB, 30 * MiB), 0)
    expect(renders).toBe(4)
    markFeedsStale()
  })

  it('keeps an empty rendering', async () => {
    let renders = 0
    const empty = async () => (renders++, { ...renderedFeed({ body: '', contentType: 'text/plain', lastModified: null, validUntil: Number.MAX_SAFE_INTEGER }), br: Buffer.alloc(0), gzip: Buffer.alloc(0) })
    await cachedFeed('empty', ['channel:web'], empty, 0)
    await cachedFeed('empty', ['channel:web'], empty, 0)
    expect(renders).toBe(1)
  })

  it('keeps a rendering until it expires, and renders once for concurrent misses', async () => {
    let renders = 0
    const render = async () => (renders++, renderedFeed({ body: 'x', contentType: 'text/plain', lastModified: null, validUntil: 1000 }))
    await Promise.all([cachedFeed('k', ['channel:web'], render, 0), cachedFeed('k', ['channel:web'], render, 0)])
    expect(renders).toBe(1)
    await cachedFeed('k', ['channel:web'], render, 999)
    expect(renders).toBe(1)
    await cachedFeed('k', ['channel:web'], render, 1000)
    expect(renders).toBe(2)
  })
})
