// Rendered feeds kept as bytes (plain, gzip, brotli) until something they show changes, in this or another process.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import { LRUCache } from 'lru-cache'
import { createHash } from 'node:crypto'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

import type { Channel } from '../content/vocabulary'

import { type ContentCoding, etagForCoding, isNotModified } from '../http/conditionalRequest'

type Encoding = ContentCoding
/** Response headers prepared once per rendering: one set per encoding, and one per encoding for 304. */
type FeedHeaders = Record<Encoding, OutgoingHttpHeaders> & { notModified: Record<Encoding, OutgoingHttpHeaders> }

export type RenderedFeed = {
  br: Buffer
  body: Buffer
  contentType: string
  /** The strong ETag of the plain bytes; each content-coding has its own (etags). */
  etag: string
  etags: Record<Encoding, string>
  gzip: Buffer
  headers: { private: FeedHeaders; public: FeedHeaders }
  /** Null for a feed with nothing in it yet: no date is better than 1 January 1970. */
  lastModified: Date | null
  /** Epoch ms after which the entry must be rendered again (an item expires, a slogan enters its window). */
  validUntil: number
}

/** An outlet's fetch of a channel's feed, noted for campaign reach (src/feeds/feedFetches.ts). */
export type FeedFetchedBy = { channel: Channel; outlet: number | string }

/** What the feeds router decided for one raw URL and Authorization header: which rendering, for whom. */
type Resolution = { feedKey: string; fetchedBy?: FeedFetchedBy; isPrivate: boolean }

let fetchListener: ((by: FeedFetchedBy) => void) | undefined

/** Who is told of every outlet's feed fetch, also on the fast path (a map write there; the database write comes later). */
export function onFeedFetched(listener: ((by: FeedFetchedBy) => void) | undefined): void {
  fetchListener = listener
}

export const noteFeedFetched = (by: FeedFetchedBy): void => fetchListener?.(by)

/** How often a process asks the database whether another process changed something. */
export const GENERATION_CHECK_INTERVAL_MS = 250
const MAX_ENTRIES = 1000
/** Renderings differ by query (limit, since, type…), so their bytes are bounded as well as their number. */
const MAX_ENTRY_BYTES = 128 * 1024 * 1024
const MAX_RESOLUTIONS = 10_000
/** Token → outlet answers kept; every distinct token, unknown ones included, takes one, so the least recently used go first. */
export const MAX_REMEMBERED_LOOKUPS = 1000

const entries = new LRUCache<string, RenderedFeed>({
  max: MAX_ENTRIES,
  maxSize: MAX_ENTRY_BYTES,
  sizeCalculation: (feed) => Math.max(1, feed.body.length + feed.gzip.length + feed.br.length),
})
const lookups = new LRUCache<string, Promise<unknown>>({ max: MAX_REMEMBERED_LOOKUPS })
const rendering = new Map<string, Promise<RenderedFeed>>()
const resolutions = new LRUCache<string, Resolution>({ max: MAX_RESOLUTIONS })
const encodings = new Map<string, Encoding>()
let knownGeneration: null | string | undefined
let checkedAt = 0
/** Counts the times everything was dropped, so work begun before a drop is not stored after it. */
let epoch = 0

function dropEverything(): void {
  entries.clear()
  lookups.clear()
  resolutions.clear()
  epoch++
}

export function markFeedsStale(): void {
  dropEverything()
  checkedAt = 0
}

/** The current cache epoch; pass it back to rememberResolution. */
export const cacheEpoch = (): number => epoch

/** A lookup (e.g. token → outlet) remembered until the next change to feeds; failures are not remembered. */
export function rememberedLookup<T>(key: string, load: () => Promise<T>): Promise<T> {
  const known = lookups.get(key) as Promise<T> | undefined
  if (known) return known
  const promise = load()
  lookups.set(key, promise)
  promise.catch(() => {
    if (lookups.peek(key) === promise) lookups.delete(key)
  })
  return promise
}

/** How many lookups are remembered now (bounded by MAX_REMEMBERED_LOOKUPS). */
export const rememberedLookupCount = (): number => lookups.size

/** Drops every entry if the shared generation marker moved since this process last looked. */
export async function syncWithGeneration(readGeneration: () => Promise<null | string>, now = Date.now()): Promise<void> {
  if (now - checkedAt < GENERATION_CHECK_INTERVAL_MS && knownGeneration !== undefined) return
  checkedAt = now
  const generation = await readGeneration()
  if (generation !== knownGeneration) {
    dropEverything()
    knownGeneration = generation
  }
}

export function renderedFeed({
  body,
  contentType,
  lastModified,
  validUntil,
}: {
  body: string
  contentType: string
  lastModified: Date | null
  validUntil: number
}): RenderedFeed {
  const bytes = Buffer.from(body, 'utf8')
  const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
  const gzip = gzipSync(bytes, { level: 6 })
  const etag = `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 32)}"`
  const etags: Record<Encoding, string> = { br: etagForCoding(etag, 'br'), gzip: etagForCoding(etag, 'gzip'), identity: etag }
  const modified = lastModified && lastModified.getTime() > 0 ? new Date(Math.floor(lastModified.getTime() / 1000) * 1000) : null
  const headersFor = (cacheControl: string): FeedHeaders => {
    const common = {
      'Cache-Control': cacheControl,
      ...(modified ? { 'Last-Modified': modified.toUTCString() } : {}),
      Vary: 'Accept-Encoding, Authorization',
      // Also on the fast path, which skips Express (and helmet): a feed opened in a browser runs and frames nothing.
      ...FEED_SECURITY_HEADERS,
    }
    const full = { ...common, 'Content-Type': contentType }
    return {
      br: { ...full, 'Content-Encoding': 'br', 'Content-Length': br.length, ETag: etags.br },
      gzip: { ...full, 'Content-Encoding': 'gzip', 'Content-Length': gzip.length, ETag: etags.gzip },
      identity: { ...full, 'Content-Length': bytes.length, ETag: etags.identity },
      notModified: { br: { ...common, ETag: etags.br }, gzip: { ...common, ETag: etags.gzip }, identity: { ...common, ETag: etags.identity } },
    }
  }
  return {
    body: bytes,
    br,
    contentType,
    etag,
    etags,
    gzip,
    headers: { private: headersFor('private, no-cache'), public: headersFor('public, no-cache') },
    lastModified: modified,
    validUntil,
  }
}

const FEED_SECURITY_HEADERS = {
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox",
  'Cross-Origin-Resource-Policy': 'cross-origin',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
}

/** The cached rendering for `key`, or the one `render` makes; concurrent misses share one rendering. */
export async function cachedFeed(key: string, render: () => Promise<RenderedFeed>, now = Date.now()): Promise<RenderedFeed> {
  const hit = entries.get(key)
  if (hit && hit.validUntil > now) return hit
  const pending = rendering.get(key)
  if (pending) return pending
  const epochAtStart = epoch
  const promise = render()
    .then((feed) => {
      // A change that landed while rendering must not be hidden behind this older rendering.
      if (epoch === epochAtStart) {
        entries.set(key, feed)
      }
      return feed
    })
    .finally(() => rendering.delete(key))
  rendering.set(key, promise)
  return promise
}

/** Picks brotli, then gzip, then identity from Accept-Encoding (q=0 refuses an encoding). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Map<string, number>()
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    if (!name) continue
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean)
    accepted.set(name, q === undefined ? 1 : Number(q))
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0
  if (ok('br')) return 'br'
  if (ok('gzip')) return 'gzip'
  return 'identity'
}

/** chooseEncoding, remembered for the few Accept-Encoding values clients actually send. */
function encodingFor(acceptEncoding: string | undefined): Encoding {
  const header = acceptEncoding ?? ''
  const known = encodings.get(header)
  if (known) return known
  const encoding = chooseEncoding(header)
  if (encodings.size < 64) encodings.set(header, encoding)
  return encoding
}

/**
 * Answers a feed request with a rendering in the best accepted encoding: 304 when the client's copy is that encoding's
 * (If-None-Match by weak comparison, src/http/conditionalRequest.ts), else its bytes.
 */
export function writeFeed(req: IncomingMessage, res: ServerResponse, feed: RenderedFeed, isPrivate: boolean): void {
  const headers = isPrivate ? feed.headers.private : feed.headers.public
  const encoding = encodingFor(req.headers['accept-encoding'])
  if (isNotModified(req.headers, { etag: feed.etags[encoding], lastModified: feed.lastModified })) {
    res.writeHead(304, headers.notModified[encoding]).end()
    return
  }
  res.writeHead(200, headers[encoding]).end(req.method === 'HEAD' ? undefined : encoding === 'br' ? feed.br : encoding === 'gzip' ? feed.gzip : feed.body)
}

/** Raw URL plus credentials: everything the router reads to choose a rendering (the rest is the cache epoch). */
const resolutionKey = (url: string, authorization: string | undefined) => `${url}\n${authorization ?? ''}`

/**
 * Remembers, until the next change to feeds, that this URL with this Authorization header is served
 * `feedKey` (validation, outlet and subscription checks all passed); refusals are never remembered.
 */
export function rememberResolution({ authorization, epoch: epochAtStart, feedKey, fetchedBy, isPrivate, url }: Resolution & { authorization?: string; epoch: number; url: string }): void {
  if (epochAtStart !== epoch) return
  resolutions.set(resolutionKey(url, authorization), { feedKey, fetchedBy, isPrivate })
}

/**
 * Serves a GET/HEAD that the router already resolved in this epoch from a live rendering, without
 * routing, parsing or token hashing; false leaves the request to the router (first sight, expired
 * rendering, or a generation check due).
 */
export function serveRememberedFeed(req: IncomingMessage, res: ServerResponse, now = Date.now()): boolean {
  if (resolutions.size === 0 || (req.method !== 'GET' && req.method !== 'HEAD')) return false
  if (knownGeneration === undefined || now - checkedAt >= GENERATION_CHECK_INTERVAL_MS) return false
  const resolution = resolutions.get(resolutionKey(req.url ?? '', req.headers.authorization))
  if (!resolution) return false
  const feed = entries.get(resolution.feedKey)
  if (!feed || feed.validUntil <= now) return false
  writeFeed(req, res, feed, resolution.isPrivate)
  if (resolution.fetchedBy) fetchListener?.(resolution.fetchedBy)
  return true
}
