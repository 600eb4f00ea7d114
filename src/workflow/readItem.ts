// Reads an item the way a write must decide on it: under its lock, inside the write's transaction, latest and live version.
import type { PayloadRequest } from 'payload'

import type { ReviewedCollection, WorkflowState } from '../content/vocabulary'

import { lockItem } from './lockItem'

type Id = number | string

export type StoredItem = Record<string, unknown> & {
  _status?: 'draft' | 'published' | null
  editedBy?: null | (Id | { id: Id })[]
  id: Id
  publishAt?: null | string
  unit?: Id | null | { id: Id }
  version?: null | number
  workflowStatus?: null | WorkflowState
}

export async function findItem({
  collection,
  draft,
  id,
  req,
}: {
  collection: ReviewedCollection
  draft: boolean
  id: Id
  req: PayloadRequest
}): Promise<null | StoredItem> {
  try {
    return (await req.payload.findByID({ collection, depth: 0, draft, id, overrideAccess: true, req })) as unknown as StoredItem
  } catch {
    return null
  }
}

/** The item's latest version and whether a published version of it is live, read after taking its lock. */
export async function readLockedItem({
  collection,
  id,
  req,
}: {
  collection: ReviewedCollection
  id: Id
  req: PayloadRequest
}): Promise<{ isLive: boolean; latest: null | StoredItem; live: null | StoredItem }> {
  await lockItem({ collection, id, req })
  const [latest, live] = await Promise.all([findItem({ collection, draft: true, id, req }), findItem({ collection, draft: false, id, req })])
  return { isLive: live?._status === 'published', latest, live }
}
