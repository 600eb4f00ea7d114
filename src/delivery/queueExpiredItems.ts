// Expiry is not a write: this periodic check finds live items whose expireAt passed and tells the outlets that hold them.
import type { Payload } from 'payload'

import { CONTENT_COLLECTIONS } from '../content/vocabulary'
import { CANCELED_RETENTION_MS } from '../feeds/loadFeed'
import { queueDeliveries } from './queueDeliveries'

/** The end of the last check in this process; after a restart the check looks back a week (outletsHoldingItem makes that safe). */
let lastCheckedAt: Date | null = null

/** Records one fan-out per item that expired since the last check; returns how many were recorded. */
export async function queueExpiredItems({ now = new Date(), payload, since }: { now?: Date; payload: Payload; since?: Date }): Promise<number> {
  const from = since ?? lastCheckedAt ?? new Date(now.getTime() - CANCELED_RETENTION_MS)
  let queued = 0
  for (const collection of CONTENT_COLLECTIONS) {
    const { docs } = await payload.find({
      collection,
      depth: 0,
      draft: false,
      overrideAccess: true,
      pagination: false,
      where: {
        and: [
          { _status: { equals: 'published' } },
          { workflowStatus: { equals: 'published' } },
          { expireAt: { greater_than: from.toISOString() } },
          { expireAt: { less_than_equal: now.toISOString() } },
        ],
      },
    })
    for (const doc of docs) if (await queueDeliveries({ collection, event: 'item.expired', id: doc.id, now, payload })) queued++
  }
  lastCheckedAt = now
  return queued
}
