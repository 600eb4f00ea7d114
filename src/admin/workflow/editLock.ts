// Whether an item's edit form is open for writing in its state, why not, and which action would make it editable.
// Pure: the states the server's write table refuses edits in (src/workflow/writeRules.ts), and a live item until a
// correction is chosen.
import type { WorkflowState } from '../../content/vocabulary'
import { canAuthor, idOf, isAdminUser, unitIdOf } from '../../access/roles'
import { authorizeAction, type WorkflowActor, type WorkflowSubject } from '../../workflow/permissions'

type Words = { en: string; vi: string }

/** What makes the item editable again: a workflow action, or (on a live item) starting a correction in the form. */
export type Unlock = 'correction' | 'recall' | 'reopen' | 'withdraw'

export type EditLock =
  | { isLocked: false }
  | {
      isLocked: true
      /** Why the form is read-only. */
      why: Words
      unlock: Unlock
      /** Whether this user may take `unlock`; if not, `hint` says who may. */
      mayUnlock: boolean
      hint: Words
    }

const WHY: Record<Exclude<WorkflowState, 'changes_requested' | 'draft'>, Words> = {
  in_review: { en: 'This item is waiting for review, so it cannot be edited.', vi: 'Tin bài đang chờ duyệt nên không sửa được.' },
  published: {
    en: 'This item is published. Editing it starts a correction: the published version stays live until the correction is approved.',
    vi: 'Tin bài đang được đăng. Sửa sẽ tạo bản đính chính: bản đang đăng giữ nguyên cho đến khi bản đính chính được duyệt.',
  },
  scheduled: {
    en: 'This item is approved and waiting for its publication time, so it cannot be edited.',
    vi: 'Tin bài đã được duyệt và đang chờ đến giờ đăng nên không sửa được.',
  },
  withdrawn: { en: 'This item has been withdrawn, so it cannot be edited.', vi: 'Tin bài đã bị gỡ nên không sửa được.' },
}

const UNLOCK: Record<Exclude<WorkflowState, 'changes_requested' | 'draft'>, Unlock> = {
  in_review: 'recall',
  published: 'correction',
  scheduled: 'withdraw',
  withdrawn: 'reopen',
}

const HINT: Record<Unlock, { may: Words; mayNot: Words }> = {
  correction: {
    may: { en: 'Start a correction to edit it.', vi: 'Bấm “Soạn bản đính chính” để sửa.' },
    mayNot: { en: "Only the unit's editors may correct it.", vi: 'Chỉ biên tập viên của đơn vị được soạn bản đính chính.' },
  },
  recall: {
    may: { en: 'Recall it to edit it again; it then has to be submitted again.', vi: 'Thu hồi để sửa tiếp; sau đó cần gửi duyệt lại.' },
    mayNot: { en: "A reviewer decides on it; the unit's editors may recall it.", vi: 'Người duyệt sẽ quyết định; biên tập viên của đơn vị có thể thu hồi để sửa.' },
  },
  reopen: {
    may: { en: 'Reopen it as a draft to edit it.', vi: 'Mở lại thành bản nháp để sửa.' },
    mayNot: { en: 'A reviewer may reopen it as a draft.', vi: 'Người duyệt có thể mở lại thành bản nháp.' },
  },
  withdraw: {
    may: { en: 'To change it, withdraw it (with a note), then reopen it as a draft.', vi: 'Muốn sửa, hãy gỡ tin (kèm ghi chú) rồi mở lại thành bản nháp.' },
    mayNot: { en: 'To change it, ask a reviewer to withdraw it and reopen it as a draft.', vi: 'Muốn sửa, hãy đề nghị người duyệt gỡ tin rồi mở lại thành bản nháp.' },
  },
}

/** Whether `actor` may write the item's content at all (its unit's editors and admins), as the write table says. */
const writesItem = (actor: WorkflowActor, item: WorkflowSubject): boolean =>
  isAdminUser(actor) || (canAuthor(actor) && unitIdOf(actor) !== null && String(unitIdOf(actor)) === String(idOf(item.unit)))

/**
 * The form's lock for the latest version's `state`. A published item's form opens only once the user chooses to
 * correct it (`isCorrecting`), so a correction is never started by accident.
 */
export function editLock({
  actor,
  isCorrecting = false,
  item,
  state,
}: {
  actor: null | WorkflowActor | undefined
  isCorrecting?: boolean
  item: WorkflowSubject
  state: WorkflowState
}): EditLock {
  if (state === 'draft' || state === 'changes_requested') return { isLocked: false }
  if (state === 'published' && isCorrecting) return { isLocked: false }
  const unlock = UNLOCK[state]
  const mayUnlock = Boolean(actor) && (unlock === 'correction' ? writesItem(actor!, item) : authorizeAction({ action: unlock, actor: actor!, item }).allowed)
  return { hint: mayUnlock ? HINT[unlock].may : HINT[unlock].mayNot, isLocked: true, mayUnlock, unlock, why: WHY[state] }
}
