// After anything that changes what feeds show (a publication, withdrawal, outlet edit), mark every feed stale.
import type { PayloadRequest } from 'payload'

import { randomBytes } from 'node:crypto'

import { markFeedsStale } from '../src/feeds/feedCache'

export async function bumpFeedGenerationFor(req: PayloadRequest): Promise<void> {
  const generation = `${Date.now().toString(36)}-${randomBytes(6).toString('hex')}`
  await req.payload.updateGlobal({ data: { generation }, overrideAccess: true, req, slug: 'feed-state' })
  markFeedsStale()
}

type HookArgs = { doc?: { _status?: string; workflowStatus?: string }; previousDoc?: { _status?: string }; req: PayloadRequest }

/** afterChange/afterDelete hook; on content, only changes that touch a live or withdrawn item count. */
export const bumpFeedGeneration = async ({ doc, previousDoc, req }: HookArgs) => {
  const touchesFeeds =
    !doc?.workflowStatus || // outlets and other non-content collections
    doc._status === 'published' ||
    previousDoc?._status === 'published' ||
    doc.workflowStatus === 'withdrawn' ||
    doc.workflowStatus === 'scheduled'
  if (touchesFeeds) await bumpFeedGenerationFor(req)
  return doc
}
