import { describe, expect, it } from 'vitest'

import { describeSecretRefusal, generateWebhookSecret, parseWebhookSecret, signWebhook, verifyWebhook, WebhookSecretError } from '../../../src/delivery/signature'

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

describe('verifyWebhook: the edges (mutation testing)', () => {
  const valid = () => ({ 'webhook-id': SPEC.id, 'webhook-timestamp': String(SPEC.timestamp), 'webhook-signature': SPEC.signature })
  const check = (overrides: Partial<Parameters<typeof verifyWebhook>[0]>) =>
    verifyWebhook({ secret: SPEC.secret, headers: valid(), body: SPEC.body, now: at(SPEC.timestamp), ...overrides })

  it.each(['webhook-id', 'webhook-timestamp', 'webhook-signature'] as const)('refuses a delivery without %s, or with it empty', (name) => {
    const without = valid() as Record<string, string>
    delete without[name]
    expect(check({ headers: without })).toEqual({ isValid: false, reason: 'missing-headers' })
    expect(check({ headers: { ...valid(), [name]: '' } })).toEqual({ isValid: false, reason: 'missing-headers' })
    expect(check({ headers: new Headers(without) })).toEqual({ isValid: false, reason: 'missing-headers' })
  })

  it('accepts exactly 300 s either way and refuses 301 s, with the fraction of a second of `now` ignored', () => {
    const ok = { isValid: true, id: SPEC.id, timestamp: SPEC.timestamp }
    expect(check({ now: at(SPEC.timestamp + 300) })).toEqual(ok)
    expect(check({ now: at(SPEC.timestamp - 300) })).toEqual(ok)
    expect(check({ now: new Date((SPEC.timestamp + 300) * 1000 + 999) })).toEqual(ok)
    expect(check({ now: at(SPEC.timestamp + 301) })).toEqual({ isValid: false, reason: 'timestamp-too-old' })
    expect(check({ now: at(SPEC.timestamp - 301) })).toEqual({ isValid: false, reason: 'timestamp-too-new' })
    expect(check({ now: at(SPEC.timestamp + 60), toleranceSeconds: 60 })).toEqual(ok)
    expect(check({ now: at(SPEC.timestamp - 61), toleranceSeconds: 60 })).toEqual({ isValid: false, reason: 'timestamp-too-new' })
  })

  it('defaults `now` to the clock', () => {
    const secret = generateWebhookSecret()
    const signed = signWebhook({ secret, id: 'msg_now', timestamp: new Date(), body: 'x' })
    expect(verifyWebhook({ secret, headers: signed, body: 'x' }).isValid).toBe(true)
    const old = signWebhook({ secret, id: 'msg_old', timestamp: new Date(Date.now() - 3_600_000), body: 'x' })
    expect(verifyWebhook({ secret, headers: old, body: 'x' })).toEqual({ isValid: false, reason: 'timestamp-too-old' })
  })

  it('reads a timestamp with spaces around it, signed as sent, and refuses anything but 1–15 digits', () => {
    expect(check({ headers: { ...valid(), 'webhook-timestamp': ` ${SPEC.timestamp} ` } })).toEqual({ isValid: true, id: SPEC.id, timestamp: SPEC.timestamp })
    for (const timestamp of ['+1614265330', '1614265330.0', '1614265330x', 'x1614265330', '1234567890123456', '-1614265330']) {
      expect(check({ headers: { ...valid(), 'webhook-timestamp': timestamp } })).toEqual({ isValid: false, reason: 'invalid-timestamp' })
    }
    // Fifteen digits are read (and are far in the future), sixteen are not a timestamp.
    expect(check({ headers: { ...valid(), 'webhook-timestamp': '123456789012345' } })).toEqual({ isValid: false, reason: 'timestamp-too-new' })
  })

  it('joins a header given twice (Node gives an array) into one list of signatures', () => {
    const headers = { ...valid(), 'webhook-signature': [`v1,${Buffer.alloc(32).toString('base64')}`, SPEC.signature] }
    expect(check({ headers }).isValid).toBe(true)
    expect(check({ headers: { ...valid(), 'webhook-signature': [`v1,${Buffer.alloc(32).toString('base64')}`] } })).toEqual({
      isValid: false,
      reason: 'no-matching-signature',
    })
  })

  it('reads no header from one named "undefined"', () => {
    const { 'webhook-id': id, ...rest } = valid()
    expect(check({ headers: { ...rest, undefined: id } })).toEqual({ isValid: false, reason: 'missing-headers' })
  })

  it('skips a "v1," entry without a signature and still finds the one that matches', () => {
    expect(check({ headers: { ...valid(), 'webhook-signature': `v1, v1 ${SPEC.signature}` } }).isValid).toBe(true)
    expect(check({ headers: { ...valid(), 'webhook-signature': 'v1, v1' } })).toEqual({ isValid: false, reason: 'no-matching-signature' })
  })
})

describe('webhook secrets: the edges (mutation testing)', () => {
  it('refuses a value that is not a string with its own error, in both languages', () => {
    const refusal = (() => {
      try {
        parseWebhookSecret(42 as unknown as string)
      } catch (err) {
        return err
      }
    })()
    expect(refusal).toBeInstanceOf(WebhookSecretError)
    expect(refusal).toMatchObject({ name: 'WebhookSecretError', message: 'Webhook secret must start with "whsec_"', vi: 'khóa phải bắt đầu bằng “whsec_”' })
  })

  it.each([
    [`whsec_${Buffer.alloc(23, 1).toString('base64')}`, 23],
    [`whsec_x${Buffer.alloc(24, 1).toString('base64')}`, null],
    [`whsec_${Buffer.alloc(24, 1).toString('base64')}!`, null],
    [`whsec_${Buffer.alloc(24, 1).toString('base64')}=`, null],
  ])('refuses %j', (secret, bytes) => {
    expect(() => parseWebhookSecret(secret)).toThrow(bytes === null ? /standard base64/ : new RegExp(`not ${bytes}$`))
  })

  it('says in both languages that what follows "whsec_" must be base64', () => {
    expect(() => parseWebhookSecret('whsec_not base64!')).toThrow(
      expect.objectContaining({ message: 'Webhook secret must be "whsec_" followed by standard base64', vi: 'sau “whsec_” phải là chuỗi base64 chuẩn' }),
    )
  })

  it('accepts keys whose base64 ends in one or two padding characters', () => {
    expect(parseWebhookSecret(`whsec_${Buffer.alloc(25, 3).toString('base64')}`)).toEqual(Buffer.alloc(25, 3))
    expect(parseWebhookSecret(`whsec_${Buffer.alloc(26, 4).toString('base64')}`)).toEqual(Buffer.alloc(26, 4))
  })

  it('says why a pasted secret is refused, in both languages, without repeating it', () => {
    const secret = `whsec_${Buffer.alloc(16).toString('base64')}`
    let message = ''
    try {
      parseWebhookSecret(secret)
    } catch (err) {
      message = describeSecretRefusal(err)
    }
    expect(message).toBe('Khóa bí mật webhook không hợp lệ: khóa phải dài 24–64 byte khi giải mã, không phải 16 / Invalid webhook secret: Webhook secret must decode to 24–64 bytes, not 16')
    expect(message).not.toContain(secret.slice(6))
    expect(describeSecretRefusal(new Error('boom'))).toBe('Khóa bí mật webhook không hợp lệ / Invalid webhook secret: boom')
  })

  it('signs a fractional timestamp as its whole second', () => {
    expect(signWebhook({ ...SPEC, timestamp: SPEC.timestamp + 0.9 })).toEqual(signWebhook(SPEC))
    expect(signWebhook({ ...SPEC, timestamp: new Date(SPEC.timestamp * 1000 + 999) })).toEqual(signWebhook(SPEC))
  })
})
