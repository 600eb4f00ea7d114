// Stores an outlet's latest feed fetch per channel in feed-fetches: adapter upserts, so no hook runs and no feed goes stale.
import type { Payload } from 'payload'

import type { FeedFetch } from './feedFetches'

export async function writeFeedFetches({ fetches, outlet, payload }: { fetches: FeedFetch[]; outlet: number | string; payload: Payload }): Promise<void> {
  for (const { at, channel } of fetches) {
    await payload.db.upsert({
      collection: 'feed-fetches',
      data: { channel, fetchedAt: at.toISOString(), outlet },
      returning: false,
      where: { and: [{ outlet: { equals: outlet } }, { channel: { equals: channel } }] },
    })
  }
}
