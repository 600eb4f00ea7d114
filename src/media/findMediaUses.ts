// Finds the items whose live or latest version shows a media document, and how each uses it.
import type { PayloadRequest, Where } from 'payload'

import type { ReviewedCollection, WorkflowState } from '../content/vocabulary'

import { REVIEWED_COLLECTIONS } from '../content/vocabulary'
import { type MediaUse, mediaUseOf } from '../workflow/writeRules'
import { MEDIA_FIELDS } from './mediaUse'

type Id = number | string

export type MediaUser = { collection: ReviewedCollection; id: Id; use: MediaUse }

const showing = (fields: readonly string[], mediaId: Id): Where => ({ or: fields.map((field) => ({ [field]: { equals: mediaId } })) })

/** Every item that shows `mediaId` in its live version or its latest version, with the use that decides a write. */
export async function findMediaUses({ mediaId, req }: { mediaId: Id; req: PayloadRequest }): Promise<MediaUser[]> {
  const perCollection = await Promise.all(
    REVIEWED_COLLECTIONS.filter((collection) => MEDIA_FIELDS[collection].length).map(async (collection) => {
      const where = showing(MEDIA_FIELDS[collection], mediaId)
      const find = (draft: boolean, extra: Where[] = []) =>
        req.payload
          .find({
            collection,
            depth: 0,
            draft,
            overrideAccess: true,
            pagination: false,
            req,
            select: { workflowStatus: true },
            where: { and: [where, ...extra] },
          })
          .then(({ docs }) => docs as unknown as { id: Id; workflowStatus?: WorkflowState }[])
      const [latest, live] = await Promise.all([find(true), find(false, [{ _status: { equals: 'published' } }])])
      const liveIds = new Set(live.map((doc) => String(doc.id)))
      const latestById = new Map(latest.map((doc) => [String(doc.id), doc]))
      return [...new Set([...liveIds, ...latestById.keys()])].map((id) => ({
        collection,
        id: latestById.get(id)?.id ?? live.find((doc) => String(doc.id) === id)!.id,
        use: mediaUseOf({ inLatest: latestById.has(id), inLive: liveIds.has(id), latestState: latestById.get(id)?.workflowStatus ?? 'draft' }),
      }))
    }),
  )
  return perCollection.flat()
}
