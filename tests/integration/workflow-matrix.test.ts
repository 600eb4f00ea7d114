// Every workflow action × every state × every kind of person, over REST.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { WORKFLOW_STATES, type WorkflowState } from '../../src/content/vocabulary'
import { WORKFLOW_ACTIONS, type WorkflowAction } from '../../src/workflow/stateMachine'
import { startWorkflowWorld, type WorkflowWorld } from '../helpers/workflow'

// The item is written by editor@ (unit STTTT). chief@ reviews but did not write it.
const ACTORS = ['anonymous', 'editor', 'editor2', 'reviewer', 'admin', 'chief'] as const
type Actor = (typeof ACTORS)[number]

const ALLOWED_FROM: Record<WorkflowAction, WorkflowState[]> = {
  approve: ['in_review'],
  recall: ['in_review'],
  reopen: ['withdrawn'],
  'request-changes': ['in_review'],
  submit: ['draft', 'changes_requested'],
  withdraw: ['published', 'scheduled'],
}
const MAY: Record<WorkflowAction, Actor[]> = {
  approve: ['reviewer', 'admin', 'chief'],
  recall: ['editor', 'admin'],
  reopen: ['reviewer', 'admin', 'chief'],
  'request-changes': ['reviewer', 'admin', 'chief'],
  submit: ['editor', 'admin'],
  withdraw: ['reviewer', 'admin', 'chief'],
}
const RESULT: Record<WorkflowAction, WorkflowState> = {
  approve: 'published',
  recall: 'draft',
  reopen: 'draft',
  'request-changes': 'changes_requested',
  submit: 'in_review',
  withdraw: 'withdrawn',
}
/** editor2 (another unit) can see only what is live. */
const VISIBLE_TO_OTHER_UNIT: WorkflowState[] = ['published']

function expected(action: WorkflowAction, state: WorkflowState, actor: Actor): { status: number; to?: WorkflowState } {
  if (actor === 'anonymous') return { status: 401 }
  if (actor === 'editor2' && !VISIBLE_TO_OTHER_UNIT.includes(state)) return { status: 404 }
  if (!MAY[action].includes(actor)) return { status: 403 }
  if (!ALLOWED_FROM[action].includes(state)) return { status: 409 }
  return { status: 200, to: RESULT[action] }
}

const cases = WORKFLOW_ACTIONS.flatMap((action) =>
  WORKFLOW_STATES.flatMap((state) => ACTORS.map((actor) => ({ action, actor, state, ...expected(action, state, actor) }))),
)

describe('workflow transitions × states × people', () => {
  let w: WorkflowWorld
  beforeAll(async () => {
    w = await startWorkflowWorld('matrix')
  })
  afterAll(async () => w?.stop())

  it.each(cases)('$actor: $action from $state → $status', async ({ action, actor, state, status, to }) => {
    const item = await w.articleIn(state)
    const eventsBefore = (await w.t.payload.count({ collection: 'workflow-events', overrideAccess: true, where: { itemId: { equals: String(item.id) } } })).totalDocs
    const note = action === 'request-changes' || action === 'withdraw' ? { note: 'Ghi chú của người duyệt' } : {}
    const res = await w.act(actor, item.id, { action, ...note })
    expect(res.status, JSON.stringify(res.body)).toBe(status)
    const latest = await w.t.payload.findByID({ collection: 'articles', draft: true, id: item.id, overrideAccess: true })
    const eventsAfter = (await w.t.payload.count({ collection: 'workflow-events', overrideAccess: true, where: { itemId: { equals: String(item.id) } } })).totalDocs
    if (status === 200) {
      expect(res.body.doc.workflowStatus).toBe(to)
      expect(latest.workflowStatus).toBe(to)
      expect(eventsAfter).toBe(eventsBefore + 1)
    } else {
      expect(typeof res.body.error).toBe('string')
      expect(latest.workflowStatus).toBe(state)
      expect(eventsAfter).toBe(eventsBefore)
      if (status === 409) expect(res.body).toMatchObject({ action, from: state })
    }
  })
})
