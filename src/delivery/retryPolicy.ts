// Decides what happens after a webhook delivery attempt: done, retry later (exponential backoff, full jitter), give up, or disable the endpoint.

export type DeliveryDecision =
  | { kind: 'success' }
  | { kind: 'retry'; at: Date }
  | { kind: 'fail'; reason: string }
  | { kind: 'disable'; reason: string }

export type DeliveryAttempt = {
  /** The attempt that just ended, counting from 1. */
  attempt: number
  /** HTTP status of the response, when one came back. */
  status?: number
  /** The network error or timeout, when no response came back. */
  error?: unknown
  /** The response's Retry-After header: delay in seconds or an HTTP date. */
  retryAfterHeader?: string | null
  now: Date
  maxAttempts: number
  baseDelayMs: number
  maxDelayMs: number
  /** A number in [0, 1), e.g. Math.random; injected so the schedule can be tested. */
  random: () => number
}

/**
 * The longest Retry-After we honour: one hour. A receiver may ask for more than maxDelayMs, and retrying sooner only
 * earns another 429; but a newsroom asking for a day must not hold a bulletin that long, so beyond an hour we retry anyway.
 */
export const MAX_RETRY_AFTER_MS = 60 * 60 * 1000

/** Milliseconds a Retry-After header asks to wait from `now` (0 for a date in the past), or undefined if unreadable. */
export function retryAfterMs(header: string | null | undefined, now: Date): number | undefined {
  const value = header?.trim()
  // Stryker disable next-line ConditionalExpression: without it an empty or absent header still fails both patterns below and gives undefined
  if (!value) return undefined
  if (/^\d+$/.test(value)) return Number(value) * 1000
  // An HTTP date always names its weekday ("Wed, 21 Oct 2015 07:28:00 GMT"); this keeps "12" or "soon" from parsing as dates.
  if (!/^[A-Za-z]{3},/.test(value)) return undefined
  const at = Date.parse(value)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime())
}

/** A network error or timeout in words, for the delivery log. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as Error & { code?: unknown }).code
    if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'request timed out'
    return typeof code === 'string' ? `network error ${code}: ${error.message}` : `network error: ${error.message}`
  }
  return `network error: ${String(error)}`
}

/** 2xx succeeds; 410 disables; 408, 429, 5xx and network errors retry until maxAttempts; any other status fails at once. */
export function nextAttempt({ attempt, status, error, retryAfterHeader, now, maxAttempts, baseDelayMs, maxDelayMs, random }: DeliveryAttempt): DeliveryDecision {
  if (status !== undefined) {
    if (status >= 200 && status < 300) return { kind: 'success' }
    if (status === 410) return { kind: 'disable', reason: 'HTTP 410 Gone: the receiver has removed this webhook' }
    const isRetryable = status === 408 || status === 429 || status >= 500
    // Redirects are not followed (the signed body must reach the registered URL), so a 3xx is a configuration error.
    if (!isRetryable) return { kind: 'fail', reason: status >= 300 && status < 400 ? `HTTP ${status}: redirects are not followed` : `HTTP ${status}` }
  } else if (error === undefined) {
    throw new TypeError('nextAttempt needs the status of the response or the error that replaced it')
  }
  const reason = status !== undefined ? `HTTP ${status}` : describeError(error)
  if (attempt >= maxAttempts) return { kind: 'fail', reason: `${reason}; gave up after ${attempt} attempts` }
  // Full jitter: anywhere between 0 and the capped exponential step, so retrying senders spread out.
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1))
  const backoff = Math.floor(random() * ceiling)
  const requested = retryAfterMs(retryAfterHeader, now)
  const delay = requested === undefined ? backoff : Math.max(backoff, Math.min(requested, MAX_RETRY_AFTER_MS))
  return { kind: 'retry', at: new Date(now.getTime() + delay) }
}
