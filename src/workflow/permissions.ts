// Who may take which workflow action on which item, including four-eyes; pure, with reasons in both languages.
import { canAuthor, canReview, hasRole, idOf, isAdminUser, type RoleHolder, unitIdOf } from '../access/roles'
import type { WorkflowAction } from './stateMachine'

type Id = number | string
type Relation = { id: Id } | Id

export type WorkflowActor = RoleHolder & { id: Id; reviewUnits?: null | Relation[] }

export type WorkflowSubject = {
  author?: null | Relation
  /** Everyone who created or edited the version awaiting a decision. */
  editedBy?: null | Relation[]
  unit?: null | Relation
}

export type Authorization = { allowed: false; reason: string } | { allowed: true }

const same = (a: Id | null, b: Id | null) => a !== null && b !== null && String(a) === String(b)

const refuse = (vi: string, en: string): Authorization => ({ allowed: false, reason: `${vi} / ${en}` })

/** Four-eyes: nobody approves a version they created or edited, admins included. */
export const isOwnWork = (actor: WorkflowActor, item: WorkflowSubject): boolean =>
  same(actor.id, idOf(item.author)) ||
  // Stryker disable next-line ArrayDeclaration: equivalent, a made-up entry matches no real user id
  (item.editedBy ?? []).some((editor) => same(actor.id, idOf(editor)))

/** A reviewer with review units set decides only for those units; without, for every unit. */
export const reviewsUnit = (actor: WorkflowActor, unit: Id | null): boolean => {
  if (isAdminUser(actor)) return true
  const units = (actor.reviewUnits ?? []).map((u) => idOf(u))
  return units.length === 0 || units.some((u) => same(u, unit))
}

export function authorizeAction({
  action,
  actor,
  item,
}: {
  action: WorkflowAction
  actor: WorkflowActor
  item: WorkflowSubject
}): Authorization {
  const unit = idOf(item.unit)
  if (action === 'submit' || action === 'recall') {
    if (!canAuthor(actor)) {
      return action === 'submit'
        ? refuse('Chỉ biên tập viên được gửi duyệt', 'Only editors may submit for review')
        : refuse('Chỉ biên tập viên của đơn vị được rút lại tin bài', "Only the unit's editors may recall an item")
    }
    if (!isAdminUser(actor) && !same(unitIdOf(actor), unit)) {
      return refuse('Tin bài không thuộc đơn vị của bạn', 'This item does not belong to your unit')
    }
    return { allowed: true }
  }
  if (!canReview(actor)) return refuse('Chỉ người duyệt được thực hiện thao tác này', 'Only reviewers may do this')
  if (!reviewsUnit(actor, unit)) {
    return refuse('Bạn không được phân công duyệt tin bài của đơn vị này', "You do not review this unit's items")
  }
  if (action === 'approve' && isOwnWork(actor, item)) {
    return refuse(
      'Nguyên tắc bốn mắt: không ai được duyệt phiên bản do chính mình soạn hoặc sửa',
      'Four-eyes rule: nobody may approve a version they created or edited',
    )
  }
  return { allowed: true }
}

/** Editors act on their own unit only; used to decide whether to say 404 rather than 403. */
export const isEditorOfUnit = (actor: WorkflowActor, unit: Id | null): boolean =>
  hasRole(actor, 'editor') && same(unitIdOf(actor), unit)
