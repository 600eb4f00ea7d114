// Media under review: who may upload, change or delete a media document, decided under the locks of the items
// that show it (items first, then the media row, always in that order), and who then counts as its writers.
import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'


import type { ReviewedCollection } from '../../src/content/vocabulary'

import { idOf, isAdminUser, unitIdOf } from '../../src/access/roles'
import { findMediaUses, type MediaUser } from '../../src/media/findMediaUses'
import { lockItem } from '../../src/workflow/lockItem'
import { Refusal } from '../../src/workflow/refusal'
import { findItem } from '../../src/workflow/readItem'
import { type Actor, decideMediaWrite, type MediaWrite, strictestUse } from '../../src/workflow/writeRules'
import { isUserWrite, markUserWrite, serverReq } from '../../hooks/markUserWrite'

type Id = number | string

const keyOf = (user: Pick<MediaUser, 'collection' | 'id'>) => `${user.collection}:${user.id}`

/**
 * Locks the items showing the media and then the media itself, reads how they use it, and decides. An item that
 * starts showing the media between the first look and the locks makes the write retry-able (409), never unsafe.
 */
async function decideUnderLocks({ mediaId, req, write }: { mediaId: Id; req: PayloadRequest; write: MediaWrite }): Promise<MediaUser[]> {
  const seen = await findMediaUses({ mediaId, req })
  const ordered = [...seen].sort((a, b) => keyOf(a).localeCompare(keyOf(b)))
  for (const user of ordered) await lockItem({ collection: user.collection, id: user.id, req })
  await lockItem({ collection: 'media', id: mediaId, req })
  const uses = await findMediaUses({ mediaId, req })
  const locked = new Set(seen.map(keyOf))
  if (uses.some((user) => !locked.has(keyOf(user)))) {
    throw new Refusal('Tư liệu vừa được gắn vào tin bài khác; hãy thử lại / The media was just attached to another item; try again', 409, null)
  }
  const media = await req.payload.findByID({ collection: 'media', depth: 0, id: mediaId, overrideAccess: true, req })
  const decision = decideMediaWrite({ actor: req.user as Actor | null, mediaUnit: idOf((media as { unit?: never }).unit), use: strictestUse(uses.map((u) => u.use)), write })
  if (!decision.allowed) throw new Refusal(decision.reason, decision.status, null)
  return uses
}

/** Whoever changes media that pending drafts show becomes an editor of those drafts (four-eyes). */
async function joinDrafts({ actorId, req, users }: { actorId: Id; req: PayloadRequest; users: MediaUser[] }): Promise<void> {
  const inner = serverReq(req)
  for (const user of users.filter((u) => u.use === 'draft')) {
    const latest = await findItem({ collection: user.collection as ReviewedCollection, draft: true, id: user.id, req: inner })
    const editors = ((latest?.editedBy ?? []) as (Id | { id: Id })[]).map((e) => idOf(e) as Id)
    if (editors.some((e) => String(e) === String(actorId))) continue
    await req.payload.update({ collection: user.collection, data: { editedBy: [...editors, actorId] } as never, depth: 0, draft: true, id: user.id, overrideAccess: true, req: inner })
  }
}

/** beforeOperation: marks the user's write, and decides a change before Payload touches the stored files (it deletes the old file first). */
export const guardMediaOperation: CollectionBeforeOperationHook = async (hookArgs) => {
  const args = markUserWrite(hookArgs)
  const { operation, req } = hookArgs
  if (operation !== 'update' || !isUserWrite(req)) return args
  const id = (args as { id?: Id }).id
  if (id === undefined || id === null) {
    throw new Refusal('Sửa hàng loạt tư liệu không được hỗ trợ / Bulk edits of media are not supported', 400, null)
  }
  const users = await decideUnderLocks({ mediaId: id, req, write: 'update' })
  await joinDrafts({ actorId: req.user!.id, req, users })
  return args
}

/** beforeChange: the server-owned fields of media — its unit, uploader, writers and reach — are never taken from the client. */
export const recordMediaWriters: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (!isUserWrite(req)) return data
  const actor = req.user as Actor
  if (operation === 'create') {
    const decision = decideMediaWrite({ actor, mediaUnit: null, use: 'none', write: 'create' })
    if (!decision.allowed) throw new Refusal(decision.reason, decision.status, null)
    data.unit = isAdminUser(actor) ? (data.unit ?? unitIdOf(actor)) : unitIdOf(actor)
    data.uploadedBy = actor.id
    data.editedBy = [actor.id]
    data.liveReach = null
    data.earlyReach = null
    return data
  }
  const before = ((originalDoc?.editedBy ?? []) as (Id | { id: Id })[]).map((e) => idOf(e) as Id)
  data.unit = isAdminUser(actor) && data.unit !== undefined ? data.unit : (originalDoc?.unit ?? null)
  data.uploadedBy = originalDoc?.uploadedBy ?? null
  data.editedBy = before.some((e) => String(e) === String(actor.id)) ? before : [...before, actor.id]
  data.liveReach = originalDoc?.liveReach ?? null
  data.earlyReach = originalDoc?.earlyReach ?? null
  return data
}

/** beforeDelete: media that any version of an item still shows is not deleted (its file would vanish from under it). */
export const guardMediaDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!isUserWrite(req)) return
  await decideUnderLocks({ mediaId: id, req, write: 'delete' })
}
