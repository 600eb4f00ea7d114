// Feed tokens: shown once, stored only as a SHA-256 hash, compared by hash lookup.
import { createHash, randomBytes } from 'node:crypto'

export const FEED_TOKEN_PREFIX = 'nguon_ft_'

export const generateFeedToken = (): string => `${FEED_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`

// Stryker disable next-line StringLiteral: an empty encoding is Node's default for strings, which is UTF-8
export const hashFeedToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex')

/** The token a request presents: `Authorization: Bearer …` first, then `?token=`. */
export function presentedToken({ authorization, query }: { authorization?: string; query?: unknown }): string | undefined {
  // Stryker disable next-line StringLiteral: any text standing in for a missing header fails the pattern as '' does
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1]
  if (bearer) return bearer
  return typeof query === 'string' && query ? query : undefined
}
