// The workflow panel's pure rules: which buttons show (and why one is disabled), when the form is read-only and
// what makes it editable, and how a refusal is worded.
import { describe, expect, it } from 'vitest'

import type { WorkflowState } from '../../../src/content/vocabulary'
import { allowedActions, availableActions, ownWorkWords, shownActions } from '../../../src/admin/workflow/availableActions'
import { editLock } from '../../../src/admin/workflow/editLock'
import { describeRefusal, inLanguage, serverMessage } from '../../../src/admin/workflow/serverMessage'
import type { WorkflowActor } from '../../../src/workflow/permissions'

const STTTT = 1
const VPTT = 2
const editor: WorkflowActor = { id: 10, roles: ['editor'], unit: STTTT }
const otherEditor: WorkflowActor = { id: 11, roles: ['editor'], unit: VPTT }
const reviewer: WorkflowActor = { id: 20, roles: ['reviewer'] }
const chief: WorkflowActor = { id: 30, roles: ['editor', 'reviewer'], unit: VPTT }
const admin: WorkflowActor = { id: 40, roles: ['admin'] }

const chiefsItem = { author: 30, editedBy: [30], unit: VPTT }
const editorsItem = { author: 10, editedBy: [10], unit: STTTT }

describe('the buttons of the workflow panel', () => {
  it('shows the chief his own item in review with Approve disabled, saying he wrote it', () => {
    const shown = shownActions(availableActions({ actor: chief, item: chiefsItem, state: 'in_review' }))
    const approve = shown.find((choice) => choice.action === 'approve')
    expect(approve).toMatchObject({ allowed: false, isShown: true })
    expect(approve && !approve.allowed && approve.why.vi).toBe('Bạn là người viết bài này; người khác phải duyệt.')
    expect(approve && !approve.allowed && approve.why.en).toBe('You wrote this item; someone else must approve it.')
    // He may still recall it (his unit) and send it back.
    expect(shown.filter((choice) => choice.allowed).map((choice) => choice.action).sort()).toEqual(['recall', 'request-changes'])
  })

  it('tells an admin who edited a version that someone else must approve it', () => {
    const approve = availableActions({ actor: admin, item: { author: 10, editedBy: [10, 40], unit: STTTT }, state: 'in_review' }).find(
      (choice) => choice.action === 'approve',
    )
    expect(approve && !approve.allowed && approve.isShown && approve.why.vi).toBe('Bạn đã sửa phiên bản này; người khác phải duyệt.')
  })

  it.each([
    ['the item’s unit editor', editor, ['recall']],
    ['an editor of another unit', otherEditor, []],
    ['a reviewer', reviewer, ['approve', 'request-changes']],
  ] as const)('offers %s in review only what they may do, and shows no refused button but four-eyes', (_who, actor, expected) => {
    const shown = shownActions(availableActions({ actor, item: editorsItem, state: 'in_review' }))
    expect(shown.map((choice) => choice.action).sort()).toEqual([...expected].sort())
    expect(shown.every((choice) => choice.allowed)).toBe(true)
  })
})

describe('the actions offered', () => {
  it('offers nothing to nobody', () => {
    expect(availableActions({ actor: null, item: editorsItem, state: 'in_review' })).toEqual([])
    expect(availableActions({ actor: undefined, item: editorsItem, state: 'published' })).toEqual([])
  })

  it('adds withdraw while a correction of a live item is drafted, once', () => {
    expect(allowedActions(availableActions({ actor: reviewer, item: editorsItem, state: 'draft' }))).toEqual([])
    expect(allowedActions(availableActions({ actor: reviewer, isLive: true, item: editorsItem, state: 'draft' }))).toEqual(['withdraw'])
    const published = availableActions({ actor: reviewer, isLive: true, item: editorsItem, state: 'published' })
    expect(published.map((choice) => choice.action)).toEqual(['withdraw'])
  })

  it('lists as buttons only what the user may take', () => {
    expect(allowedActions(availableActions({ actor: reviewer, item: editorsItem, state: 'in_review' })).sort()).toEqual(['approve', 'request-changes'])
    expect(allowedActions(availableActions({ actor: otherEditor, item: editorsItem, state: 'in_review' }))).toEqual([])
  })

  it('gives a refused action the server’s reason, split into its two languages', () => {
    const recall = availableActions({ actor: otherEditor, item: editorsItem, state: 'in_review' }).find((choice) => choice.action === 'recall')
    expect(recall?.allowed).toBe(false)
    if (recall && !recall.allowed) {
      expect(recall.reason).toContain(' / ')
      expect(`${recall.why.vi} / ${recall.why.en}`).toBe(recall.reason)
      expect(recall.isShown).toBe(false)
    }
  })

  it('says whether four-eyes stops the author or someone who edited the version; an unknown author is nobody', () => {
    expect(ownWorkWords(chief, chiefsItem).en).toBe('You wrote this item; someone else must approve it.')
    expect(ownWorkWords(chief, { author: 10, editedBy: [10, 30], unit: VPTT }).en).toBe('You edited this version; someone else must approve it.')
    const nobody = { ...chief, id: null } as unknown as WorkflowActor
    expect(ownWorkWords(nobody, { author: null, editedBy: [], unit: VPTT }).vi).toBe('Bạn đã sửa phiên bản này; người khác phải duyệt.')
  })
})

describe('the read-only form', () => {
  it.each(['draft', 'changes_requested'] as WorkflowState[])('leaves a %s editable', (state) => {
    expect(editLock({ actor: editor, item: editorsItem, state })).toEqual({ isLocked: false })
  })

  it.each([
    ['in_review', editor, 'recall', true],
    ['in_review', otherEditor, 'recall', false],
    ['in_review', reviewer, 'recall', false],
    ['scheduled', reviewer, 'withdraw', true],
    ['scheduled', editor, 'withdraw', false],
    ['withdrawn', reviewer, 'reopen', true],
    ['withdrawn', editor, 'reopen', false],
    ['published', editor, 'correction', true],
    ['published', otherEditor, 'correction', false],
    ['published', reviewer, 'correction', false],
    ['published', admin, 'correction', true],
  ] as const)('locks a %s item and offers %s the way out only if they may take it', (state, actor, unlock, mayUnlock) => {
    const lock = editLock({ actor, item: editorsItem, state })
    expect(lock).toMatchObject({ isLocked: true, mayUnlock, unlock })
    if (lock.isLocked) {
      expect(lock.why.vi).toMatch(/không sửa được|Sửa sẽ tạo bản đính chính/)
      expect(lock.hint.en.length).toBeGreaterThan(0)
    }
  })

  it('opens a published item once a correction is chosen', () => {
    expect(editLock({ actor: editor, isCorrecting: true, item: editorsItem, state: 'published' })).toEqual({ isLocked: false })
    expect(editLock({ actor: editor, isCorrecting: true, item: editorsItem, state: 'in_review' }).isLocked).toBe(true)
  })

  it('explains every lock in both languages, each state and way out in its own words', () => {
    const states = ['in_review', 'published', 'scheduled', 'withdrawn'] as const
    const words = states.flatMap((state) =>
      [reviewer, editor].map((actor) => {
        const lock = editLock({ actor, item: editorsItem, state })
        if (!lock.isLocked) throw new Error(`${state} is not locked`)
        return { hint: lock.hint, state, why: lock.why }
      }),
    )
    for (const { hint, why } of words) for (const text of [hint.en, hint.vi, why.en, why.vi]) expect(text.trim().length).toBeGreaterThan(10)
    // Four reasons, one per state; a hint for who may take each way out and another for who may not: eight.
    for (const language of ['en', 'vi'] as const) {
      expect(new Set(words.map((w) => w.why[language])).size).toBe(4)
      expect(new Set(words.map((w) => w.hint[language])).size).toBe(8)
    }
  })

  it('lets only an editor of the item’s own unit start a correction', () => {
    const reviewerOfTheUnit: WorkflowActor = { id: 21, roles: ['reviewer'], unit: STTTT }
    expect(editLock({ actor: reviewerOfTheUnit, item: editorsItem, state: 'published' })).toMatchObject({ mayUnlock: false })
    const editorWithoutUnit: WorkflowActor = { id: 12, roles: ['editor'] }
    expect(editLock({ actor: editorWithoutUnit, item: { author: 10, editedBy: [10], unit: null }, state: 'published' })).toMatchObject({ mayUnlock: false })
    expect(editLock({ actor: editor, item: { author: 10, editedBy: [10], unit: String(STTTT) }, state: 'published' })).toMatchObject({ mayUnlock: true })
  })

  it('names the reason in the admin language', () => {
    const lock = editLock({ actor: editor, item: editorsItem, state: 'in_review' })
    expect(lock.isLocked && lock.why.vi).toBe('Tin bài đang chờ duyệt nên không sửa được.')
    expect(lock.isLocked && lock.why.en).toBe('This item is waiting for review, so it cannot be edited.')
  })
})

describe('a refusal in the action dialog', () => {
  it("lists each missing field of a 422 in the user's language", () => {
    const body = { error: 'Tin bài chưa đủ nội dung', fields: [{ message: 'Chưa có tiêu đề', path: 'title' }, { message: 'Chưa chọn kênh phát hành nào', path: 'channels' }] }
    expect(describeRefusal(body, 422, 'vi')).toEqual({ details: ['Chưa có tiêu đề', 'Chưa chọn kênh phát hành nào'], message: 'Tin bài chưa đủ nội dung' })
  })

  it('keeps a text that is not two halves as it is', () => {
    expect(inLanguage('Một / hai / ba', 'en')).toBe('Một / hai / ba')
    expect(inLanguage('Chỉ tiếng Việt', 'en')).toBe('Chỉ tiếng Việt')
  })

  it('reads every place a server puts its words, and skips what holds none', () => {
    const body = {
      error: 'Không lưu được / Not saved',
      message: 'Thiếu dữ liệu / Missing data',
      fields: [null, { path: 'title' }, { message: '  ' }, { message: 'Chưa có tiêu đề / No title' }],
      issues: ['unit: bắt buộc', 3, '', '   '],
      errors: [
        null,
        { message: 'Dữ liệu không hợp lệ / Invalid data' },
        { data: { errors: [{ label: 'Tiêu đề / Title', message: 'Bắt buộc / Required' }, { label: ' ', message: 'Quá dài / Too long' }, { label: 'Mã' }] } },
        { data: {} },
      ],
    }
    expect(describeRefusal(body, 400, 'en')).toEqual({
      details: ['No title', 'unit: bắt buộc', 'Title: Required', 'Too long'],
      message: 'Not saved Missing data Invalid data',
    })
    expect(serverMessage(body, 'vi', 400)).toBe('Không lưu được Thiếu dữ liệu Dữ liệu không hợp lệ: Chưa có tiêu đề; unit: bắt buộc; Tiêu đề: Bắt buộc; Quá dài')
  })

  it('falls back to the status when the answer holds no words, blank ones included', () => {
    expect(serverMessage({ error: '   ', errors: [{ message: '' }] }, 'vi', 503)).toBe('Máy chủ không thực hiện thao tác này (lỗi 503).')
    expect(serverMessage('not json', 'en', 500)).toBe('The server refused the action (error 500).')
  })

  it('takes the half of a bilingual reason in the admin language', () => {
    const body = { error: 'Nguyên tắc bốn mắt / Four-eyes rule' }
    expect(describeRefusal(body, 403, 'vi').message).toBe('Nguyên tắc bốn mắt')
    expect(describeRefusal(body, 403, 'en').message).toBe('Four-eyes rule')
  })

  it("reads Payload's errors, with the fields of a validation error", () => {
    const body = { errors: [{ data: { errors: [{ label: 'Tiêu đề', message: 'Trường này là bắt buộc.', path: 'title' }] }, message: 'Lỗi - Field sau không hợp lệ: Tiêu đề' }] }
    expect(describeRefusal(body, 400, 'vi')).toEqual({ details: ['Tiêu đề: Trường này là bắt buộc.'], message: 'Lỗi - Field sau không hợp lệ: Tiêu đề' })
    expect(serverMessage(body, 'vi', 400)).toBe('Lỗi - Field sau không hợp lệ: Tiêu đề: Tiêu đề: Trường này là bắt buộc.')
  })

  it('never answers with a bare status code', () => {
    for (const body of [null, 'not json', {}, { error: '' }]) {
      const { message } = describeRefusal(body, 400, 'vi')
      expect(message).toBe('Máy chủ không thực hiện thao tác này (lỗi 400).')
      expect(message).not.toMatch(/^HTTP/)
    }
    expect(describeRefusal(undefined, 500, 'en').message).toBe('The server refused the action (error 500).')
  })
})
