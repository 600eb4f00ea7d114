// Recomputes how far media may be seen after items showing it went live, were scheduled or were taken down; runs in the decision's transaction.
import type { PayloadRequest, Where } from 'payload'

import type { ReviewedCollection } from '../content/vocabulary'
import type { AccessLevel } from '../delivery/wouldReceive'

import { serverReq } from '../../hooks/markUserWrite'
import { REVIEWED_COLLECTIONS } from '../content/vocabulary'
import { MEDIA_FIELDS, mediaReach, reachOfItem } from './mediaUse'

type Id = number | string

const showing = (fields: readonly string[], mediaId: Id): Where => ({ or: fields.map((field) => ({ [field]: { equals: mediaId } })) })

async function reachesOf({ draft, mediaId, req, state }: { draft: boolean; mediaId: Id; req: PayloadRequest; state: Where }): Promise<AccessLevel[]> {
  const found = await Promise.all(
    REVIEWED_COLLECTIONS.filter((collection) => MEDIA_FIELDS[collection].length).map(async (collection: ReviewedCollection) => {
      const { docs } = await req.payload.find({
        collection,
        depth: 0,
        draft,
        overrideAccess: true,
        pagination: false,
        req,
        select: { audiences: true, distribution: true } as never,
        where: { and: [state, showing(MEDIA_FIELDS[collection], mediaId)] },
      })
      return docs.map((doc) => reachOfItem(collection, doc as unknown as Record<string, unknown>))
    }),
  )
  return found.flat()
}

/** Sets `liveReach` (published items) and `earlyReach` (scheduled items) of each media document from the items that show it now. */
export async function refreshMediaReach({ mediaIds, req }: { mediaIds: Iterable<string>; req: PayloadRequest }): Promise<void> {
  const inner = serverReq(req)
  for (const mediaId of new Set(mediaIds)) {
    const [live, early] = await Promise.all([
      reachesOf({ draft: false, mediaId, req: inner, state: { _status: { equals: 'published' } } }),
      reachesOf({ draft: true, mediaId, req: inner, state: { workflowStatus: { equals: 'scheduled' } } }),
    ])
    const reach = mediaReach({ early, live })
    const current = await req.payload
      .findByID({ collection: 'media', depth: 0, id: mediaId, overrideAccess: true, req: inner, select: { earlyReach: true, liveReach: true } })
      .catch(() => null)
    if (!current || ((current.liveReach ?? null) === reach.liveReach && (current.earlyReach ?? null) === reach.earlyReach)) continue
    await req.payload.update({ collection: 'media', data: reach, depth: 0, id: mediaId, overrideAccess: true, req: inner })
  }
}
