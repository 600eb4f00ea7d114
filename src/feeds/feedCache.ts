// Rendered feeds kept as bytes (plain, gzip, brotli) until something they show changes (per scope: src/feeds/feedScopes.ts), in this or another process.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import { LRUCache } from 'lru-cache'
import { createHash } from 'node:crypto'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

import type { Channel } from '../content/vocabulary'
import type { FeedScope, TouchedScopes } from './feedScopes'

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

/** A rendering with the scopes it was made under: a change to any of them drops it. */
type Entry = { feed: RenderedFeed; scopes: readonly FeedScope[] }
/** A remembered lookup; its scopes are known once it has answered (null until then). */
type Lookup = { promise: Promise<unknown>; scopes: null | readonly FeedScope[] }

const entries = new LRUCache<string, Entry>({
  max: MAX_ENTRIES,
  maxSize: MAX_ENTRY_BYTES,
  sizeCalculation: ({ feed }) => Math.max(1, feed.body.length + feed.gzip.length + feed.br.length),
})
const lookups = new LRUCache<string, Lookup>({ max: MAX_REMEMBERED_LOOKUPS })
const rendering = new Map<string, Promise<RenderedFeed>>()
const resolutions = new LRUCache<string, Resolution & { scopes: readonly FeedScope[] }>({ max: MAX_RESOLUTIONS })
const encodings = new Map<string, Encoding>()
let knownMarker: null | string | undefined
/** The shared generation of each scope as this process last read it. */
let knownGenerations = new Map<string, string>()
let checkedAt = 0
/** Counts every drop, of any scope, so lookups and resolutions begun before one are not kept after it. */
let epoch = 0
/** Counts the drops of each scope (and of everything), so a rendering begun before one is not stored after it. */
let everythingDrops = 0
const scopeDrops = new Map<FeedScope, number>()
let renderCount = 0

const touches = (scopes: readonly FeedScope[], dropped: ReadonlySet<FeedScope>) => scopes.some((s) => dropped.has(s))

function dropEverything(): void {
  entries.clear()
  lookups.clear()
  resolutions.clear()
  // Stryker disable next-line UpdateOperator: the counts are only compared with earlier ones, and a count that falls moves too
  everythingDrops++
  epoch++
}

/** Drops the renderings, lookups and resolutions made under any of `scopes` (a lookup still loading goes too). */
function dropScopes(scopes: readonly FeedScope[]): void {
  if (!scopes.length) return
  const dropped = new Set(scopes)
  // Stryker disable next-line ArithmeticOperator: the counts are only compared with earlier ones, and a count that falls moves too
  for (const scope of dropped) scopeDrops.set(scope, (scopeDrops.get(scope) ?? 0) + 1)
  for (const [key, entry] of entries.entries()) if (touches(entry.scopes, dropped)) entries.delete(key)
  for (const [key, lookup] of lookups.entries()) if (!lookup.scopes || touches(lookup.scopes, dropped)) lookups.delete(key)
  for (const [key, resolution] of resolutions.entries()) if (touches(resolution.scopes, dropped)) resolutions.delete(key)
  epoch++
}

function drop(touched: TouchedScopes): void {
  if (touched === 'everything') dropEverything()
  else dropScopes(touched)
}

/** Drops what `touched` names in this process now (other processes follow at their next sync); by default everything. */
export function markFeedsStale(touched: TouchedScopes = 'everything'): void {
  drop(touched)
  checkedAt = 0
}

/** The current cache epoch; pass it back to rememberResolution. */
export const cacheEpoch = (): number => epoch

/** How many renderings this process has made (stored or not); for tests and benchmarks. */
export const feedRenderCount = (): number => renderCount

/**
 * A lookup (e.g. token → outlet) remembered until a change to the scopes its answer names (scopesOf); failures are not
 * remembered.
 */
// Stryker disable next-line ArrayDeclaration: a default scope that no change names drops nothing, as no scope does
export function rememberedLookup<T>(key: string, load: () => Promise<T>, scopesOf: (value: T) => readonly FeedScope[] = () => []): Promise<T> {
  const known = lookups.get(key) as { promise: Promise<T> } | undefined
  if (known) return known.promise
  const promise = load()
  const lookup: Lookup = { promise, scopes: null }
  lookups.set(key, lookup)
  promise.then(
    (value) => {
      lookup.scopes = scopesOf(value)
    },
    () => {
      if (lookups.peek(key) === lookup) lookups.delete(key)
    },
  )
  return promise
}

/** How many lookups are remembered now (bounded by MAX_REMEMBERED_LOOKUPS). */
export const rememberedLookupCount = (): number => lookups.size

/** The shared state other processes write: a marker that moves on every change, and each scope's generation. */
export type SharedGenerations = {
  readMarker: () => Promise<null | string>
  /** Every scope's generation; EVERYTHING_SCOPE among them stands for changes that touch everything. */
  readScopes: () => Promise<Map<string, string>>
}

/** The shared row that moves when a change touches everything (a settings global, a delete). */
export const EVERYTHING_SCOPE = '*'

/**
 * Drops what another process (or this one, after its commit) changed since this process last looked: when the marker
 * moved, the scopes whose generation moved. The first sync drops everything.
 */
export async function syncWithGenerations(shared: SharedGenerations, now = Date.now()): Promise<void> {
  if (now - checkedAt < GENERATION_CHECK_INTERVAL_MS && knownMarker !== undefined) return
  checkedAt = now
  const marker = await shared.readMarker()
  if (marker === knownMarker) return
  const generations = await shared.readScopes()
  if (knownMarker === undefined) dropEverything()
  else {
    const moved = [...generations].filter(([scope, generation]) => knownGenerations.get(scope) !== generation).map(([scope]) => scope)
    if (moved.includes(EVERYTHING_SCOPE)) dropEverything()
    else dropScopes(moved as FeedScope[])
  }
  knownMarker = marker
  knownGenerations = generations
}

/** Forgets what this process knows of the shared state, as a fresh process (tests start a second "process" this way). */
export function forgetSharedGenerations(): void {
  knownMarker = undefined
  knownGenerations = new Map()
  checkedAt = 0
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
  // Stryker disable next-line StringLiteral: Buffer.from reads an empty encoding name as its default, UTF-8
  const bytes = Buffer.from(body, 'utf8')
  const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
  // Stryker disable next-line ObjectLiteral: level 6 is zlib's default
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

/** The cached rendering for `key`, or the one `render` makes under `scopes` (what a change must touch to drop it); concurrent misses share one rendering. */
export async function cachedFeed(key: string, scopes: readonly FeedScope[], render: () => Promise<RenderedFeed>, now = Date.now()): Promise<RenderedFeed> {
  const hit = entries.get(key)
  if (hit && hit.feed.validUntil > now) return hit.feed
  const pending = rendering.get(key)
  if (pending) return pending
  const dropsAtStart = dropsOf(scopes)
  renderCount++
  const promise = render()
    .then((feed) => {
      // A change to its scopes that landed while rendering must not be hidden behind this older rendering.
      if (dropsOf(scopes) === dropsAtStart) {
        entries.set(key, { feed, scopes })
      }
      return feed
    })
    .finally(() => rendering.delete(key))
  rendering.set(key, promise)
  return promise
}

/** How often this rendering's scopes (or everything) were dropped so far: a fingerprint that moves with any of them. */
// Stryker disable next-line StringLiteral: the counts only grow, so joined without a separator they still differ from every earlier fingerprint
const dropsOf = (scopes: readonly FeedScope[]): string => [everythingDrops, ...scopes.map((s) => scopeDrops.get(s) ?? 0)].join(',')

/** Picks brotli, then gzip, then identity from Accept-Encoding (q=0 refuses an encoding). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Map<string, number>()
  // Stryker disable next-line StringLiteral: any stand-in for a missing header names no encoding offered
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    // Stryker disable next-line ConditionalExpression: an empty name stored as accepted is never asked about
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
  // Stryker disable next-line StringLiteral: any stand-in for a missing header names no encoding offered
  const header = acceptEncoding ?? ''
  const known = encodings.get(header)
  // Stryker disable next-line ConditionalExpression: a remembered choice is the one chooseEncoding makes again
  if (known) return known
  const encoding = chooseEncoding(header)
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the bound keeps memory small; a choice remembered or not is the same choice
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
// Stryker disable next-line StringLiteral: remembering and serving build the key alike, so any stand-in for no credentials works
const resolutionKey = (url: string, authorization: string | undefined) => `${url}\n${authorization ?? ''}`

/**
 * Remembers, until a change to its scopes (the outlet's), that this URL with this Authorization header is served
 * `feedKey` (validation, outlet and subscription checks all passed); refusals are never remembered.
 */
export function rememberResolution({
  authorization,
  epoch: epochAtStart,
  feedKey,
  fetchedBy,
  isPrivate,
  scopes,
  url,
}: Resolution & { authorization?: string; epoch: number; scopes: readonly FeedScope[]; url: string }): void {
  if (epochAtStart !== epoch) return
  resolutions.set(resolutionKey(url, authorization), { feedKey, fetchedBy, isPrivate, scopes })
}

/**
 * Serves a GET/HEAD that the router already resolved in this epoch from a live rendering, without
 * routing, parsing or token hashing; false leaves the request to the router (first sight, expired
 * rendering, or a generation check due).
 */
export function serveRememberedFeed(req: IncomingMessage, res: ServerResponse, now = Date.now()): boolean {
  // Stryker disable next-line ConditionalExpression: with nothing remembered the lookup below finds nothing; the size check only saves it
  if (resolutions.size === 0 || (req.method !== 'GET' && req.method !== 'HEAD')) return false
  if (knownMarker === undefined || now - checkedAt >= GENERATION_CHECK_INTERVAL_MS) return false
  // Stryker disable next-line StringLiteral: a request the server parsed always has a url
  const resolution = resolutions.get(resolutionKey(req.url ?? '', req.headers.authorization))
  if (!resolution) return false
  const feed = entries.get(resolution.feedKey)?.feed
  if (!feed || feed.validUntil <= now) return false
  writeFeed(req, res, feed, resolution.isPrivate)
  if (resolution.fetchedBy) fetchListener?.(resolution.fetchedBy)
  return true
}
