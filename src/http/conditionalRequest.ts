// What a GET or HEAD of a representation we hold gets under RFC 9110's conditional requests and byte ranges. Pure.
//
// Hand-written over `fresh` because `fresh` answers "modified" to any request carrying `Cache-Control: no-cache` (a
// directive for caches, RFC 9111 §5.2.1.4, which an origin need not obey) and has no strong comparison, which If-Match
// and If-Range require; byte ranges are parsed by `range-parser`, as Express's `send` does.
import parseRange from 'range-parser'

export type Validators = {
  /** A strong entity tag, quoted: `"abc"`. */
  etag: string
  /** Whole seconds (HTTP dates have no more); absent when unknown. */
  lastModified?: Date | null
}

/** The request headers that make a GET conditional or partial (Node's lower-case names). */
export type ConditionalHeaders = {
  'if-match'?: string
  'if-modified-since'?: string
  'if-none-match'?: string
  'if-range'?: string
  'if-unmodified-since'?: string
  range?: string
}

export type Answer =
  | { status: 200 }
  | { end: number; start: number; status: 206 }
  | { status: 304 }
  | { status: 412 }
  | { status: 416 }

/** The opaque part of an entity tag, without a weakness prefix: `W/"x"` and `"x"` both give `"x"`. */
const opaqueTag = (tag: string): string => (tag.startsWith('W/') ? tag.slice(2) : tag)

/** The entity tags listed in If-Match or If-None-Match, trimmed; `*` stays `*`. */
export function listedTags(header: string): string[] {
  const tags: string[] = []
  for (const part of header.split(',')) {
    const tag = part.trim()
    if (tag) tags.push(tag)
  }
  return tags
}

/** Weak comparison (RFC 9110 §8.8.3.2): the opaque tags are equal, whatever their weakness. Used by If-None-Match. */
export const isWeakMatch = (a: string, b: string): boolean => opaqueTag(a) === opaqueTag(b)

/** Strong comparison: both tags strong and equal (equal tags are both weak or both strong). Used by If-Match and If-Range. */
export const isStrongMatch = (a: string, b: string): boolean => a === b && !a.startsWith('W/')

const anyTag = (header: string, etag: string, match: (a: string, b: string) => boolean): boolean =>
  listedTags(header).some((tag) => tag === '*' || match(tag, etag))

/** Epoch ms of an HTTP date, or null when the header is not one. */
function httpDate(value: string | undefined): null | number {
  // Stryker disable next-line ConditionalExpression: Date.parse of undefined or '' is NaN, which the next line turns into null too
  if (!value) return null
  const time = Date.parse(value)
  return Number.isNaN(time) ? null : time
}

/**
 * Would a cache holding the client's copy be told 304? If-None-Match by weak comparison (lists and `*` included); only
 * without it, If-Modified-Since against Last-Modified. The fast path of cached feeds asks this alone.
 */
export function isNotModified(headers: Pick<ConditionalHeaders, 'if-modified-since' | 'if-none-match'>, validators: Validators): boolean {
  const ifNoneMatch = headers['if-none-match']
  if (ifNoneMatch) return anyTag(ifNoneMatch, validators.etag, isWeakMatch)
  const since = httpDate(headers['if-modified-since'])
  return since !== null && validators.lastModified != null && validators.lastModified.getTime() <= since
}

/** If-Range: the client's partial copy is still this representation (strong tag, or exactly the Last-Modified date). */
function isRangeCurrent(ifRange: string | undefined, validators: Validators): boolean {
  if (!ifRange) return true
  const value = ifRange.trim()
  if (value.startsWith('"') || value.startsWith('W/')) return isStrongMatch(value, validators.etag)
  // A value that is no date (null) never equals a time.
  return validators.lastModified != null && validators.lastModified.getTime() === httpDate(value)
}

/**
 * The answer to a GET or HEAD of a representation of `size` bytes, in RFC 9110 §13.2.2's order: If-Match, else
 * If-Unmodified-Since (412); If-None-Match, else If-Modified-Since (304); then Range with If-Range (206, 416, or
 * the whole). Ranges apply to GET only (§14.2); several ranges, or one that does not parse, get the whole.
 */
export function answerFor({
  headers,
  method,
  size,
  validators,
}: {
  headers: ConditionalHeaders
  method: string
  size: number
  validators: Validators
}): Answer {
  const ifMatch = headers['if-match']
  if (ifMatch) {
    if (!anyTag(ifMatch, validators.etag, isStrongMatch)) return { status: 412 }
  } else {
    const unmodifiedSince = httpDate(headers['if-unmodified-since'])
    if (unmodifiedSince !== null && validators.lastModified != null && validators.lastModified.getTime() > unmodifiedSince) return { status: 412 }
  }
  if (isNotModified(headers, validators)) return { status: 304 }
  if (method !== 'GET' || !headers.range || !isRangeCurrent(headers['if-range'], validators)) return { status: 200 }
  const ranges = parseRange(size, headers.range, { combine: true })
  // -1: no range can be satisfied; -2: the header does not parse, so the whole is sent.
  if (typeof ranges === 'number') return { status: ranges === -1 ? 416 : 200 }
  if (ranges.type !== 'bytes' || ranges.length !== 1) return { status: 200 }
  return { end: ranges[0]!.end, start: ranges[0]!.start, status: 206 }
}

export type ContentCoding = 'br' | 'gzip' | 'identity'

/** Each content-coding of one representation is its own representation, so its strong ETag differs: `"x"`, `"x-gzip"`, `"x-br"`. */
export const etagForCoding = (etag: string, coding: ContentCoding): string => (coding === 'identity' ? etag : `${etag.slice(0, -1)}-${coding}"`)
