// Records an item event for the webhook receivers as ONE fan-out row, in the caller's transaction: the approval's cost
// does not grow with the number of receivers. The sender expands it into per-outlet deliveries (src/delivery/expandFanouts.ts).
import type { Payload, PayloadRequest } from 'payload'

import type { DeliveryEvent } from './recipients'

import { keepRequestLocale } from '../content/keepRequestLocale'
import { CONTENT_COLLECTIONS, type ContentCollection, LOCALES, type Locale } from '../content/vocabulary'
import { wakeSenders } from './senderWakeups'
import { newWebhookId, webhookIdFor } from './webhookMessage'

type Id = number | string
type Doc = Record<string, unknown>

/** The item as approved: its live fields at depth 0 (whom it concerns) and its copy in each language at depth 1 (what is sent). */
export type FanoutSnapshot = { docs: Record<Locale, Doc>; item: Doc; timestamp: string }

/**
 * Records that `event` happened to the item, to be told to every outlet it concerns. Returns true when recorded (an
 * expiry already recorded by another worker is not recorded twice). The rendered copies are taken now, so a fan-out
 * expanded later still sends what was approved.
 */
export async function queueDeliveries({
  collection,
  event,
  id,
  now = new Date(),
  payload,
  req,
}: {
  collection: ContentCollection
  event: DeliveryEvent
  id: Id
  now?: Date
  payload: Payload
  /** The request whose transaction the fan-out joins; none for the expiry check. */
  req?: PayloadRequest
}): Promise<boolean> {
  if (!CONTENT_COLLECTIONS.includes(collection)) return false
  const item = (await payload.findByID({ collection, depth: 0, draft: false, id, overrideAccess: true, req })) as unknown as Doc
  const docs = {} as Record<Locale, Doc>
  // Read in each language without leaving the approval's request in the last one (its media reach is written next).
  await keepRequestLocale(req, async () => {
    for (const locale of LOCALES) {
      docs[locale] = (await payload.findByID({ collection, depth: 1, draft: false, fallbackLocale: 'vi', id, locale, overrideAccess: true, req })) as unknown as Doc
    }
  })
  // An expiry has no write to hang a transaction on; two workers finding it collide on this key instead.
  const key = event === 'item.expired' ? webhookIdFor(`${collection}:${id}:expired:${String(item.expireAt)}`) : newWebhookId()
  const snapshot: FanoutSnapshot = { docs, item, timestamp: now.toISOString() }
  try {
    await payload.create({
      collection: 'fanouts',
      data: { emergency: item.priority === 'emergency', event, itemCollection: collection, itemId: String(id), key, snapshot },
      overrideAccess: true,
      req,
    })
  } catch (err) {
    if (event !== 'item.expired') throw err
    return false // already recorded by another worker (unique key)
  }
  // The senders look at once instead of at their next round: this process's after the caller's transaction has had time
  // to commit, on PostgreSQL every process's when it commits.
  await wakeSenders({ payload, req })
  return true
}
