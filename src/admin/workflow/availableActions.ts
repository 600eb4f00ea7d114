// Which workflow buttons to offer a user on an item, from the same pure rules the server enforces.
import type { WorkflowState } from '../../content/vocabulary'
import { authorizeAction, type WorkflowActor, type WorkflowSubject } from '../../workflow/permissions'
import { actionsFrom, type WorkflowAction } from '../../workflow/stateMachine'

export type ActionChoice = { action: WorkflowAction; allowed: false; reason: string } | { action: WorkflowAction; allowed: true }

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
  return actions.map((action) => {
    const decision = authorizeAction({ action, actor, item })
    return decision.allowed ? { action, allowed: true } : { action, allowed: false, reason: decision.reason }
  })
}

/** The actions to show as buttons: only those the user may take now. */
export const allowedActions = (choices: ActionChoice[]): WorkflowAction[] =>
  choices.filter((choice) => choice.allowed).map((choice) => choice.action)
