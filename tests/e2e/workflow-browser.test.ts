// The review workflow through the admin in a real browser: write, complete what is missing, submit, recall, send
// back, fix, resubmit, approve, read it published, correct it; a read-only form says why, a disabled action says why.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { chooseOption, isInert, openAdminAs } from '../helpers/browser'
import { api, login } from '../helpers/api'
import { type RealServer, startRealServer } from '../helpers/realServer'

const SHOTS = path.resolve(import.meta.dirname, '../../artifacts/e2e')

const FIRST_TITLE = 'Tuyên truyền kỷ niệm 75 năm Ngày Quốc tế Nhân quyền'
const FINAL_TITLE = 'Hà Tĩnh tuyên truyền kỷ niệm 75 năm Ngày Quốc tế Nhân quyền'
const REVIEW_NOTE = 'Bổ sung tên tỉnh vào tiêu đề và nêu rõ thời gian tuyên truyền.'

describe('the review workflow in the admin, in a browser', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'nguon-e2e-workflow-'))
  const profiles: string[] = []
  const contexts: BrowserContext[] = []
  let server: RealServer
  // The admin's own URL (SERVER_URL defaults to localhost): cookie-authenticated writes are checked against it.
  let base = ''
  let editor: Page
  let reviewer: Page
  let articleId = ''
  let step = 0

  const shot = async (page: Page, name: string) => {
    step += 1
    await page.screenshot({ fullPage: true, path: path.join(SHOTS, `${String(step).padStart(2, '0')}-${name}.png`) })
  }

  const openAs = async (email: string): Promise<Page> => {
    const { context, page, profileDir } = await openAdminAs({ base, email })
    profiles.push(profileDir)
    contexts.push(context)
    return page
  }

  const panel = (page: Page) => page.getByTestId('workflow-panel')

  const expectState = async (page: Page, state: string) => {
    await expect.poll(() => panel(page).getAttribute('data-state'), { timeout: 30_000 }).toBe(state)
  }

  /** Clicks an action in the workflow panel, writes the note in its dialog and confirms. */
  const act = async (page: Page, action: string, note?: string) => {
    await page.locator(`#workflow-action-${action}`).click()
    const dialog = page.getByTestId('workflow-dialog')
    await dialog.waitFor()
    if (note) await dialog.locator('textarea[name="workflowNote"]').fill(note)
    return dialog
  }

  const confirm = async (page: Page) => {
    await page.locator('#workflow-dialog-confirm').click()
    await page.getByTestId('workflow-dialog').waitFor({ state: 'detached' })
  }

  const openArticle = async (page: Page) => {
    await page.goto(`${base}/admin/collections/articles/${articleId}`)
    await panel(page).waitFor()
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    server = await startRealServer({ dataDir })
    base = server.url.replace('127.0.0.1', 'localhost')
    editor = await openAs('editor@nguon.local')
    reviewer = await openAs('reviewer@nguon.local')
  })

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined)
    await server?.stop()
    for (const dir of [dataDir, ...profiles]) rmSync(dir, { force: true, recursive: true })
  })

  it('lets the editor write an article and save it as a draft, with no Publish button', async () => {
    await editor.goto(`${base}/admin/collections/articles/create`)
    await editor.locator('#field-title').fill(FIRST_TITLE)
    const body = editor.locator('.rich-text-lexical [contenteditable="true"]').first()
    await body.click()
    await editor.keyboard.type('Từ ngày 30/11 đến 30/12/2023, các cơ quan, đơn vị tổ chức tuyên truyền rộng rãi.')
    await expect.poll(() => editor.getByTestId('workflow-panel').textContent()).toContain('Lưu tin bài trước khi gửi duyệt')
    await editor.locator('#action-save-draft').click()
    await editor.waitForURL(/\/admin\/collections\/articles\/\d+/)
    articleId = /\/articles\/(\d+)/.exec(editor.url())![1]!
    await expectState(editor, 'draft')
    await expect.poll(() => editor.locator('#workflow-action-submit').count()).toBe(1)
    expect(await editor.locator('#action-publish, #action-unpublish').count()).toBe(0)
    // The editor may not approve: only their own action is offered.
    expect(await editor.locator('#workflow-action-approve').count()).toBe(0)
    expect(await editor.getByTestId('workflow-lock-banner').count()).toBe(0)
    await shot(editor, 'editor-draft-saved')
  })

  it('shows what an incomplete article lacks before the Submit button, which stays disabled and says why', async () => {
    const checklist = editor.getByTestId('completeness-checklist')
    await expect.poll(() => checklist.getAttribute('data-complete')).toBe('false')
    const missing = await checklist.locator('li').evaluateAll((items) => items.map((item) => item.getAttribute('data-path')))
    expect(missing).toEqual(['campaign', 'channels'])
    expect(await checklist.innerText()).toContain('Chưa chọn chiến dịch')
    expect(await checklist.innerText()).toContain('Chưa chọn kênh phát hành nào')
    expect(await editor.locator('#workflow-action-submit').isDisabled()).toBe(true)
    expect(await editor.locator('[data-testid="workflow-action-reason"][data-action="submit"]').innerText()).toBe('Cần bổ sung các mục còn thiếu ở trên trước.')
    await shot(editor, 'editor-incomplete-checklist')

    // The checklist follows the form as it is filled in, before saving.
    await chooseOption(editor, 'campaign')
    await expect.poll(() => checklist.locator('li').count()).toBe(1)
    await chooseOption(editor, 'channels', 'Trang điện tử')
    await expect.poll(() => checklist.getAttribute('data-complete')).toBe('true')
    await editor.locator('#action-save-draft').click()
    await expect.poll(() => editor.locator('#workflow-action-submit').isEnabled(), { timeout: 30_000 }).toBe(true)
    expect(await editor.locator('[data-testid="workflow-action-reason"][data-action="submit"]').count()).toBe(0)
  })

  it("shows the server's field messages in the dialog when it refuses an incomplete submission", async () => {
    // The form still shows a channel, but the stored article has lost it (another tab, another client).
    const token = await login(server.url, 'editor@nguon.local')
    const emptied = await api(server.url, `/api/articles/${articleId}`, { body: { channels: [] }, method: 'PATCH', token })
    expect(emptied.status, JSON.stringify(emptied.body)).toBe(200)
    const dialog = await act(editor, 'submit')
    await editor.locator('#workflow-dialog-confirm').click()
    const refusal = dialog.getByTestId('workflow-dialog-refusal')
    await refusal.waitFor()
    const text = await refusal.innerText()
    expect(text).toContain('Tin bài chưa đủ nội dung')
    expect(text).toContain('Chưa chọn kênh phát hành nào')
    expect(text).not.toMatch(/HTTP|\b4\d\d\b/)
    await shot(editor, 'editor-submit-refused-422')
    await editor.locator('#workflow-dialog-cancel').click()
    await dialog.waitFor({ state: 'detached' })
    await expectState(editor, 'draft')
    const restored = await api(server.url, `/api/articles/${articleId}`, { body: { channels: ['web'] }, method: 'PATCH', token })
    expect(restored.status, JSON.stringify(restored.body)).toBe(200)
  })

  it('lets the editor submit the article for review; the form is then read-only and says why', async () => {
    await openArticle(editor)
    await act(editor, 'submit')
    await shot(editor, 'editor-submit-dialog')
    await confirm(editor)
    await expectState(editor, 'in_review')
    // Only recall is left to the editor.
    await expect.poll(() => editor.locator('[data-testid="workflow-actions"] button').evaluateAll((all) => all.map((b) => b.getAttribute('data-action')))).toEqual(['recall'])
    await expect.poll(() => editor.getByTestId('workflow-history').textContent()).toContain('đã gửi duyệt')
    const banner = editor.getByTestId('workflow-lock-banner')
    await banner.waitFor()
    expect(await banner.innerText()).toContain('Tin bài đang chờ duyệt nên không sửa được.')
    expect(await banner.getAttribute('data-unlock')).toBe('recall')
    expect(await isInert(editor, '#field-title')).toBe(true)
    expect(await isInert(editor, '#field-channels')).toBe(true)
    expect(await isInert(editor, '#workflow-action-recall')).toBe(false)
    await shot(editor, 'editor-submitted-read-only')
  })

  it('lets the editor recall the article from review (with confirmation), edit it again and resubmit it', async () => {
    await editor.locator('#workflow-lock-unlock').click()
    const dialog = editor.getByTestId('workflow-dialog')
    await dialog.waitFor()
    expect(await dialog.locator('h2').innerText()).toBe('Thu hồi')
    expect(await dialog.innerText()).toContain('Tin bài trở về bản nháp và rời khỏi hàng chờ duyệt')
    await shot(editor, 'editor-recall-dialog')
    await confirm(editor)
    await expectState(editor, 'draft')
    await expect.poll(() => editor.getByTestId('workflow-lock-banner').count()).toBe(0)
    await expect.poll(() => isInert(editor, '#field-title')).toBe(false)
    await expect.poll(() => editor.getByTestId('workflow-history').textContent()).toContain('đã thu hồi để sửa')
    await shot(editor, 'editor-recalled')
    // Recalled, it is a draft again for everyone: the reviewer cannot decide on it meanwhile.
    const reviewerToken = await login(server.url, 'reviewer@nguon.local')
    const approve = await api(server.url, `/api/articles/${articleId}/workflow`, { body: { action: 'approve' }, token: reviewerToken })
    expect(approve.status).toBe(409)
    await act(editor, 'submit')
    await confirm(editor)
    await expectState(editor, 'in_review')
  })

  it('shows the article in the reviewer’s queue', async () => {
    await reviewer.goto(`${base}/admin/review-queue`)
    const row = reviewer.locator(`[data-testid="review-queue"] tr[data-collection="articles"][data-id="${articleId}"]`)
    await row.waitFor()
    expect(await row.textContent()).toContain(FIRST_TITLE)
    expect(await row.textContent()).toContain('Biên tập viên Sở TT&TT')
    expect(await reviewer.locator('#nav-review-queue').textContent()).toContain('Hàng chờ duyệt')
    await shot(reviewer, 'reviewer-queue')
    await row.locator('a').click()
    await reviewer.waitForURL(new RegExp(`/admin/collections/articles/${articleId}`))
    await panel(reviewer).waitFor()
  })

  it('requires a note before the reviewer can send the article back', async () => {
    await expectState(reviewer, 'in_review')
    // The reviewer reads the article but does not edit it; recalling is for the unit's editors.
    const banner = reviewer.getByTestId('workflow-lock-banner')
    await banner.waitFor()
    expect(await banner.innerText()).toContain('biên tập viên của đơn vị có thể thu hồi')
    expect(await reviewer.locator('#workflow-lock-unlock').count()).toBe(0)
    expect(await reviewer.locator('#workflow-action-recall').count()).toBe(0)
    const dialog = await act(reviewer, 'request-changes')
    await reviewer.locator('#workflow-dialog-confirm').click()
    await dialog.locator('[role="alert"]').waitFor()
    await shot(reviewer, 'reviewer-note-required')
    await dialog.locator('textarea[name="workflowNote"]').fill(REVIEW_NOTE)
    await shot(reviewer, 'reviewer-request-changes-dialog')
    await confirm(reviewer)
    await expectState(reviewer, 'changes_requested')
    await shot(reviewer, 'reviewer-changes-requested')
  })

  it('shows the editor the review note, and lets them fix the article and resubmit', async () => {
    await openArticle(editor)
    await expectState(editor, 'changes_requested')
    const note = editor.getByTestId('workflow-review-note')
    await note.waitFor()
    expect(await note.textContent()).toContain(REVIEW_NOTE)
    expect(await note.textContent()).toContain('Người duyệt')
    expect(await editor.locator('[data-testid="workflow-badge"]').first().textContent()).toBe('Yêu cầu sửa')
    await shot(editor, 'editor-sees-review-note')

    await editor.locator('#field-title').fill(FINAL_TITLE)
    // Unsaved changes are not what the reviewer would see: actions wait for Save draft.
    await expect.poll(() => editor.locator('#workflow-action-submit').isDisabled()).toBe(true)
    await editor.locator('#action-save-draft').click()
    await expect.poll(() => editor.locator('#workflow-action-submit').isEnabled(), { timeout: 30_000 }).toBe(true)
    await act(editor, 'submit')
    await confirm(editor)
    await expectState(editor, 'in_review')
    await shot(editor, 'editor-resubmitted')
  })

  it('lets the reviewer approve the corrected article, which then reads as published', async () => {
    await openArticle(reviewer)
    await expectState(reviewer, 'in_review')
    expect(await reviewer.locator('#field-title').inputValue()).toBe(FINAL_TITLE)
    const dialog = await act(reviewer, 'approve')
    expect(await dialog.locator('input[name="workflowPublishAt"]').count()).toBe(1)
    await shot(reviewer, 'reviewer-approve-dialog')
    await confirm(reviewer)
    await expectState(reviewer, 'published')
    // submit, recall, submit, request changes, submit, approve
    await expect.poll(() => reviewer.getByTestId('workflow-history').locator('li').count()).toBe(6)
    await shot(reviewer, 'reviewer-published')

    const live = await api<{ title: string; workflowStatus: string }>(server.url, `/api/articles/${articleId}`)
    expect(live.status).toBe(200)
    expect(live.body).toMatchObject({ title: FINAL_TITLE, workflowStatus: 'published' })
  })

  it('shows the state as a badge in the articles list', async () => {
    await editor.goto(`${base}/admin/collections/articles`)
    const badge = editor.locator(`tr:has(a[href$="/articles/${articleId}"]) [data-testid="workflow-badge"]`)
    await badge.waitFor()
    expect(await badge.getAttribute('data-state')).toBe('published')
    expect(await badge.textContent()).toBe('Đã đăng')
    await shot(editor, 'editor-list')
  })

  it('keeps a published article read-only until the editor chooses to write a correction', async () => {
    await openArticle(editor)
    await expectState(editor, 'published')
    const banner = editor.getByTestId('workflow-lock-banner')
    await banner.waitFor()
    expect(await banner.getAttribute('data-unlock')).toBe('correction')
    expect(await banner.innerText()).toContain('Sửa sẽ tạo bản đính chính')
    expect(await isInert(editor, '#field-title')).toBe(true)
    await shot(editor, 'editor-published-read-only')
    await editor.locator('#workflow-lock-unlock').click()
    await expect.poll(() => isInert(editor, '#field-title')).toBe(false)
    expect(await banner.count()).toBe(0)
    await editor.locator('#field-title').fill(`${FINAL_TITLE} (đính chính)`)
    await editor.locator('#action-save-draft').click()
    await expectState(editor, 'draft')
    await expect.poll(() => editor.getByTestId('workflow-panel').textContent()).toContain('Bản đã đăng vẫn hiển thị cho đến khi bản sửa này được duyệt.')
    const live = await api<{ title: string }>(server.url, `/api/articles/${articleId}`)
    expect(live.body.title).toBe(FINAL_TITLE)
    await shot(editor, 'editor-correction-draft')
  })

  it('tells the chief, on his own brief in review, why he cannot approve it', async () => {
    const adminToken = await login(server.url, 'admin@nguon.local')
    const { body } = await api<{ docs: { author: { email: string }; id: number; workflowStatus: string }[] }>(
      server.url,
      '/api/briefs?draft=true&depth=1&limit=100',
      { token: adminToken },
    )
    const brief = body.docs.find((doc) => doc.author?.email === 'chief@nguon.local' && doc.workflowStatus === 'in_review')
    expect(brief).toBeDefined()
    const chief = await openAs('chief@nguon.local')
    await chief.goto(`${base}/admin/collections/briefs/${brief!.id}`)
    await expectState(chief, 'in_review')
    const approve = chief.locator('#workflow-action-approve')
    await approve.waitFor()
    expect(await approve.isDisabled()).toBe(true)
    const reason = chief.locator('[data-testid="workflow-action-reason"][data-action="approve"]')
    expect(await reason.innerText()).toBe('Bạn là người viết bài này; người khác phải duyệt.')
    expect(await approve.getAttribute('aria-describedby')).toBe(await reason.getAttribute('id'))
    // What he may do stays open to him: send it back, or take it back as its unit's editor.
    expect(await chief.locator('#workflow-action-request-changes').isEnabled()).toBe(true)
    expect(await chief.locator('#workflow-action-recall').isEnabled()).toBe(true)
    await shot(chief, 'chief-own-brief-four-eyes')
  })
})
