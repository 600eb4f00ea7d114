// One HTTP attempt: POST the stored bytes with fresh signature headers to an address checked just before (no internal
// addresses, src/delivery/webhookTarget.ts); never follows redirects, gives up after the timeout.
import { Agent as HttpAgent, request as httpRequest } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'

import type { AllowedHosts } from './webhookAddress'

import { allowedWebhookHosts, pinnedLookup, resolveWebhookTarget, type ResolveAll } from './webhookTarget'

/**
 * Connections kept open between attempts (HTTP keep-alive), per host and port. A kept socket was opened to an address
 * checked when it was opened; every attempt still checks the URL and its addresses before it is sent.
 */
const agents = { 'http:': new HttpAgent({ keepAlive: true, maxFreeSockets: 64 }), 'https:': new HttpsAgent({ keepAlive: true, maxFreeSockets: 64 }) }

export type PostOutcome = { error: unknown } | { refused: true } | { retryAfter: null | string; status: number }

/** Settles when the attempt's time is up, so a slow DNS answer counts against the same timeout. */
const timedOut = (signal: AbortSignal) =>
  // Stryker disable next-line ObjectLiteral,BooleanLiteral: an AbortSignal aborts only once, so the listener runs once either way
  new Promise<{ error: unknown; kind: 'unresolved' }>((resolve) => signal.addEventListener('abort', () => resolve({ error: signal.reason, kind: 'unresolved' }), { once: true }))

export async function postWebhook({
  allowed = allowedWebhookHosts(),
  body,
  headers,
  resolve,
  timeoutMs,
  url,
}: {
  allowed?: AllowedHosts
  body: string
  headers: Record<string, string>
  resolve?: ResolveAll
  timeoutMs: number
  url: string
}): Promise<PostOutcome> {
  const signal = AbortSignal.timeout(timeoutMs)
  const target = await Promise.race([resolveWebhookTarget({ allowed, resolve, url }), timedOut(signal)])
  if (target.kind === 'refused') return { refused: true }
  if (target.kind === 'unresolved') return { error: target.error }
  // Stryker disable next-line StringLiteral: Buffer.from reads an empty encoding name as its default, UTF-8
  const bytes = Buffer.from(body, 'utf8')
  const isHttps = new URL(url).protocol === 'https:'
  const request = isHttps ? httpsRequest : httpRequest
  const send = (retried: boolean) =>
    new Promise<PostOutcome>((resolveOutcome) => {
      let isSettled = false
      const settle = (outcome: PostOutcome | Promise<PostOutcome>) => {
        // Stryker disable next-line BooleanLiteral: the abort listener is removed on the next line, and Node emits no request error after the answer
        isSettled = true
        // Stryker disable next-line StringLiteral: a listener left on the signal finds the attempt settled and does nothing
        signal.removeEventListener('abort', onAbort)
        resolveOutcome(outcome)
      }
      // Not the request's own `signal` option: on a kept-alive socket a late abort would destroy the socket of the next attempt.
      const onAbort = () => {
        // Stryker disable next-line ConditionalExpression: settle removes this listener, so it never runs after the attempt settled
        if (!isSettled) req.destroy(signal.reason as Error)
      }
      const req = request(
        url,
        {
          // The one retry goes on a connection of its own, never another kept one the receiver may have closed too.
          agent: retried ? false : isHttps ? agents['https:'] : agents['http:'],
          headers: { ...headers, 'content-length': String(bytes.length) },
          lookup: pinnedLookup(target.addresses) as never,
          method: 'POST',
        },
        (response) => {
          // The receiver's answer body is not needed: read and dropped, so the connection can carry the next attempt.
          response.resume()
          const retryAfter = response.headers['retry-after']
          settle({ retryAfter: typeof retryAfter === 'string' ? retryAfter : null, status: response.statusCode ?? 0 })
        },
      )
      // Stryker disable next-line ObjectLiteral,BooleanLiteral: an AbortSignal aborts only once, so the listener runs once either way
      signal.addEventListener('abort', onAbort, { once: true })
      req.on('error', (err: Error) => {
        // Stryker disable next-line ConditionalExpression: Node emits no request error after the answer (a reset then goes to the response); kept as a guard
        if (isSettled) return
        // A kept-alive connection the receiver closed while idle (its keep-alive timeout) fails the request written on
        // it before any answer: sent again at once on a new connection, once (Node's documented way; the receiver
        // de-duplicates by webhook-id anyway). A new connection that fails is an attempt that failed.
        if (!signal.aborted && req.reusedSocket && isClosedIdleSocket(err)) {
          settle(send(true))
          return
        }
        // Stryker disable next-line LogicalOperator: after an abort the error is the one req.destroy(signal.reason) emitted, the reason itself
        settle({ error: signal.aborted ? (signal.reason ?? err) : err })
      })
      req.end(bytes)
    })
  return send(false)
}

/** What writing on a socket the other side has closed gives: reset, broken pipe, or the end before any answer. */
export const isClosedIdleSocket = (err: Error): boolean => {
  const code = (err as NodeJS.ErrnoException).code
  return code === 'ECONNRESET' || code === 'EPIPE' || err.message === 'socket hang up'
}
