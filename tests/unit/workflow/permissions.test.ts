// Who may take which workflow action, cell by cell: every action × every kind of actor, four-eyes, review units,
// and ids that arrive as numbers from one place and as strings from another.
import { describe, expect, it } from 'vitest'

import { authorizeAction, isEditorOfUnit, isOwnWork, reviewsUnit, type WorkflowActor, type WorkflowSubject } from '../../../src/workflow/permissions'
import { transition, WORKFLOW_ACTIONS, type WorkflowAction } from '../../../src/workflow/stateMachine'
import { WORKFLOW_STATES } from '../../../src/content/vocabulary'

const UNIT = 7
const OTHER_UNIT = 8
const AUTHOR = 100
const EDITOR_OF_VERSION = 101

const ACTORS = {
  admin: { id: 1, roles: ['admin'] },
  'unit-editor': { id: 2, roles: ['editor'], unit: { id: UNIT } },
  'other-editor': { id: 3, roles: ['editor'], unit: OTHER_UNIT },
  'editor-without-unit': { id: 4, roles: ['editor'], unit: null },
  reviewer: { id: 5, roles: ['reviewer'] },
  'unit-reviewer': { id: 6, roles: ['reviewer'], reviewUnits: [UNIT] },
  'other-unit-reviewer': { id: 7, roles: ['reviewer'], reviewUnits: [{ id: OTHER_UNIT }] },
  'no-role': { id: 8, roles: [] },
  'roles-null': { id: 9, roles: null },
  'chief (editor and reviewer)': { id: 10, roles: ['editor', 'reviewer'], unit: UNIT },
} satisfies Record<string, WorkflowActor>
type ActorName = keyof typeof ACTORS

const REASONS = {
  editorsSubmit: 'Chỉ biên tập viên được gửi duyệt / Only editors may submit for review',
  editorsRecall: "Chỉ biên tập viên của đơn vị được rút lại tin bài / Only the unit's editors may recall an item",
  fourEyes: 'Nguyên tắc bốn mắt: không ai được duyệt phiên bản do chính mình soạn hoặc sửa / Four-eyes rule: nobody may approve a version they created or edited',
  notReviewer: 'Chỉ người duyệt được thực hiện thao tác này / Only reviewers may do this',
  notYourUnit: 'Tin bài không thuộc đơn vị của bạn / This item does not belong to your unit',
  notYourReviewUnit: "Bạn không được phân công duyệt tin bài của đơn vị này / You do not review this unit's items",
}
type Cell = 'ok' | keyof typeof REASONS

// Written out from the README's rules, not from the module: the answer for an item of UNIT written by others.
const decide = (submit: Cell, recall: Cell, decision: Cell): Record<WorkflowAction, Cell> => ({
  approve: decision,
  recall,
  reopen: decision,
  'request-changes': decision,
  submit,
  withdraw: decision,
})
const SPEC: Record<ActorName, Record<WorkflowAction, Cell>> = {
  admin: decide('ok', 'ok', 'ok'),
  'unit-editor': decide('ok', 'ok', 'notReviewer'),
  'other-editor': decide('notYourUnit', 'notYourUnit', 'notReviewer'),
  'editor-without-unit': decide('notYourUnit', 'notYourUnit', 'notReviewer'),
  reviewer: decide('editorsSubmit', 'editorsRecall', 'ok'),
  'unit-reviewer': decide('editorsSubmit', 'editorsRecall', 'ok'),
  'other-unit-reviewer': decide('editorsSubmit', 'editorsRecall', 'notYourReviewUnit'),
  'no-role': decide('editorsSubmit', 'editorsRecall', 'notReviewer'),
  'roles-null': decide('editorsSubmit', 'editorsRecall', 'notReviewer'),
  'chief (editor and reviewer)': decide('ok', 'ok', 'ok'),
}

const itemOf = (overrides: Partial<WorkflowSubject> = {}): WorkflowSubject => ({
  author: { id: AUTHOR },
  editedBy: [{ id: AUTHOR }, EDITOR_OF_VERSION],
  unit: { id: UNIT },
  ...overrides,
})

const answer = (cell: Cell) => (cell === 'ok' ? { allowed: true } : { allowed: false, reason: REASONS[cell] })

describe('workflow permissions', () => {
  const cells = (Object.keys(ACTORS) as ActorName[]).flatMap((actor) =>
    WORKFLOW_ACTIONS.map((action) => ({ action, actor, expected: SPEC[actor][action] })),
  )
  it.each(cells)('$action by $actor: $expected', ({ action, actor, expected }) => {
    expect(authorizeAction({ action, actor: ACTORS[actor], item: itemOf() })).toEqual(answer(expected))
  })

  it.each(cells)('$action by $actor on an item whose unit is given as a bare id: $expected', ({ action, actor, expected }) => {
    expect(authorizeAction({ action, actor: ACTORS[actor], item: itemOf({ unit: UNIT }) })).toEqual(answer(expected))
  })

  // The endpoint asks both: the state must allow the action and the actor must be allowed it.
  it.each(WORKFLOW_STATES.flatMap((from) => (Object.keys(ACTORS) as ActorName[]).map((actor) => ({ actor, from }))))(
    'recall from $from by $actor: only from in_review, only by the unit’s editors and admins',
    ({ actor, from }) => {
      const may = transition({ action: 'recall', from, now: new Date() }).ok && authorizeAction({ action: 'recall', actor: ACTORS[actor], item: itemOf() }).allowed
      expect(may).toBe(from === 'in_review' && ['admin', 'chief (editor and reviewer)', 'unit-editor'].includes(actor))
    },
  )

  describe('four-eyes', () => {
    const approvers = ['admin', 'reviewer', 'unit-reviewer', 'chief (editor and reviewer)'] as const
    const approve = (actor: WorkflowActor, item: WorkflowSubject) => authorizeAction({ action: 'approve', actor, item })

    it.each(approvers.map((name) => ({ name })))('refuses $name approving a version they authored', ({ name }) => {
      const actor = ACTORS[name]
      expect(approve(actor, itemOf({ author: { id: actor.id }, editedBy: [] }))).toEqual(answer('fourEyes'))
      expect(approve(actor, itemOf({ author: actor.id, editedBy: null }))).toEqual(answer('fourEyes'))
    })

    it.each(approvers.map((name) => ({ name })))('refuses $name approving a version they edited but did not author', ({ name }) => {
      const actor = ACTORS[name]
      expect(approve(actor, itemOf({ editedBy: [EDITOR_OF_VERSION, { id: actor.id }] }))).toEqual(answer('fourEyes'))
      expect(approve(actor, itemOf({ editedBy: [actor.id] }))).toEqual(answer('fourEyes'))
    })

    it('compares ids by value whether they come as numbers or strings', () => {
      const numeric: WorkflowActor = { id: 5, roles: ['reviewer'] }
      const textual: WorkflowActor = { id: '5', roles: ['reviewer'] }
      expect(approve(numeric, itemOf({ author: '5', editedBy: [] }))).toEqual(answer('fourEyes'))
      expect(approve(textual, itemOf({ author: 5, editedBy: [] }))).toEqual(answer('fourEyes'))
      expect(approve(numeric, itemOf({ editedBy: [{ id: '5' }] }))).toEqual(answer('fourEyes'))
      expect(approve(textual, itemOf({ editedBy: [5] }))).toEqual(answer('fourEyes'))
      // Ids that only look alike are different people.
      expect(approve(numeric, itemOf({ author: '50', editedBy: ['05', 15] }))).toEqual({ allowed: true })
    })

    it('lets someone who neither authored nor edited the version approve it', () => {
      expect(approve(ACTORS.reviewer, itemOf())).toEqual({ allowed: true })
      expect(approve(ACTORS.reviewer, itemOf({ author: null, editedBy: null }))).toEqual({ allowed: true })
      expect(approve(ACTORS.reviewer, itemOf({ author: undefined, editedBy: undefined }))).toEqual({ allowed: true })
    })

    it.each(['request-changes', 'withdraw', 'reopen'] as const)('does not stop the author from %s (four-eyes is about approval)', (action) => {
      const actor = ACTORS.reviewer
      expect(authorizeAction({ action, actor, item: itemOf({ author: actor.id, editedBy: [actor.id] }) })).toEqual({ allowed: true })
    })

    it('isOwnWork reads the author and every editor of the version', () => {
      const actor: WorkflowActor = { id: 42, roles: ['reviewer'] }
      expect(isOwnWork(actor, { author: 42 })).toBe(true)
      expect(isOwnWork(actor, { author: { id: '42' } })).toBe(true)
      expect(isOwnWork(actor, { editedBy: [1, 2, '42'] })).toBe(true)
      expect(isOwnWork(actor, { author: 1, editedBy: [2, { id: 3 }] })).toBe(false)
      expect(isOwnWork(actor, {})).toBe(false)
      expect(isOwnWork(actor, { author: null, editedBy: null })).toBe(false)
    })
  })

  describe('units', () => {
    it('refuses an editor submitting or recalling another unit’s item, whatever form the ids take', () => {
      for (const action of ['submit', 'recall'] as const) {
        expect(authorizeAction({ action, actor: { id: 2, roles: ['editor'], unit: '8' }, item: itemOf({ unit: 7 }) })).toEqual(answer('notYourUnit'))
        expect(authorizeAction({ action, actor: { id: 2, roles: ['editor'], unit: '7' }, item: itemOf({ unit: 7 }) })).toEqual({ allowed: true })
        expect(authorizeAction({ action, actor: { id: 2, roles: ['editor'], unit: 7 }, item: itemOf({ unit: { id: '7' } }) })).toEqual({ allowed: true })
      }
    })

    it('refuses an editor an item without a unit, and lets an admin act on it', () => {
      for (const action of ['submit', 'recall'] as const) {
        expect(authorizeAction({ action, actor: ACTORS['unit-editor'], item: itemOf({ unit: null }) })).toEqual(answer('notYourUnit'))
        expect(authorizeAction({ action, actor: ACTORS['editor-without-unit'], item: itemOf({ unit: null }) })).toEqual(answer('notYourUnit'))
        expect(authorizeAction({ action, actor: ACTORS.admin, item: itemOf({ unit: null }) })).toEqual({ allowed: true })
      }
    })

    it('a reviewer with review units decides for those units only; without, for all', () => {
      const limited: WorkflowActor = { id: 5, roles: ['reviewer'], reviewUnits: [{ id: '7' }, 9] }
      expect(reviewsUnit(limited, 7)).toBe(true)
      expect(reviewsUnit(limited, '9')).toBe(true)
      expect(reviewsUnit(limited, 8)).toBe(false)
      expect(reviewsUnit(limited, null)).toBe(false)
      expect(reviewsUnit({ id: 5, roles: ['reviewer'], reviewUnits: [] }, 8)).toBe(true)
      expect(reviewsUnit({ id: 5, roles: ['reviewer'], reviewUnits: null }, null)).toBe(true)
      expect(reviewsUnit({ id: 1, roles: ['admin'], reviewUnits: [9] }, 8)).toBe(true)
    })

    it('never matches a missing id, not even with an id that reads "null"', () => {
      expect(isEditorOfUnit({ id: 2, roles: ['editor'], unit: null }, 'null')).toBe(false)
      expect(isEditorOfUnit({ id: 2, roles: ['editor'], unit: 'null' }, null)).toBe(false)
      expect(isOwnWork({ id: 'null', roles: ['reviewer'] }, { author: null, editedBy: [null as never] })).toBe(false)
      expect(reviewsUnit({ id: 5, roles: ['reviewer'], reviewUnits: ['null'] }, null)).toBe(false)
    })

    it('isEditorOfUnit: editors of that unit only, not admins or reviewers', () => {
      expect(isEditorOfUnit(ACTORS['unit-editor'], UNIT)).toBe(true)
      expect(isEditorOfUnit(ACTORS['unit-editor'], String(UNIT))).toBe(true)
      expect(isEditorOfUnit(ACTORS['unit-editor'], OTHER_UNIT)).toBe(false)
      expect(isEditorOfUnit(ACTORS['unit-editor'], null)).toBe(false)
      expect(isEditorOfUnit(ACTORS['editor-without-unit'], null)).toBe(false)
      expect(isEditorOfUnit(ACTORS.admin, UNIT)).toBe(false)
      expect(isEditorOfUnit({ id: 11, roles: ['reviewer'], unit: UNIT }, UNIT)).toBe(false)
    })
  })
})
