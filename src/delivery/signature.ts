// Signs and verifies newsroom webhooks as Standard Webhooks does: HMAC-SHA256 over "id.timestamp.body" with a whsec_ secret.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export type WebhookHeaders = { 'webhook-id': string; 'webhook-timestamp': string; 'webhook-signature': string }

/** Incoming headers as Node (IncomingHttpHeaders), a plain object or a fetch Headers object gives them. */
export type ReceivedHeaders = Headers | Record<string, string | string[] | undefined>

export type WebhookVerification =
  | { isValid: true; id: string; timestamp: number }
  | { isValid: false; reason: 'missing-headers' | 'invalid-timestamp' | 'timestamp-too-old' | 'timestamp-too-new' | 'no-matching-signature' }

const SECRET_PREFIX = 'whsec_'
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

/** A new secret for an outlet: "whsec_" and the base64 of 32 random bytes. */
export function generateWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64')
}

/** Why a secret was refused, in English (`message`) and Vietnamese (`vi`); neither repeats the secret. */
export class WebhookSecretError extends Error {
  constructor(
    message: string,
    readonly vi: string,
  ) {
    super(message)
    this.name = 'WebhookSecretError'
  }
}

/** The key bytes of a "whsec_" secret; throws WebhookSecretError when the prefix is missing, the base64 is malformed or the key is not 24–64 bytes. */
export function parseWebhookSecret(secret: string): Buffer {
  if (typeof secret !== 'string' || !secret.startsWith(SECRET_PREFIX)) {
    throw new WebhookSecretError('Webhook secret must start with "whsec_"', 'khóa phải bắt đầu bằng “whsec_”')
  }
  const encoded = secret.slice(SECRET_PREFIX.length)
  if (!encoded || !BASE64.test(encoded)) {
    throw new WebhookSecretError('Webhook secret must be "whsec_" followed by standard base64', 'sau “whsec_” phải là chuỗi base64 chuẩn')
  }
  const key = Buffer.from(encoded, 'base64')
  if (key.length < 24 || key.length > 64) {
    throw new WebhookSecretError(`Webhook secret must decode to 24–64 bytes, not ${key.length}`, `khóa phải dài 24–64 byte khi giải mã, không phải ${key.length}`)
  }
  return key
}

/** The refusal of a pasted secret as both languages say it: "Khóa … không hợp lệ: <lý do> / Invalid webhook secret: <reason>". */
export function describeSecretRefusal(err: unknown): string {
  const vi = err instanceof WebhookSecretError ? `: ${err.vi}` : ''
  return `Khóa bí mật webhook không hợp lệ${vi} / Invalid webhook secret: ${(err as Error).message}`
}

const toSeconds = (timestamp: number | Date) => (timestamp instanceof Date ? Math.floor(timestamp.getTime() / 1000) : Math.floor(timestamp))

function computeSignature({ key, id, timestamp, body }: { key: Buffer; id: string; timestamp: number | string; body: string | Uint8Array }): Buffer {
  return createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest()
}

/** The three Standard Webhooks headers for one delivery; `timestamp` in Unix seconds or as a Date. */
export function signWebhook({ secret, id, timestamp, body }: { secret: string; id: string; timestamp: number | Date; body: string | Uint8Array }): WebhookHeaders {
  const seconds = toSeconds(timestamp)
  const signature = computeSignature({ key: parseWebhookSecret(secret), id, timestamp: seconds, body })
  return { 'webhook-id': id, 'webhook-timestamp': String(seconds), 'webhook-signature': `v1,${signature.toString('base64')}` }
}

function headerValue(headers: ReceivedHeaders, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined
  const record = headers as Record<string, string | string[] | undefined>
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name)
  const value = key === undefined ? undefined : record[key]
  return Array.isArray(value) ? value.join(' ') : value
}

/**
 * Checks a received webhook: the timestamp must be within `toleranceSeconds` of `now` (either way, against replays),
 * and one of the space-separated "v1,<base64>" signatures must match; other versions are ignored. Compares in constant time.
 */
export function verifyWebhook({
  secret,
  headers,
  body,
  toleranceSeconds = 300,
  now = new Date(),
}: {
  secret: string
  headers: ReceivedHeaders
  body: string | Uint8Array
  toleranceSeconds?: number
  now?: Date
}): WebhookVerification {
  const key = parseWebhookSecret(secret)
  const id = headerValue(headers, 'webhook-id')
  const timestampHeader = headerValue(headers, 'webhook-timestamp')
  const signatures = headerValue(headers, 'webhook-signature')
  if (!id || !timestampHeader || !signatures) return { isValid: false, reason: 'missing-headers' }
  if (!/^\d{1,15}$/.test(timestampHeader.trim())) return { isValid: false, reason: 'invalid-timestamp' }
  // Stryker disable next-line MethodExpression: Number() ignores the spaces around digits itself; trimmed to say what is read
  const timestamp = Number(timestampHeader.trim())
  const age = toSeconds(now) - timestamp
  if (age > toleranceSeconds) return { isValid: false, reason: 'timestamp-too-old' }
  if (age < -toleranceSeconds) return { isValid: false, reason: 'timestamp-too-new' }
  // The header is signed as sent, digit for digit.
  const expected = computeSignature({ key, id, timestamp: timestampHeader.trim(), body })
  let isMatch = false
  for (const entry of signatures.split(' ')) {
    const [version, encoded] = entry.split(',', 2)
    if (version !== 'v1' || !encoded) continue
    const candidate = Buffer.from(encoded, 'base64')
    // Check every candidate rather than stopping at the first match, so timing says nothing about which one matched.
    if (candidate.length === expected.length && timingSafeEqual(candidate, expected)) isMatch = true
  }
  return isMatch ? { isValid: true, id, timestamp } : { isValid: false, reason: 'no-matching-signature' }
}
