// Who may write a content item or a media file, from which state, through which Payload path, and who becomes
// an editor of the version that results: the one table every write guard consults. Pure, no Payload import.
import type { WorkflowState } from '../content/vocabulary'

import { canAuthor, canReview, idOf, isAdminUser, type RoleHolder, unitIdOf } from '../access/roles'
import { EDITABLE_STATES } from './stateMachine'

type Id = number | string

/** What a write does to a content item (an article, talking points, a brief, a slogan or a bulletin). */
export const CONTENT_WRITES = ['create', 'duplicate', 'update', 'restore', 'delete'] as const
export type ContentWrite = (typeof CONTENT_WRITES)[number]

/** What a write does to a media document; replacing its file is an `update` with a file. */
export const MEDIA_WRITES = ['create', 'update', 'delete'] as const
export type MediaWrite = (typeof MEDIA_WRITES)[number]

/**
 * Every way a client can reach those writes in Payload 3.90, read from its operations
 * (node_modules/payload/dist/collections/operations/*.js: each calls the collection's beforeOperation hooks with
 * the `operation` named here, then beforeChange/beforeDelete per document) and their REST, GraphQL and Local API
 * entry points. The admin UI uses the REST paths. Server code that passes `overrideAccess: true` is trusted and
 * not listed. tests/integration/write-paths.test.ts drives each path against the table below.
 */
export const WRITE_PATHS = [
  { api: 'rest', call: 'POST /api/{collection}', operation: 'create', write: 'create' },
  { api: 'rest', call: 'POST /api/{collection}/{id}/duplicate', operation: 'create', write: 'duplicate' },
  { api: 'rest', call: 'PATCH /api/{collection}/{id}', operation: 'update', write: 'update' },
  { api: 'rest', call: 'PATCH /api/{collection}/{id}?autosave=true', operation: 'update', write: 'update' },
  { api: 'rest', call: 'PATCH /api/{collection}?where=…', operation: 'update', write: 'update' },
  // REST restores of reviewed items are made drafts (src/http/app.ts), as the admin's Restore button needs.
  { api: 'rest', call: 'POST /api/{collection}/versions/{versionId}', operation: 'restoreVersion', restoreAsDraft: true, write: 'restore' },
  { api: 'rest', call: 'DELETE /api/{collection}/{id}', operation: 'delete', write: 'delete' },
  { api: 'rest', call: 'DELETE /api/{collection}?where=…', operation: 'delete', write: 'delete' },
  { api: 'graphql', call: 'create{Item}', operation: 'create', write: 'create' },
  { api: 'graphql', call: 'duplicate{Item}', operation: 'create', write: 'duplicate' },
  { api: 'graphql', call: 'update{Item}', operation: 'update', write: 'update' },
  { api: 'graphql', call: 'restoreVersion{Item}(draft: true)', operation: 'restoreVersion', restoreAsDraft: true, write: 'restore' },
  { api: 'graphql', call: 'restoreVersion{Item}(draft: false)', operation: 'restoreVersion', restoreAsDraft: false, write: 'restore' },
  { api: 'graphql', call: 'delete{Item}', operation: 'delete', write: 'delete' },
  { api: 'local', call: 'payload.create', operation: 'create', write: 'create' },
  { api: 'local', call: 'payload.duplicate', operation: 'create', write: 'duplicate' },
  { api: 'local', call: 'payload.update({ id })', operation: 'update', write: 'update' },
  { api: 'local', call: 'payload.update({ where })', operation: 'update', write: 'update' },
  // Payload 3.90's Local API restoreVersion has no draft option: it always restores over the main document.
  { api: 'local', call: 'payload.restoreVersion', operation: 'restoreVersion', restoreAsDraft: false, write: 'restore' },
  { api: 'local', call: 'payload.delete', operation: 'delete', write: 'delete' },
] as const satisfies readonly { api: 'graphql' | 'local' | 'rest'; call: string; operation: string; restoreAsDraft?: boolean; write: ContentWrite }[]

/** Who is writing, seen from the item: the roles and unit that decide every rule below. */
export const WRITERS = ['anonymous', 'admin', 'unit-editor', 'other-editor', 'reviewer'] as const
export type Writer = (typeof WRITERS)[number]

export type Actor = RoleHolder & { id: Id }

/** Editors are `unit-editor` for their own unit's items, `other-editor` for the rest; reviewers who do not edit are `reviewer`. */
export function writerOf(actor: Actor | null | undefined, itemUnit: Id | null | undefined): Writer {
  // Stryker disable next-line ConditionalExpression: equivalent, a missing actor has no roles, so the checks below return 'anonymous' for it too
  if (!actor) return 'anonymous'
  if (isAdminUser(actor)) return 'admin'
  if (canAuthor(actor)) return itemUnit != null && String(unitIdOf(actor)) === String(itemUnit) ? 'unit-editor' : 'other-editor'
  return canReview(actor) ? 'reviewer' : 'anonymous'
}

/** The state a write finds the item in; `new` for a create, `live` is told apart by `isLive` (a correction keeps it live). */
export type ItemState = 'new' | WorkflowState

type Rule = { states: readonly ItemState[]; writers: readonly Writer[] }

const ANY_STATE: readonly ItemState[] = ['draft', 'in_review', 'changes_requested', 'scheduled', 'published', 'withdrawn']

/**
 * The table. Editing (update, restore) is refused while an item is in review, scheduled or withdrawn; delete is for
 * admins, and never while a version of the item is live, waiting for a decision or scheduled (withdraw it first).
 * A duplicate is a new item in the duplicator's unit, so any editor who may read the source may make one.
 */
export const CONTENT_WRITE_RULES: Record<ContentWrite, Rule> = {
  create: { states: ['new'], writers: ['admin', 'unit-editor'] },
  duplicate: { states: ANY_STATE, writers: ['admin', 'unit-editor', 'other-editor'] },
  update: { states: EDITABLE_STATES, writers: ['admin', 'unit-editor'] },
  restore: { states: EDITABLE_STATES, writers: ['admin', 'unit-editor'] },
  delete: { states: ['draft', 'changes_requested', 'withdrawn'], writers: ['admin'] },
}

/** What becomes of the item's pending version when a write is allowed. */
export type WriteEffect =
  /** A new item: the writer is its only editor, in draft. */
  | { editors: 'writer-only'; kind: 'new-draft' }
  /** An edit of a pending version: the writer joins its editors, the state stays. */
  | { editors: 'add-writer'; kind: 'edit'; state: WorkflowState }
  /**
   * An edit of a live item: a correction draft; the live version stays. Its text is the live text with the writer's
   * changes, so the live text's writers remain its writers and the writer joins them.
   */
  | { editors: 'add-writer'; kind: 'correction'; state: 'draft' }
  | { kind: 'delete' }

export type WriteDecision = { allowed: false; reason: string; status: 401 | 403 | 409 } | ({ allowed: true } & WriteEffect)

const refuse = (status: 401 | 403 | 409, vi: string, en: string): WriteDecision => ({ allowed: false, reason: `${vi} / ${en}`, status })

export const STATE_NAMES: Record<WorkflowState, [string, string]> = {
  changes_requested: ['yêu cầu sửa', 'changes requested'],
  draft: ['bản nháp', 'draft'],
  in_review: ['chờ duyệt', 'in review'],
  published: ['đã đăng', 'published'],
  scheduled: ['đã duyệt, chờ đăng', 'scheduled'],
  withdrawn: ['đã gỡ', 'withdrawn'],
}

/**
 * Decides one write of a content item. `state` is the item's latest version as read under the item's lock;
 * `isLive` says whether a published version is live (then an edit starts a correction).
 */
export function decideContentWrite({
  actor,
  isLive = false,
  itemUnit,
  restoreAsDraft = true,
  state,
  write,
}: {
  actor: Actor | null | undefined
  isLive?: boolean
  itemUnit: Id | null | undefined
  /** A restore that is not a draft writes over the main document, which on a live item would change what is live. */
  restoreAsDraft?: boolean
  state: ItemState
  write: ContentWrite
}): WriteDecision {
  const writer = writerOf(actor, write === 'create' && actor && !isAdminUser(actor) ? unitIdOf(actor) : itemUnit)
  if (writer === 'anonymous') return refuse(401, 'Cần đăng nhập', 'Log in first')
  const rule = CONTENT_WRITE_RULES[write]
  if (!rule.writers.includes(writer)) {
    if (write === 'delete') return refuse(403, 'Chỉ quản trị viên được xóa tin bài', 'Only administrators delete items')
    if (writer === 'other-editor') return refuse(403, 'Tin bài không thuộc đơn vị của bạn', 'This item does not belong to your unit')
    return refuse(403, 'Chỉ biên tập viên được soạn, sửa hoặc khôi phục tin bài', 'Only editors write, edit or restore items')
  }
  // A live item is deleted only after it is withdrawn; its live version counts whatever the pending one is.
  const effective: ItemState = write === 'delete' && isLive ? 'published' : state
  if (!rule.states.includes(effective)) {
    const [vi, en] = effective === 'new' ? ['mới', 'new'] : STATE_NAMES[effective]
    if (write === 'delete') {
      return refuse(409, `Không xóa được tin bài “${vi}”; hãy gỡ trước`, `Cannot delete an item that is ${en}; withdraw it first`)
    }
    return refuse(409, `Không sửa được khi đang ở trạng thái “${vi}”`, `Cannot edit while the item is ${en}`)
  }
  if (write === 'restore' && isLive && !restoreAsDraft) {
    return refuse(409, 'Bài đang đăng: chỉ khôi phục được thành bản nháp (đính chính)', 'The item is live: restore a version as a draft (a correction)')
  }
  switch (write) {
    case 'create':
    case 'duplicate':
      return { allowed: true, editors: 'writer-only', kind: 'new-draft' }
    case 'delete':
      return { allowed: true, kind: 'delete' }
    case 'restore':
    case 'update':
      return state === 'published'
        ? { allowed: true, editors: 'add-writer', kind: 'correction', state: 'draft' }
        : { allowed: true, editors: 'add-writer', kind: 'edit', state: state as WorkflowState }
  }
}

/**
 * Writers of the version after an allowed write: the writer alone for a new item, otherwise the writer added to
 * those before. Writers only accumulate over an item's life (publication does not clear them): whoever wrote any
 * of a version's text never approves it, however many approvals ago they wrote it.
 */
export function editorsAfter({ before, effect, writer }: { before: (Id | { id: Id })[] | null | undefined; effect: WriteEffect; writer: Id }): Id[] {
  if (effect.kind === 'delete') return []
  const previous = effect.editors === 'add-writer' ? (before ?? []).map((e) => idOf(e) as Id) : []
  const seen = new Set(previous.map(String))
  return seen.has(String(writer)) ? previous : [...previous, writer]
}

// --- Media -------------------------------------------------------------------------------------------------

/**
 * How media is used, strictest first: by a live version, by a version waiting for a decision or scheduled, only
 * by pending drafts (which the writer then joins as an editor), or not at all.
 */
export const MEDIA_USES = ['live', 'review', 'draft', 'none'] as const
export type MediaUse = (typeof MEDIA_USES)[number]

/** The use that decides a media write: a live or pending item in review outranks a draft. */
export function strictestUse(uses: MediaUse[]): MediaUse {
  return MEDIA_USES.find((use) => uses.includes(use)) ?? 'none'
}

/** How a media document is used by one item: its live version, and its latest version in that state. */
export function mediaUseOf({ inLatest, inLive, latestState }: { inLatest: boolean; inLive: boolean; latestState: WorkflowState }): MediaUse {
  if (inLive) return 'live'
  if (!inLatest) return 'none'
  if (latestState === 'in_review' || latestState === 'scheduled') return 'review'
  if (latestState === 'published') return 'live'
  return 'draft'
}

type MediaRule = { uses: readonly MediaUse[]; writers: readonly Writer[] }

/**
 * Media belongs to a unit: its editors and admins upload, change and delete it. What a live, scheduled or in-review
 * version shows cannot change in place (a new file is a new media document that goes live with the next approved
 * version); deleting is refused while any version still uses it.
 */
export const MEDIA_WRITE_RULES: Record<MediaWrite, MediaRule> = {
  create: { uses: ['none'], writers: ['admin', 'unit-editor'] },
  delete: { uses: ['none'], writers: ['admin', 'unit-editor'] },
  update: { uses: ['draft', 'none'], writers: ['admin', 'unit-editor'] },
}

export type MediaWriteDecision =
  | { allowed: false; reason: string; status: 401 | 403 | 409 }
  | { allowed: true; joinsDrafts: boolean }

export function decideMediaWrite({
  actor,
  mediaUnit,
  use,
  write,
}: {
  actor: Actor | null | undefined
  mediaUnit: Id | null | undefined
  use: MediaUse
  write: MediaWrite
}): MediaWriteDecision {
  const writer = writerOf(actor, write === 'create' && actor && !isAdminUser(actor) ? unitIdOf(actor) : mediaUnit)
  if (writer === 'anonymous') return { allowed: false, reason: 'Cần đăng nhập / Log in first', status: 401 }
  const rule = MEDIA_WRITE_RULES[write]
  if (!rule.writers.includes(writer)) {
    return {
      allowed: false,
      reason: 'Chỉ biên tập viên của đơn vị sở hữu tư liệu và quản trị viên được thay đổi tư liệu / Only the owning unit’s editors and administrators change media',
      status: 403,
    }
  }
  if (!rule.uses.includes(use)) {
    const reason =
      write === 'delete'
        ? 'Tư liệu đang được dùng trong tin bài; gỡ khỏi tin bài trước khi xóa / This media is used by an item; remove it from the item first'
        : 'Tư liệu đang được dùng trong tin bài đã đăng, đang chờ duyệt hoặc chờ đăng; hãy tải lên tệp mới và gắn vào tin bài / This media is used by an item that is live, in review or scheduled; upload a new file and attach it to the item'
    return { allowed: false, reason, status: 409 }
  }
  return {
    allowed: true,
    joinsDrafts:
      use === 'draft' &&
      // Stryker disable next-line ConditionalExpression: equivalent, only an update is allowed on media used by drafts (create and delete need `none`)
      write === 'update',
  }
}
