// Rendered feeds kept as bytes (plain, gzip, brotli) until something they show changes, in this or another process.
import { createHash } from 'node:crypto'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

export type RenderedFeed = {
  br: Buffer
  body: Buffer
  contentType: string
  etag: string
  gzip: Buffer
  lastModified: Date
  /** Epoch ms after which the entry must be rendered again (an item expires, a slogan enters its window). */
  validUntil: number
}

/** How often a process asks the database whether another process changed something. */
export const GENERATION_CHECK_INTERVAL_MS = 250
const MAX_ENTRIES = 1000

const entries = new Map<string, RenderedFeed>()
const lookups = new Map<string, Promise<unknown>>()
const rendering = new Map<string, Promise<RenderedFeed>>()
let knownGeneration: null | string | undefined
let checkedAt = 0

export function markFeedsStale(): void {
  entries.clear()
  lookups.clear()
  checkedAt = 0
}

/** A lookup (e.g. token → outlet) remembered until the next change to feeds; failures are not remembered. */
export function rememberedLookup<T>(key: string, load: () => Promise<T>): Promise<T> {
  const known = lookups.get(key) as Promise<T> | undefined
  if (known) return known
  const promise = load()
  lookups.set(key, promise)
  promise.catch(() => lookups.delete(key))
  return promise
}

/** Drops every entry if the shared generation marker moved since this process last looked. */
export async function syncWithGeneration(readGeneration: () => Promise<null | string>, now = Date.now()): Promise<void> {
  if (now - checkedAt < GENERATION_CHECK_INTERVAL_MS && knownGeneration !== undefined) return
  checkedAt = now
  const generation = await readGeneration()
  if (generation !== knownGeneration) {
    entries.clear()
    lookups.clear()
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
  lastModified: Date
  validUntil: number
}): RenderedFeed {
  const bytes = Buffer.from(body, 'utf8')
  return {
    body: bytes,
    br: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
    contentType,
    etag: `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 32)}"`,
    gzip: gzipSync(bytes, { level: 6 }),
    lastModified: new Date(Math.floor(lastModified.getTime() / 1000) * 1000),
    validUntil,
  }
}

/** The cached rendering for `key`, or the one `render` makes; concurrent misses share one rendering. */
export async function cachedFeed(key: string, render: () => Promise<RenderedFeed>, now = Date.now()): Promise<RenderedFeed> {
  const hit = entries.get(key)
  if (hit && hit.validUntil > now) return hit
  const pending = rendering.get(key)
  if (pending) return pending
  const generationAtStart = knownGeneration
  const promise = render()
    .then((feed) => {
      // A change that landed while rendering must not be hidden behind this older rendering.
      if (knownGeneration === generationAtStart) {
        if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string)
        entries.set(key, feed)
      }
      return feed
    })
    .finally(() => rendering.delete(key))
  rendering.set(key, promise)
  return promise
}

/** Conditional GET: a strong ETag match, or (without If-None-Match) a Last-Modified not newer than the client's. */
export function isNotModified(
  feed: Pick<RenderedFeed, 'etag' | 'lastModified'>,
  headers: { ifModifiedSince?: string; ifNoneMatch?: string },
): boolean {
  if (headers.ifNoneMatch) {
    return headers.ifNoneMatch.split(',').some((tag) => tag.trim() === feed.etag || tag.trim() === '*')
  }
  if (headers.ifModifiedSince) {
    const since = Date.parse(headers.ifModifiedSince)
    return !Number.isNaN(since) && feed.lastModified.getTime() <= since
  }
  return false
}

/** Picks brotli, then gzip, then identity from Accept-Encoding (q=0 refuses an encoding). */
export function chooseEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | 'identity' {
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
