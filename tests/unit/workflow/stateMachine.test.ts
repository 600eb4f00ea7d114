// The state machine, cell by cell: every action from every state, the embargo edges, and which actions need a note.
import { describe, expect, it } from 'vitest'

import { WORKFLOW_STATES, type WorkflowState } from '../../../src/content/vocabulary'
import { actionsFrom, EDITABLE_STATES, requiresNote, transition, WORKFLOW_ACTIONS, type WorkflowAction } from '../../../src/workflow/stateMachine'

// Written out from the README's diagram, not from the module: where each action leads from each state ('-': refused).
type Cell = '-' | WorkflowState
const S = ['draft', 'in_review', 'changes_requested', 'scheduled', 'published', 'withdrawn'] as const
const row = (...cells: Cell[]) => Object.fromEntries(S.map((state, i) => [state, cells[i]!])) as Record<WorkflowState, Cell>
//                                       draft        in_review            changes_requested  scheduled     published     withdrawn
const SPEC: Record<WorkflowAction, Record<WorkflowState, Cell>> = {
  submit: row(                           'in_review', '-',                 'in_review',       '-',          '-',          '-'),
  recall: row(                           '-',         'draft',             '-',               '-',          '-',          '-'),
  approve: row(                          '-',         'published',         '-',               '-',          '-',          '-'),
  'request-changes': row(                '-',         'changes_requested', '-',               '-',          '-',          '-'),
  withdraw: row(                         '-',         '-',                 '-',               'withdrawn',  'withdrawn',  '-'),
  reopen: row(                           '-',         '-',                 '-',               '-',          '-',          'draft'),
}

const NOW = new Date('2026-03-01T08:00:00.000Z')
const at = (ms: number) => new Date(NOW.getTime() + ms)

describe('the workflow state machine', () => {
  it('covers every state and action the vocabulary names', () => {
    expect([...S].sort()).toEqual([...WORKFLOW_STATES].sort())
    expect(Object.keys(SPEC).sort()).toEqual([...WORKFLOW_ACTIONS].sort())
  })

  const cells = WORKFLOW_ACTIONS.flatMap((action) => S.map((from) => ({ action, expected: SPEC[action][from], from })))
  it.each(cells)('$action from $from: $expected', ({ action, expected, from }) => {
    const result = transition({ action, from, now: NOW })
    expect(result).toEqual(expected === '-' ? { ok: false } : { ok: true, to: expected })
  })

  it.each(S.map((state) => ({ state })))('offers from $state exactly the actions its row allows', ({ state }) => {
    expect(actionsFrom(state)).toEqual(WORKFLOW_ACTIONS.filter((action) => SPEC[action][state] !== '-'))
  })

  it.each([
    { expected: 'scheduled', publishAt: at(1), when: 'one millisecond ahead' },
    { expected: 'scheduled', publishAt: at(86_400_000), when: 'a day ahead' },
    { expected: 'published', publishAt: at(0), when: 'exactly now' },
    { expected: 'published', publishAt: at(-1), when: 'one millisecond past' },
    { expected: 'published', publishAt: null, when: 'empty (null)' },
    { expected: 'published', publishAt: undefined, when: 'not given' },
  ])('approval with an embargo $when leads to $expected', ({ expected, publishAt }) => {
    expect(transition({ action: 'approve', from: 'in_review', now: NOW, publishAt })).toEqual({ ok: true, to: expected })
  })

  it('an embargo does not open any other transition, nor approval outside review', () => {
    for (const action of WORKFLOW_ACTIONS) {
      for (const from of S) {
        const withEmbargo = transition({ action, from, now: NOW, publishAt: at(60_000) })
        if (action === 'approve' && from === 'in_review') expect(withEmbargo).toEqual({ ok: true, to: 'scheduled' })
        else expect(withEmbargo, `${action} from ${from}`).toEqual(transition({ action, from, now: NOW }))
      }
    }
  })

  it.each(WORKFLOW_ACTIONS.map((action) => ({ action })))('$action needs a note only when it sends back or withdraws', ({ action }) => {
    expect(requiresNote(action)).toBe(action === 'request-changes' || action === 'withdraw')
  })

  it('lets content be edited in draft, when changes are requested, and as a correction of a published item only', () => {
    expect([...EDITABLE_STATES].sort()).toEqual(['changes_requested', 'draft', 'published'])
  })
})
