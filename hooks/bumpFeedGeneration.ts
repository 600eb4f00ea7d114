// After anything that changes what feeds show (a publication, withdrawal, outlet edit), mark the feeds it touches stale, here and in every process.
import type { PayloadRequest } from 'payload'

import { markFeedsStale } from '../src/feeds/feedCache'
import { bumpFeedGenerations } from '../src/feeds/feedGenerations'
import { type FeedChange, scopesTouchedBy, type TouchedScopes } from '../src/feeds/feedScopes'

export async function bumpFeedGenerationFor(req: PayloadRequest, touched: TouchedScopes = 'everything'): Promise<void> {
  await bumpFeedGenerations({ req, touched })
  markFeedsStale(touched)
}

type Doc = { _status?: string; channels?: unknown; id?: number | string; workflowStatus?: string }
type HookArgs = { collection?: { slug: string }; doc?: Doc; global?: { slug: string }; operation?: string; previousDoc?: Doc; req: PayloadRequest }

/**
 * The channels of the item's published versions before this change (the newest two: one may be this change's own);
 * undefined when they cannot be read, which touches everything.
 */
async function liveChannelsBefore({ collection, id, req }: { collection: string; id: number | string; req: PayloadRequest }): Promise<unknown[] | undefined> {
  try {
    const { docs } = await req.payload.findVersions({
      collection: collection as 'articles',
      depth: 0,
      limit: 2,
      overrideAccess: true,
      pagination: false,
      req,
      sort: '-updatedAt',
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    })
    return docs.flatMap((d) => {
      const channels = (d.version as { channels?: unknown }).channels
      return Array.isArray(channels) ? channels : [Symbol('unknown')]
    })
  } catch (err) {
    req.payload.logger.error({ err, msg: 'feeds: reading an item’s live channels failed; every feed is marked stale' })
    return undefined
  }
}

/** afterChange/afterDelete hook; on content, only changes that touch a live or withdrawn item count. */
export const bumpFeedGeneration = async ({ collection, doc, global, operation, previousDoc, req }: HookArgs) => {
  const touchesFeeds =
    !doc?.workflowStatus || // outlets and other non-content collections
    doc._status === 'published' ||
    previousDoc?._status === 'published' ||
    doc.workflowStatus === 'withdrawn' ||
    doc.workflowStatus === 'scheduled'
  if (!touchesFeeds) return doc
  const isDelete = operation === undefined && !global && !previousDoc
  const change: FeedChange = collection
    ? {
        doc,
        kind: 'collection',
        liveChannelsBefore: collection.slug !== 'outlets' && doc?.id !== undefined && !isDelete ? await liveChannelsBefore({ collection: collection.slug, id: doc.id, req }) : [],
        operation: isDelete ? 'delete' : 'change',
        previousDoc,
        slug: collection.slug,
      }
    : { kind: 'global', slug: global?.slug ?? 'unknown' }
  await bumpFeedGenerationFor(req, scopesTouchedBy(change))
  return doc
}
