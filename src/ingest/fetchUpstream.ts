// Fetches an upstream source's feed once: conditional GET, bearer token for its own origin only, redirects re-checked,
// and the webhook address rule (no loopback, private, link-local or metadata addresses unless allowed) on every hop.
import type { IncomingMessage } from 'node:http'

import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'

import { type AllowedHosts, parseAllowedHosts } from '../delivery/webhookAddress'
import { pinnedLookup, resolveWebhookTarget, type ResolveAll } from '../delivery/webhookTarget'

export type FetchUpstreamReason = 'contentType' | 'http' | 'network' | 'redirects' | 'refused' | 'timeout' | 'tooLarge'

export type FetchedUpstream =
  | { body: string; contentType: null | string; etag: null | string; finalUrl: string; kind: 'ok'; lastModified: null | string; status: number }
  | { etag: null | string; kind: 'notModified'; lastModified: null | string }
  | { kind: 'error'; message: string; reason: FetchUpstreamReason }

/** Names the fetcher to the source's operator (the number is this fetcher's, not the release's). */
export const INGEST_USER_AGENT = 'Nguon-ingest/1'
const ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1'

let warnedAbout: string | undefined

/** The operator's allow-list for sources (NGUON_SOURCE_ALLOWED_HOSTS), read when asked; unreadable entries allow nothing and are named once in the log. */
export function allowedSourceHosts(env: Record<string, string | undefined> = process.env): AllowedHosts {
  const allowed = parseAllowedHosts(env.NGUON_SOURCE_ALLOWED_HOSTS)
  if (allowed.invalid.length && warnedAbout !== env.NGUON_SOURCE_ALLOWED_HOSTS) {
    warnedAbout = env.NGUON_SOURCE_ALLOWED_HOSTS
    console.warn(`nguon: NGUON_SOURCE_ALLOWED_HOSTS: ignoring ${allowed.invalid.join(', ')} (not a host name, IP address or CIDR range)`)
  }
  return allowed
}

const REFUSED = {
  internal:
    'trỏ tới chính máy chủ này hoặc mạng nội bộ (loopback, mạng riêng, link-local hoặc địa chỉ metadata). Chỉ chấp nhận địa chỉ Internet công khai; người vận hành có thể cho phép một máy bằng NGUON_SOURCE_ALLOWED_HOSTS.',
  notHttp: 'không dùng http(s).',
  notUrl: 'không hợp lệ.',
} as const

/**
 * Whether a response's declared type can be a feed: XML, JSON, RSS, Atom, plain text, bytes, or none declared.
 * HTML pages, pictures, sound, video and fonts are not (XHTML and SVG are XML, and still not feeds).
 */
export function isFeedContentType(contentType: null | string | undefined): boolean {
  const essence = (contentType ?? '').split(';')[0]!.trim().toLowerCase()
  if (!essence) return true
  if (/^(?:image|audio|video|font|model|multipart)\//.test(essence) || essence === 'text/html' || essence === 'application/xhtml+xml') return false
  return essence === 'text/plain' || essence === 'application/octet-stream' || /[/+](?:xml|json)$/.test(essence) || /rss|atom|feed/.test(essence)
}

/** The body's text in its declared charset (header, else XML declaration), UTF-8 when none or unknown; a BOM is dropped. */
function decodeBody(bytes: Buffer, contentType: null | string): string {
  const declared = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ?? /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(bytes.subarray(0, 200).toString('latin1'))?.[1]
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes)
  } catch {
    return new TextDecoder('utf-8').decode(bytes)
  }
}

const header = (response: IncomingMessage, name: string): null | string => {
  const value = response.headers[name]
  return typeof value === 'string' ? value : null
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

type Hop = { kind: 'body'; response: IncomingMessage } | { kind: 'done'; result: FetchedUpstream }

/**
 * GET the source once. Every hop (the URL and each redirect, at most maxRedirects) is checked against the address rule
 * and connected to the checked addresses only; the token goes only to the URL's own origin. The whole exchange, DNS,
 * headers and body, has timeoutMs; a body over maxBytes is abandoned and its connection closed.
 */
export async function fetchUpstream({
  allowed,
  etag,
  lastModified,
  maxBytes = 10 * 1024 * 1024,
  maxRedirects = 3,
  resolve,
  timeoutMs = 15_000,
  token,
  url,
}: {
  allowed: AllowedHosts
  etag?: null | string
  lastModified?: null | string
  maxBytes?: number
  maxRedirects?: number
  resolve?: ResolveAll
  timeoutMs?: number
  token?: null | string
  url: string
}): Promise<FetchedUpstream> {
  const signal = AbortSignal.timeout(timeoutMs)
  const timedOut: FetchedUpstream = { kind: 'error', message: `Nguồn không trả lời hết trong ${Math.round(timeoutMs / 100) / 10} giây.`, reason: 'timeout' }
  const expired = new Promise<'expired'>((settle) => {
    if (signal.aborted) settle('expired')
    signal.addEventListener('abort', () => settle('expired'), { once: true })
  })
  const origin = (() => {
    try {
      return new URL(url).origin
    } catch {
      return null
    }
  })()
  let current = url
  for (let redirects = 0; ; redirects++) {
    const target = await Promise.race([resolveWebhookTarget({ allowed, resolve, url: current }), expired])
    if (target === 'expired') return timedOut
    if (target.kind === 'refused') {
      const where = current === url ? 'Địa chỉ nguồn' : `Nguồn chuyển hướng tới ${current}, địa chỉ này`
      return { kind: 'error', message: `${where} ${REFUSED[target.reason]}`, reason: 'refused' }
    }
    if (target.kind === 'unresolved') return { kind: 'error', message: `Không tìm thấy máy chủ của nguồn (${new URL(current).hostname}).`, reason: 'network' }
    const isHttps = new URL(current).protocol === 'https:'
    const headers: Record<string, string> = { accept: ACCEPT, 'accept-encoding': 'identity', 'user-agent': INGEST_USER_AGENT }
    if (token && new URL(current).origin === origin) headers.authorization = `Bearer ${token}`
    if (etag) headers['if-none-match'] = etag
    if (lastModified) headers['if-modified-since'] = lastModified
    const hop = await new Promise<Hop>((settle) => {
      const req = (isHttps ? httpsRequest : httpRequest)(current, { agent: false, headers, lookup: pinnedLookup(target.addresses) as never, method: 'GET', signal }, (response) =>
        settle({ kind: 'body', response }),
      )
      req.on('error', (err) => settle({ kind: 'done', result: signal.aborted ? timedOut : { kind: 'error', message: `Không kết nối được tới nguồn: ${err.message}`, reason: 'network' } }))
      req.end()
    })
    if (hop.kind === 'done') return hop.result
    const { response } = hop
    const status = response.statusCode ?? 0
    const location = header(response, 'location')
    if ([301, 302, 303, 307, 308].includes(status) && location) {
      response.destroy()
      if (redirects >= maxRedirects) return { kind: 'error', message: `Nguồn chuyển hướng quá ${maxRedirects} lần.`, reason: 'redirects' }
      try {
        current = new URL(location, current).href
      } catch {
        return { kind: 'error', message: `Nguồn chuyển hướng tới một địa chỉ không hợp lệ (${location}).`, reason: 'refused' }
      }
      continue
    }
    if (status === 304) {
      response.destroy()
      return { etag: header(response, 'etag') ?? etag ?? null, kind: 'notModified', lastModified: header(response, 'last-modified') ?? lastModified ?? null }
    }
    if (status < 200 || status > 299) {
      response.destroy()
      return { kind: 'error', message: `Nguồn trả lời HTTP ${status}${response.statusMessage ? ` (${response.statusMessage})` : ''}.`, reason: 'http' }
    }
    const contentType = header(response, 'content-type')
    if (!isFeedContentType(contentType)) {
      response.destroy()
      return { kind: 'error', message: `Nguồn trả về ${contentType!.split(';')[0]!.trim()}, không phải nguồn tin (RSS, Atom, JSON Feed hoặc ninjs).`, reason: 'contentType' }
    }
    const encoding = (header(response, 'content-encoding') ?? 'identity').trim().toLowerCase()
    if (encoding !== 'identity') {
      response.destroy()
      return { kind: 'error', message: `Nguồn gửi nội dung nén (${encoding}) dù không được yêu cầu.`, reason: 'contentType' }
    }
    const tooLarge: FetchedUpstream = { kind: 'error', message: `Nguồn trả về hơn ${megabytes(maxBytes)}, vượt giới hạn.`, reason: 'tooLarge' }
    if (Number(header(response, 'content-length')) > maxBytes) {
      response.destroy()
      return tooLarge
    }
    const body = await new Promise<Buffer | FetchedUpstream>((settle) => {
      const chunks: Buffer[] = []
      let size = 0
      response.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size > maxBytes) {
          response.destroy()
          settle(tooLarge)
        } else chunks.push(chunk)
      })
      response.on('end', () => settle(Buffer.concat(chunks)))
      response.on('error', (err) => settle(signal.aborted ? timedOut : { kind: 'error', message: `Kết nối tới nguồn bị ngắt: ${err.message}`, reason: 'network' }))
      response.on('close', () => settle(signal.aborted ? timedOut : { kind: 'error', message: 'Kết nối tới nguồn bị ngắt giữa chừng.', reason: 'network' }))
    })
    if (!Buffer.isBuffer(body)) return body
    return { body: decodeBody(body, contentType), contentType, etag: header(response, 'etag'), finalUrl: current, kind: 'ok', lastModified: header(response, 'last-modified'), status }
  }
}
