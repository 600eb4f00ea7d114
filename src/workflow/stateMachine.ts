// The review workflow's states and transitions, as a pure function of (state, action, time).
import type { WorkflowState } from '../content/vocabulary'

export const WORKFLOW_ACTIONS = ['submit', 'recall', 'approve', 'request-changes', 'withdraw', 'reopen'] as const
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]

/** States in which the item's content may still be edited (a published item is edited as a correction). */
export const EDITABLE_STATES: readonly WorkflowState[] = ['draft', 'changes_requested', 'published']

const FROM: Record<WorkflowAction, readonly WorkflowState[]> = {
  approve: ['in_review'],
  /** An editor takes back what they sent, before anyone decides on it. */
  recall: ['in_review'],
  reopen: ['withdrawn'],
  'request-changes': ['in_review'],
  submit: ['draft', 'changes_requested'],
  withdraw: ['published', 'scheduled'],
}

export const requiresNote = (action: WorkflowAction): boolean => action === 'request-changes' || action === 'withdraw'

export type Transition = { ok: false } | { ok: true; to: WorkflowState }

/** Where `action` leads from `from`; approval leads to `scheduled` while the embargo (`publishAt`) lies ahead. */
export function transition({
  action,
  from,
  now,
  publishAt,
}: {
  action: WorkflowAction
  from: WorkflowState
  now: Date
  publishAt?: Date | null
}): Transition {
  if (!FROM[action].includes(from)) return { ok: false }
  switch (action) {
    case 'approve':
      return { ok: true, to: publishAt && publishAt.getTime() > now.getTime() ? 'scheduled' : 'published' }
    case 'recall':
    case 'reopen':
      return { ok: true, to: 'draft' }
    case 'request-changes':
      return { ok: true, to: 'changes_requested' }
    case 'submit':
      return { ok: true, to: 'in_review' }
    case 'withdraw':
      return { ok: true, to: 'withdrawn' }
  }
}

/** The actions the state allows at all, before asking who may take them. */
export const actionsFrom = (state: WorkflowState): WorkflowAction[] =>
  WORKFLOW_ACTIONS.filter((action) => FROM[action].includes(state))
