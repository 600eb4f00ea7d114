// Queues one webhook delivery per outlet for an item event, in the caller's transaction; the sender picks them up later.
import type { Payload, PayloadRequest } from 'payload'

import type { Outlet } from '../payload-types'
import type { DeliveryEvent, PastDelivery } from './recipients'

import { CONTENT_COLLECTIONS, type ContentCollection, type Locale } from '../content/vocabulary'
import { ninjsItem } from '../feeds/ninjs'
import { mediaLinkFor } from '../media/signedMediaUrl'
import { toFeedItem } from '../feeds/toFeedItem'
import { outletsHoldingItem } from './recipients'
import { newWebhookId, webhookBody, webhookIdFor } from './webhookMessage'
import { type DeliverableItem, languageOf, sharedChannel, type SubscribingOutlet, wouldReceive } from './wouldReceive'

type Id = number | string
type Doc = Record<string, unknown>

/** Outlets with a webhook that is set up and switched on (the secret is checked when sending, with a clear error). */
async function outletsWithWebhooks({ payload, req }: { payload: Payload; req?: PayloadRequest }): Promise<Outlet[]> {
  const { docs } = await payload.find({
    collection: 'outlets',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: { and: [{ webhookUrl: { exists: true } }, { webhookUrl: { not_equals: '' } }, { webhookEnabled: { not_equals: false } }] },
  })
  return docs
}

async function deliveryHistory({ collection, id, payload, req }: { collection: ContentCollection; id: Id; payload: Payload; req?: PayloadRequest }) {
  const { docs } = await payload.find({
    collection: 'deliveries',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { event: true, outlet: true, state: true },
    sort: 'createdAt',
    where: { and: [{ itemCollection: { equals: collection } }, { itemId: { equals: String(id) } }] },
  })
  return docs.map((d): PastDelivery => ({ event: d.event, outletId: typeof d.outlet === 'object' ? d.outlet.id : d.outlet, state: d.state }))
}

/**
 * A publication goes to every outlet whose feeds would show the item; a correction, kill or expiry goes to exactly
 * the outlets that hold a copy (see outletsHoldingItem), whatever their filters say now. Returns how many were queued.
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
  /** The request whose transaction the deliveries join; none for the expiry check. */
  req?: PayloadRequest
}): Promise<number> {
  if (!CONTENT_COLLECTIONS.includes(collection)) return 0
  const outlets = await outletsWithWebhooks({ payload, req })
  if (!outlets.length) return 0
  const live = (await payload.findByID({ collection, depth: 0, draft: false, id, overrideAccess: true, req })) as unknown as Doc
  const item = { ...live, collection } as DeliverableItem
  const holders = event === 'item.published' ? null : new Set(outletsHoldingItem(await deliveryHistory({ collection, id, payload, req })))
  const recipients = outlets.filter((outlet) =>
    holders ? holders.has(String(outlet.id)) : wouldReceive(outlet as unknown as SubscribingOutlet, item),
  )

  const rendered = new Map<Locale, Doc>()
  const docIn = async (locale: Locale) => {
    if (!rendered.has(locale)) {
      const doc = await payload.findByID({ collection, depth: 1, draft: false, fallbackLocale: 'vi', id, locale, overrideAccess: true, req })
      rendered.set(locale, doc as unknown as Doc)
    }
    return rendered.get(locale)!
  }
  let queued = 0
  for (const outlet of recipients) {
    const subscriber = outlet as unknown as SubscribingOutlet
    const language = languageOf(subscriber)
    const serverURL = payload.config.serverURL
    const mediaLink = (media: Record<string, unknown>) => mediaLinkFor({ level: subscriber.accessLevel, media, secret: payload.secret, serverURL })
    const feedItem = toFeedItem({ collection, doc: await docIn(language), language, mediaLink, serverURL })
    const body = webhookBody({ data: ninjsItem(feedItem, sharedChannel(subscriber, item)), timestamp: now.toISOString(), type: event })
    // An expiry has no write to hang a transaction on; two workers finding it collide on this id instead.
    const webhookId = event === 'item.expired' ? webhookIdFor(`${outlet.id}:${collection}:${id}:expired:${String(live.expireAt)}`) : newWebhookId()
    try {
      await payload.create({
        collection: 'deliveries',
        data: {
          attempts: 0,
          body,
          event,
          itemCollection: collection,
          itemId: String(id),
          itemVersion: feedItem.version,
          nextAttemptAt: now.toISOString(),
          outlet: outlet.id,
          state: 'pending',
          webhookId,
        },
        overrideAccess: true,
        req,
      })
      queued++
    } catch (err) {
      if (event !== 'item.expired') throw err
      // Already queued by another worker (unique webhookId).
    }
  }
  return queued
}
