import { describe, expect, it } from 'vitest'

import { generateWebhookSecret, parseWebhookSecret, signWebhook, verifyWebhook } from '../../../src/delivery/signature'

// The test vector published with the Standard Webhooks specification.
const SPEC = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
}
const at = (seconds: number) => new Date(seconds * 1000)

describe('webhook secrets', () => {
  it('generates whsec_ secrets of 32 random bytes', () => {
    const secret = generateWebhookSecret()
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)
    expect(parseWebhookSecret(secret)).toHaveLength(32)
    expect(generateWebhookSecret()).not.toBe(secret)
  })

  it.each([
    ['MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', /start with "whsec_"/],
    ['whsec_', /standard base64/],
    ['whsec_not base64!', /standard base64/],
    ['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaS', /standard base64/],
    [`whsec_${Buffer.alloc(16).toString('base64')}`, /24–64 bytes, not 16/],
    [`whsec_${Buffer.alloc(65).toString('base64')}`, /24–64 bytes, not 65/],
  ])('refuses the secret %j', (secret, message) => {
    expect(() => parseWebhookSecret(secret)).toThrow(message)
  })

  it('accepts 24 and 64 byte keys', () => {
    expect(parseWebhookSecret(SPEC.secret)).toHaveLength(24)
    expect(parseWebhookSecret(`whsec_${Buffer.alloc(64, 7).toString('base64')}`)).toHaveLength(64)
  })
})

describe('signWebhook', () => {
  it('reproduces the Standard Webhooks test vector', () => {
    expect(signWebhook(SPEC)).toEqual({ 'webhook-id': SPEC.id, 'webhook-timestamp': '1614265330', 'webhook-signature': SPEC.signature })
  })

  it('signs the same bytes whether the body is a string or a buffer and the time a Date or seconds', () => {
    expect(signWebhook({ ...SPEC, body: Buffer.from(SPEC.body), timestamp: at(SPEC.timestamp) })).toEqual(signWebhook(SPEC))
  })
})

describe('verifyWebhook', () => {
  const headers = { 'webhook-id': SPEC.id, 'webhook-timestamp': String(SPEC.timestamp), 'webhook-signature': SPEC.signature }

  it('accepts the test vector within the tolerance', () => {
    expect(verifyWebhook({ secret: SPEC.secret, headers, body: SPEC.body, now: at(SPEC.timestamp + 299) })).toEqual({ isValid: true, id: SPEC.id, timestamp: SPEC.timestamp })
  })

  it('accepts any one of several signatures, ignoring other versions, and headers in any case or as a Headers object', () => {
    const rotated = { 'Webhook-Id': SPEC.id, 'Webhook-Timestamp': String(SPEC.timestamp), 'Webhook-Signature': `v1a,abc v1,${Buffer.alloc(32).toString('base64')} ${SPEC.signature}` }
    expect(verifyWebhook({ secret: SPEC.secret, headers: rotated, body: SPEC.body, now: at(SPEC.timestamp) }).isValid).toBe(true)
    expect(verifyWebhook({ secret: SPEC.secret, headers: new Headers(headers), body: SPEC.body, now: at(SPEC.timestamp) }).isValid).toBe(true)
  })

  it('round-trips a fresh secret and a Vietnamese body', () => {
    const secret = generateWebhookSecret()
    const body = JSON.stringify({ title: 'Việt Nam bảo đảm quyền của người dân tộc thiểu số!' })
    const signed = signWebhook({ secret, id: 'msg_bulletin_1', timestamp: 1_700_000_000, body })
    expect(verifyWebhook({ secret, headers: signed, body, now: at(1_700_000_000) }).isValid).toBe(true)
  })

  it.each([
    ['a tampered body', { body: '{"test": 2432232315}' }, 'no-matching-signature'],
    ['another secret', { secret: `whsec_${Buffer.alloc(24, 1).toString('base64')}` }, 'no-matching-signature'],
    ['another id', { headers: { ...headers, 'webhook-id': 'msg_other' } }, 'no-matching-signature'],
    ['only a v2 signature', { headers: { ...headers, 'webhook-signature': SPEC.signature.replace('v1,', 'v2,') } }, 'no-matching-signature'],
    ['a truncated signature', { headers: { ...headers, 'webhook-signature': SPEC.signature.slice(0, 20) } }, 'no-matching-signature'],
    ['a replay after the tolerance', { now: at(SPEC.timestamp + 301) }, 'timestamp-too-old'],
    ['a timestamp from the future', { now: at(SPEC.timestamp - 301) }, 'timestamp-too-new'],
    ['a shorter tolerance', { now: at(SPEC.timestamp + 61), toleranceSeconds: 60 }, 'timestamp-too-old'],
    ['a timestamp in milliseconds', { headers: { ...headers, 'webhook-timestamp': '1614265330000' } }, 'timestamp-too-new'],
    ['a non-numeric timestamp', { headers: { ...headers, 'webhook-timestamp': '2021-02-25' } }, 'invalid-timestamp'],
    ['no signature header', { headers: { 'webhook-id': SPEC.id, 'webhook-timestamp': String(SPEC.timestamp) } }, 'missing-headers'],
  ])('rejects %s', (_case, overrides, reason) => {
    const result = verifyWebhook({ secret: SPEC.secret, headers, body: SPEC.body, now: at(SPEC.timestamp), ...overrides })
    expect(result).toEqual({ isValid: false, reason })
  })
})
