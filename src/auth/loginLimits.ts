// How often one client may try to log in or ask for a password reset: per address (Express, express-rate-limit) and
// per account from one address (the Users hooks, on the same library's store). No Payload import: read in one sitting.
import type { Request, RequestHandler } from 'express'

import { ipKeyGenerator, MemoryStore, type Options, rateLimit } from 'express-rate-limit'

/**
 * The header through which Express tells Payload's hooks who the client is (its address as `trust proxy` resolves it).
 * Express overwrites it on every request, so a client cannot choose it; Local API calls have none and are not limited.
 */
export const CLIENT_HEADER = 'x-nguon-client'

type Limit = { limit: number; windowMs: number }

/**
 * The numbers. Failed logins count, successful ones do not. There is no account lock-out: a per-account limit keyed by
 * the account alone would let anyone lock a reviewer out before a deadline, so the account's counter is kept per client
 * address, and each address also has a limit across all accounts.
 */
export const LIMITS = {
  /** Failed logins from one address, whatever the accounts. */
  loginPerAddress: { limit: 20, windowMs: 15 * 60_000 },
  /** Failed logins to one account from one address: the passwords one client can try against one account. */
  loginPerAccount: { limit: 5, windowMs: 15 * 60_000 },
  /** Reset e-mails asked for from one address. */
  forgotPerAddress: { limit: 10, windowMs: 60 * 60_000 },
  /** Reset e-mails asked for one address book entry (so nobody can flood someone's mailbox), from anywhere. */
  forgotPerAccount: { limit: 3, windowMs: 60 * 60_000 },
  /** Reset tokens tried from one address. */
  resetPerAddress: { limit: 10, windowMs: 15 * 60_000 },
} satisfies Record<string, Limit>

export const minutesOf = (ms: number): number => Math.max(1, Math.ceil(ms / 60_000))

/** The bilingual reason of a 429, with the wait in whole minutes. */
export function tooManyAttempts(what: 'forgot' | 'login' | 'reset', retryAfterMs: number): string {
  const minutes = minutesOf(retryAfterMs)
  const vi = { forgot: 'Đã yêu cầu đặt lại mật khẩu quá nhiều lần', login: 'Đăng nhập sai quá nhiều lần', reset: 'Thử mã đặt lại mật khẩu quá nhiều lần' }[what]
  const en = { forgot: 'Too many password reset requests', login: 'Too many failed logins', reset: 'Too many password reset attempts' }[what]
  return `${vi}; hãy thử lại sau ${minutes} phút / ${en}; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`
}

/** The account an attempt is about, as Payload matches it (lower case, trimmed); '' when there is none. */
export const accountOf = (data: unknown): string => {
  const email = (data as { email?: unknown } | null | undefined)?.email
  return typeof email === 'string' ? email.toLowerCase().trim() : ''
}

/** The address part of a counter's key: IPv6 clients by their /56, as express-rate-limit does. */
export const addressKey = (ip: string): string => ipKeyGenerator(ip)

const perAddress = (what: 'forgot' | 'login' | 'reset', { limit, windowMs }: Limit, skipSuccessfulRequests: boolean): RequestHandler =>
  rateLimit({
    limit,
    windowMs,
    skipSuccessfulRequests,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // The default key: the client's address as `trust proxy` resolves it, IPv6 by its /56 (ipKeyGenerator).
    handler: (_req, res, _next, options: Options) => {
      const resetTime = (_req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime
      const waitMs = resetTime ? resetTime.getTime() - Date.now() : options.windowMs
      res.status(options.statusCode).json({ errors: [{ message: tooManyAttempts(what, waitMs) }] })
    },
  })

/** Express handlers for Payload's REST login, forgot-password and reset-password, by path. */
export function addressLimits(): Record<'/api/users/forgot-password' | '/api/users/login' | '/api/users/reset-password', RequestHandler> {
  return {
    '/api/users/forgot-password': perAddress('forgot', LIMITS.forgotPerAddress, false),
    '/api/users/login': perAddress('login', LIMITS.loginPerAddress, true),
    '/api/users/reset-password': perAddress('reset', LIMITS.resetPerAddress, true),
  }
}

/** A counter of attempts per key, counted as they arrive (so a parallel burst cannot slip past it) in one process. */
export function attemptCounter({ limit, windowMs }: Limit) {
  const store = new MemoryStore()
  store.init({ windowMs } as Options)
  return {
    /** Counts one attempt; `allowed` is false once the limit is passed, with the wait until the window ends. */
    async take(key: string): Promise<{ allowed: boolean; retryAfterMs: number }> {
      // MemoryStore counts synchronously but resolves with its live record, which later attempts of the same tick
      // have already counted on: read this attempt's count at once, before anything else can run.
      const counted = store.increment(key)
      const record = store.current.get(key)
      const totalHits = record?.totalHits ?? Number.POSITIVE_INFINITY
      const resetAt = record?.resetTime?.getTime() ?? Date.now() + windowMs
      await counted
      return { allowed: totalHits <= limit, retryAfterMs: Math.max(0, resetAt - Date.now()) }
    },
    /** Gives an attempt back (a successful login is not a failure). */
    async giveBack(key: string): Promise<void> {
      await store.decrement(key)
    },
  }
}
