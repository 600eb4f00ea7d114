// Which workflow buttons to offer a user on an item, from the same pure rules the server enforces, and why one is
// shown disabled.
import type { WorkflowState } from '../../content/vocabulary'
import { canReview, idOf } from '../../access/roles'
import { authorizeAction, isOwnWork, reviewsUnit, type WorkflowActor, type WorkflowSubject } from '../../workflow/permissions'
import { actionsFrom, type WorkflowAction } from '../../workflow/stateMachine'

type Words = { en: string; vi: string }

export type ActionChoice =
  /** `isShown`: the user would expect the button here (a reviewer on their own item), so it is shown disabled with `why`. */
  | { action: WorkflowAction; allowed: false; isShown: boolean; reason: string; why: Words }
  | { action: WorkflowAction; allowed: true }

const same = (a: null | number | string, b: null | number | string) => a !== null && b !== null && String(a) === String(b)

/** Four-eyes said to the person it stops: whether they wrote the item or edited it. */
export const ownWorkWords = (actor: WorkflowActor, item: WorkflowSubject): Words =>
  same(actor.id, idOf(item.author))
    ? { en: 'You wrote this item; someone else must approve it.', vi: 'Bạn là người viết bài này; người khác phải duyệt.' }
    : { en: 'You edited this version; someone else must approve it.', vi: 'Bạn đã sửa phiên bản này; người khác phải duyệt.' }

/** A bilingual server reason ("vi / en") as words. */
const wordsOf = (reason: string): Words => {
  const [vi, en] = reason.split(' / ')
  return { en: en ?? reason, vi: vi ?? reason }
}

/**
 * The state's actions with the user's permission for each. `isLive` adds withdraw while a correction of a
 * published item is being drafted, as the server allows it then.
 */
export function availableActions({
  actor,
  isLive = false,
  item,
  state,
}: {
  actor: null | WorkflowActor | undefined
  isLive?: boolean
  item: WorkflowSubject
  state: WorkflowState
}): ActionChoice[] {
  if (!actor) return []
  const actions = actionsFrom(state)
  if (isLive && !actions.includes('withdraw')) actions.push('withdraw')
  return actions.map((action): ActionChoice => {
    const decision = authorizeAction({ action, actor, item })
    if (decision.allowed) return { action, allowed: true }
    // Only four-eyes stops someone who otherwise decides on this item: they are told why instead of seeing nothing.
    const isFourEyes = action === 'approve' && canReview(actor) && reviewsUnit(actor, idOf(item.unit)) && isOwnWork(actor, item)
    return {
      action,
      allowed: false,
      isShown: isFourEyes,
      reason: decision.reason,
      why: isFourEyes ? ownWorkWords(actor, item) : wordsOf(decision.reason),
    }
  })
}

/** The actions to show as buttons: only those the user may take now. */
export const allowedActions = (choices: ActionChoice[]): WorkflowAction[] =>
  choices.filter((choice) => choice.allowed).map((choice) => choice.action)

/** The buttons to show: the allowed ones and those shown disabled with their reason. */
export const shownActions = (choices: ActionChoice[]): ActionChoice[] => choices.filter((choice) => choice.allowed || choice.isShown)
