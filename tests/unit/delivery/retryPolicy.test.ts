import { describe, expect, it } from 'vitest'

import { type DeliveryAttempt, MAX_RETRY_AFTER_MS, nextAttempt, retryAfterMs } from '../../../src/delivery/retryPolicy'

const now = new Date('2023-12-10T08:00:00+07:00')
const policy = { now, maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 60_000, random: () => 0.5 }
const decide = (attempt: Partial<DeliveryAttempt>) => nextAttempt({ ...policy, attempt: 1, ...attempt })
const after = (ms: number) => new Date(now.getTime() + ms)
const timeout = Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' })
const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.7:443'), { code: 'ECONNREFUSED' })

describe('nextAttempt', () => {
  it.each<[string, Partial<DeliveryAttempt>, ReturnType<typeof nextAttempt>]>([
    ['200 succeeds', { status: 200 }, { kind: 'success' }],
    ['204 succeeds even on the last attempt', { status: 204, attempt: 5 }, { kind: 'success' }],
    ['410 disables the webhook', { status: 410 }, { kind: 'disable', reason: 'HTTP 410 Gone: the receiver has removed this webhook' }],
    ['400 fails at once', { status: 400 }, { kind: 'fail', reason: 'HTTP 400' }],
    ['401 fails at once', { status: 401 }, { kind: 'fail', reason: 'HTTP 401' }],
    ['404 fails at once', { status: 404 }, { kind: 'fail', reason: 'HTTP 404' }],
    ['301 fails at once: redirects are not followed', { status: 301 }, { kind: 'fail', reason: 'HTTP 301: redirects are not followed' }],
    // random 0.5 → half of min(maxDelayMs, base × 2^(attempt − 1)).
    ['500 on attempt 1 retries after 500 ms', { status: 500 }, { kind: 'retry', at: after(500) }],
    ['503 on attempt 3 retries after 2 s', { status: 503, attempt: 3 }, { kind: 'retry', at: after(2000) }],
    ['408 retries', { status: 408, attempt: 2 }, { kind: 'retry', at: after(1000) }],
    ['429 retries', { status: 429 }, { kind: 'retry', at: after(500) }],
    ['a timeout retries', { error: timeout, attempt: 2 }, { kind: 'retry', at: after(1000) }],
    ['a refused connection retries', { error: refused }, { kind: 'retry', at: after(500) }],
    ['backoff is capped at maxDelayMs', { status: 502, attempt: 4, maxAttempts: 20, maxDelayMs: 5000 }, { kind: 'retry', at: after(2500) }],
    ['full jitter can retry at once', { status: 500, attempt: 3, random: () => 0 }, { kind: 'retry', at: after(0) }],
    ['full jitter stays below the ceiling', { status: 500, attempt: 3, random: () => 0.999 }, { kind: 'retry', at: after(3996) }],
    ['a 500 on the last attempt fails', { status: 500, attempt: 5 }, { kind: 'fail', reason: 'HTTP 500; gave up after 5 attempts' }],
    ['a timeout on the last attempt fails', { error: timeout, attempt: 5 }, { kind: 'fail', reason: 'request timed out; gave up after 5 attempts' }],
    [
      'a refused connection on the last attempt fails',
      { error: refused, attempt: 5 },
      { kind: 'fail', reason: 'network error ECONNREFUSED: connect ECONNREFUSED 10.0.0.7:443; gave up after 5 attempts' },
    ],
    ['Retry-After seconds longer than the backoff are honoured', { status: 429, retryAfterHeader: '120' }, { kind: 'retry', at: after(120_000) }],
    ['Retry-After shorter than the backoff does not shorten it', { status: 503, attempt: 3, retryAfterHeader: '1' }, { kind: 'retry', at: after(2000) }],
    ['Retry-After as an HTTP date is honoured', { status: 503, retryAfterHeader: new Date(now.getTime() + 90_000).toUTCString() }, { kind: 'retry', at: after(90_000) }],
    ['Retry-After of a day is capped at an hour', { status: 429, retryAfterHeader: '86400' }, { kind: 'retry', at: after(MAX_RETRY_AFTER_MS) }],
    ['unreadable Retry-After is ignored', { status: 429, retryAfterHeader: 'soon' }, { kind: 'retry', at: after(500) }],
    ['Retry-After does not revive a 400', { status: 400, retryAfterHeader: '10' }, { kind: 'fail', reason: 'HTTP 400' }],
    ['Retry-After does not extend past maxAttempts', { status: 429, attempt: 5, retryAfterHeader: '10' }, { kind: 'fail', reason: 'HTTP 429; gave up after 5 attempts' }],
  ])('%s', (_case, attempt, decision) => {
    expect(decide(attempt)).toEqual(decision)
  })

  it('needs either a status or an error', () => {
    expect(() => decide({})).toThrow(TypeError)
  })
})

describe('retryAfterMs', () => {
  it.each([
    ['0', 0],
    [' 30 ', 30_000],
    ['Sun, 10 Dec 2023 01:01:00 GMT', 60_000],
    ['Sun, 10 Dec 2023 00:00:00 GMT', 0],
    ['-5', undefined],
    ['1.5', undefined],
    ['12 Dec 2023', undefined],
    ['', undefined],
    [null, undefined],
  ])('reads %j as %s ms', (header, ms) => {
    expect(retryAfterMs(header, now)).toBe(ms)
  })
})

describe('nextAttempt: the edges of each status range (mutation testing)', () => {
  it.each<[number, ReturnType<typeof nextAttempt>]>([
    [199, { kind: 'fail', reason: 'HTTP 199' }],
    [200, { kind: 'success' }],
    [299, { kind: 'success' }],
    // A 300 is a redirect we do not follow: the receiver never read the body.
    [300, { kind: 'fail', reason: 'HTTP 300: redirects are not followed' }],
    [399, { kind: 'fail', reason: 'HTTP 399: redirects are not followed' }],
    [407, { kind: 'fail', reason: 'HTTP 407' }],
    [409, { kind: 'fail', reason: 'HTTP 409' }],
    [411, { kind: 'fail', reason: 'HTTP 411' }],
    [428, { kind: 'fail', reason: 'HTTP 428' }],
    [430, { kind: 'fail', reason: 'HTTP 430' }],
    [499, { kind: 'fail', reason: 'HTTP 499' }],
    [500, { kind: 'retry', at: after(500) }],
    [599, { kind: 'retry', at: after(500) }],
  ])('HTTP %i', (status, decision) => {
    expect(decide({ status })).toEqual(decision)
  })

  it('retries until the attempt before the last, and gives up on the last', () => {
    expect(decide({ status: 500, attempt: 4 })).toEqual({ kind: 'retry', at: after(4000) })
    expect(decide({ status: 500, attempt: 6 })).toEqual({ kind: 'fail', reason: 'HTTP 500; gave up after 6 attempts' })
  })

  it('says why the error replaced a response', () => {
    const aborted = Object.assign(new Error('This operation was aborted'), { name: 'AbortError' })
    const numbered = Object.assign(new Error('socket hang up'), { code: 104 })
    expect(decide({ error: aborted, attempt: 5 })).toEqual({ kind: 'fail', reason: 'request timed out; gave up after 5 attempts' })
    expect(decide({ error: numbered, attempt: 5 })).toEqual({ kind: 'fail', reason: 'network error: socket hang up; gave up after 5 attempts' })
    expect(decide({ error: 'ETIMEDOUT', attempt: 5 })).toEqual({ kind: 'fail', reason: 'network error: ETIMEDOUT; gave up after 5 attempts' })
    expect(decide({ error: null, attempt: 5 })).toEqual({ kind: 'fail', reason: 'network error: null; gave up after 5 attempts' })
  })

  it('names what it needs when given neither a status nor an error', () => {
    expect(() => decide({})).toThrow('nextAttempt needs the status of the response or the error that replaced it')
  })
})

describe('retryAfterMs: what is not a delay (mutation testing)', () => {
  it.each([
    ['5s', undefined],
    ['x5', undefined],
    ['Sunday, 10-Dec-23 01:01:00 GMT', undefined],
    [' Sun, 10 Dec 2023 01:01:00 GMT ', 60_000],
    ['sun, 10 Dec 2023 01:01:00 GMT', 60_000],
    ['Sun, 99 Foo 2023 01:01:00 GMT', undefined],
    ['Sun,', undefined],
    ['   ', undefined],
    [undefined, undefined],
  ])('reads %j as %s ms', (header, ms) => {
    expect(retryAfterMs(header, now)).toBe(ms)
  })
})
