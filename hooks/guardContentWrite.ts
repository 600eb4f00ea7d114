// The one guard every user write of a reviewed item passes (create, duplicate, update incl. bulk and autosave, restore,
// delete; REST, GraphQL, admin, Local API): it takes the item's lock, reads its state afresh, asks the table in
// src/workflow/writeRules.ts, and writes the server-owned fields itself, so no path can skip, forge or clear them.
import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'


import type { ReviewedCollection } from '../src/content/vocabulary'

import { idOf, isAdminUser, unitIdOf } from '../src/access/roles'
import { MEDIA_FIELDS, mediaIdsOf } from '../src/media/mediaUse'
import { mediaWritersOf } from '../src/media/mediaWriters'
import { describeWrongMedia, fieldsWithWrongMedia } from '../src/media/uploadContent'
import { findItem, readLockedItem, type StoredItem } from '../src/workflow/readItem'
import { type Actor, type ContentWrite, decideContentWrite, editorsAfter, type WriteDecision } from '../src/workflow/writeRules'
import { Refusal } from '../src/workflow/refusal'
import { DUPLICATED_FROM, isUserWrite, RESTORED_VERSION, type RestoredVersion, WRITE_KIND } from './markUserWrite'

type Id = number | string

/** Fields only the workflow writes; on a user's write they are copied from the item as it stands. */
const WORKFLOW_OWNED = ['version', 'reviewNote', 'approvedBy', 'approvedAt', 'withdrawnAt'] as const

export function refusal(decision: Extract<WriteDecision, { allowed: false }>, from?: string): never {
  throw new Refusal(decision.reason, decision.status, from ? { from } : null)
}

const ids = (list: unknown): Id[] => ((list as (Id | { id: Id })[] | null | undefined) ?? []).map((x) => idOf(x) as Id).filter((x) => x !== null)

/** Who wrote a version that a restore brings back, or the item a duplicate copies: their text comes with it. */
async function writersCarriedOver({ collection, req }: { collection: ReviewedCollection; req: PayloadRequest }): Promise<Id[]> {
  const restored = req.context[RESTORED_VERSION] as RestoredVersion | undefined
  if (req.context[WRITE_KIND] === 'restore' && restored) {
    const version = await req.payload.findVersionByID({ collection, depth: 0, id: String(restored.versionId), overrideAccess: true, req })
    const doc = (version?.version ?? {}) as unknown as StoredItem
    return [...ids(doc.editedBy), ...ids([doc.author].filter(Boolean))]
  }
  const source = req.context[DUPLICATED_FROM] as Id | undefined
  if (req.context[WRITE_KIND] === 'duplicate' && source !== undefined) {
    const doc = await findItem({ collection, draft: true, id: source, req })
    return [...ids(doc?.editedBy), ...ids([doc?.author].filter(Boolean))]
  }
  return []
}

export const guardContentWrite: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (!isUserWrite(req)) return data
  const slug = collection.slug as ReviewedCollection
  const actor = req.user as (Actor & { collection?: string }) | null
  const write = (req.context[WRITE_KIND] as ContentWrite | undefined) ?? (operation === 'create' ? 'create' : 'update')

  let editors: Id[]
  let before: null | StoredItem = null
  if (operation === 'create') {
    // A duplicate is judged against the item it copies (any state, any unit the writer may read); a create is new.
    const source = write === 'duplicate' ? await findItem({ collection: slug, draft: true, id: req.context[DUPLICATED_FROM] as Id, req }) : null
    const decision =
      write === 'duplicate'
        ? decideContentWrite({ actor, itemUnit: idOf(source?.unit as never), state: source?.workflowStatus ?? 'draft', write })
        : decideContentWrite({ actor, itemUnit: data.unit as Id, state: 'new', write: 'create' })
    if (!decision.allowed) refusal(decision)
    data.author = actor!.id
    data.unit = isAdminUser(actor) ? (data.unit ?? unitIdOf(actor)) : unitIdOf(actor)
    data.workflowStatus = 'draft'
    data.version = 0
    for (const field of WORKFLOW_OWNED.filter((f) => f !== 'version')) data[field] = null
    editors = [actor!.id]
  } else {
    const id = (originalDoc?.id ?? data.id) as Id
    const { isLive, latest } = await readLockedItem({ collection: slug, id, req })
    if (!latest) throw new Refusal('Không tìm thấy tin bài / Item not found', 404, null)
    before = latest
    const state = latest.workflowStatus ?? 'draft'
    const restored = req.context[RESTORED_VERSION] as RestoredVersion | undefined
    const decision = decideContentWrite({ actor, isLive, itemUnit: idOf(latest.unit as never), restoreAsDraft: restored?.asDraft, state, write })
    if (!decision.allowed) refusal(decision, state)
    if (decision.kind === 'delete' || decision.kind === 'new-draft') throw new Error(`unexpected ${decision.kind} for ${write}`)
    editors = editorsAfter({ before: latest.editedBy, effect: decision, writer: actor!.id })
    data.author = latest.author ?? null
    data.unit = isAdminUser(actor) && data.unit ? data.unit : (latest.unit ?? null)
    data.workflowStatus = decision.state
    for (const field of WORKFLOW_OWNED) data[field] = latest[field] ?? null
  }
  // Media newly attached must be media the writer may read: nobody attaches another unit's unpublished files by id.
  // (Payload skips field validation on drafts, and user writes are drafts, so this is checked here.)
  const shown = mediaIdsOf(slug, data)
  const attached = shown.filter((id) => !mediaIdsOf(slug, before).includes(id))
  if (attached.length) {
    const { totalDocs } = await req.payload.count({ collection: 'media', overrideAccess: false, req, user: req.user, where: { id: { in: attached } } })
    if (totalDocs < attached.length) {
      throw new Refusal('Không tìm thấy tư liệu hoặc bạn không được dùng tư liệu này / Media not found, or not yours to use', 400, { fields: MEDIA_FIELDS[slug] })
    }
  }
  // Each field takes media of its own kinds (a recording is MP3, a hero image a picture), checked here for the same reason.
  await refuseWrongMedia({ before, data, req, slug })
  // Everyone whose words or pictures make up this version: the writer, who wrote what a restore or duplicate
  // brings back, and who uploaded or changed the media it shows.
  const carried = await writersCarriedOver({ collection: slug, req })
  const pictured = await mediaWritersOf({ ids: shown, req })
  data.editedBy = [...new Map([...editors, ...carried, ...pictured].map((id) => [String(id), id])).values()]
  data._status = 'draft'
  return data
}

async function refuseWrongMedia({ before, data, req, slug }: { before: null | Record<string, unknown> | undefined; data: Record<string, unknown>; req: PayloadRequest; slug: ReviewedCollection }): Promise<void> {
  const attached = MEDIA_FIELDS[slug].flatMap((field) => mediaIdsOf(slug, { [field]: data[field] }).filter((id) => !mediaIdsOf(slug, { [field]: before?.[field] }).includes(id)).map((id) => ({ field, id })))
  if (!attached.length) return
  const { docs } = await req.payload.find({ collection: 'media', depth: 0, limit: 0, overrideAccess: true, pagination: false, req, select: { mimeType: true }, where: { id: { in: attached.map((a) => a.id) } } })
  const typeOf = new Map(docs.map((doc) => [String(doc.id), doc.mimeType]))
  const fields = fieldsWithWrongMedia({ collection: slug, shown: attached.map(({ field, id }) => ({ field, mimeType: typeOf.get(id) })) })
  if (fields.length) throw new Refusal(describeWrongMedia(fields, req.i18n?.language === 'en' ? 'en' : 'vi'), 400, { fields })
}

export const guardContentDelete: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  if (!isUserWrite(req)) return
  const slug = collection.slug as ReviewedCollection
  const { isLive, latest } = await readLockedItem({ collection: slug, id, req })
  if (!latest) return
  const state = latest.workflowStatus ?? 'draft'
  const decision = decideContentWrite({ actor: req.user as Actor | null, isLive, itemUnit: idOf(latest.unit as never), state, write: 'delete' })
  if (!decision.allowed) refusal(decision, isLive ? 'published' : state)
}
