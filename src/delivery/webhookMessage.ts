// The bytes and headers of one webhook: a Standard Webhooks envelope around the item as ninjs 3.1.
import { createHash, randomBytes } from 'node:crypto'

import type { NinjsItem } from '../feeds/ninjs'
import type { DeliveryEvent } from './recipients'

import { signWebhook } from './signature'

export const WEBHOOK_USER_AGENT = 'Nguon-Webhooks/1.0 (+https://www.standardwebhooks.com)'

export type WebhookPayload = { data: NinjsItem; timestamp: string; type: DeliveryEvent }

/** The body as sent and stored: the same bytes on every retry. */
export const webhookBody = ({ data, timestamp, type }: WebhookPayload): string => JSON.stringify({ type, timestamp, data })

/** A fresh message id; the same id goes with every attempt of one delivery, so receivers can drop duplicates. */
export const newWebhookId = (): string => `msg_${randomBytes(16).toString('base64url')}`

/** A message id derived from what the message is about, so two workers queueing the same expiry collide on it. */
export const webhookIdFor = (key: string): string => `msg_${createHash('sha256').update(key).digest('base64url').slice(0, 22)}`

/** Headers for one attempt; signed afresh with the attempt's time, since receivers refuse old timestamps. */
export function webhookRequestHeaders({ body, id, now, secret }: { body: string; id: string; now: Date; secret: string }): Record<string, string> {
  return {
    ...signWebhook({ body, id, secret, timestamp: now }),
    'content-type': 'application/json',
    'user-agent': WEBHOOK_USER_AGENT,
  }
}
