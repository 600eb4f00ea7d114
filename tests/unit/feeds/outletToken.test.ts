// Feed tokens: their form, the stored hash, and which presented token counts.
import { createHash } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { FEED_TOKEN_PREFIX, generateFeedToken, hashFeedToken, presentedToken } from '../../../src/feeds/outletToken'

describe('feed tokens', () => {
  it('are the prefix and 32 random bytes in base64url, different every time', () => {
    const tokens = Array.from({ length: 50 }, generateFeedToken)
    for (const token of tokens) {
      expect(token).toMatch(/^nguon_ft_[A-Za-z0-9_-]{43}$/)
      expect(Buffer.from(token.slice(FEED_TOKEN_PREFIX.length), 'base64url')).toHaveLength(32)
    }
    expect(new Set(tokens).size).toBe(50)
  })

  it('are stored as the SHA-256 of their UTF-8 text, in hex', () => {
    expect(hashFeedToken('nguon_ft_abc')).toBe(createHash('sha256').update('nguon_ft_abc').digest('hex'))
    expect(hashFeedToken('nguon_ft_abc')).toMatch(/^[0-9a-f]{64}$/)
    expect(hashFeedToken('nguon_ft_abd')).not.toBe(hashFeedToken('nguon_ft_abc'))
    expect(hashFeedToken('đ')).toBe(createHash('sha256').update(Buffer.from([0xc4, 0x91])).digest('hex'))
  })

  it('are read from a Bearer header first, then from ?token=', () => {
    expect(presentedToken({ authorization: 'Bearer nguon_ft_a', query: 'nguon_ft_b' })).toBe('nguon_ft_a')
    expect(presentedToken({ authorization: 'bearer  nguon_ft_a  ' })).toBe('nguon_ft_a')
    expect(presentedToken({ query: 'nguon_ft_b' })).toBe('nguon_ft_b')
    expect(presentedToken({ authorization: 'Basic dXNlcjpwdw==', query: 'nguon_ft_b' })).toBe('nguon_ft_b')
  })

  it('count as absent when malformed, empty or not a single string', () => {
    for (const authorization of ['Bearer', 'Bearer ', 'Bearer a b', 'Token nguon_ft_a', 'xBearer nguon_ft_a', '']) {
      expect(presentedToken({ authorization }), authorization).toBeUndefined()
    }
    for (const query of ['', ['nguon_ft_a', 'nguon_ft_b'], { token: 'x' }, 1, undefined]) expect(presentedToken({ query }), JSON.stringify(query)).toBeUndefined()
  })
})
