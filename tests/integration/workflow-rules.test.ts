// The workflow's guarantees under attack: no self-publishing on any API, four-eyes, embargo, corrections, audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closeDatabaseConnections } from '../../src/db'
import { outbox } from '../../src/email/adapter'
import { api } from '../helpers/api'
import { type Doc, startWorkflowWorld, type WorkflowWorld } from '../helpers/workflow'

type List = { docs: Doc[]; totalDocs: number }

describe('workflow rules', () => {
  let w: WorkflowWorld
  const url = () => w.server.url
  const live = (id: Doc['id']) => w.t.payload.findByID({ collection: 'articles', depth: 0, id, overrideAccess: true })
  const latest = (id: Doc['id']) => w.t.payload.findByID({ collection: 'articles', depth: 0, draft: true, id, overrideAccess: true })
  const graphql = (query: string, token?: string) =>
    api<{ data?: Record<string, unknown>; errors?: { message: string }[] }>(url(), '/api/graphql', { body: { query }, token })

  beforeAll(async () => {
    w = await startWorkflowWorld('rules')
  })
  afterAll(async () => w?.stop())

  describe('nobody publishes outside the workflow', () => {
    it('ignores workflowStatus written by an editor through REST PATCH', async () => {
      const item = await w.articleIn('draft')
      const res = await api(url(), `/api/articles/${item.id}`, { body: { title: 'Sửa', workflowStatus: 'published' }, method: 'PATCH', token: w.tokens.editor })
      expect(res.status).toBe(200)
      expect(await latest(item.id)).toMatchObject({ _status: 'draft', title: 'Sửa', workflowStatus: 'draft' })
      expect((await api(url(), `/api/articles/${item.id}`)).status).toBeGreaterThanOrEqual(403)
    })

    it('refuses _status: published through REST PATCH, for editors and admins alike', async () => {
      for (const who of ['editor', 'admin'] as const) {
        const item = await w.articleIn('draft')
        const res = await api(url(), `/api/articles/${item.id}`, { body: { _status: 'published' }, method: 'PATCH', token: w.tokens[who] })
        expect(res.status).toBe(403)
        expect(await latest(item.id)).toMatchObject({ _status: 'draft', workflowStatus: 'draft' })
      }
    })

    it('refuses _status: published in a bulk edit from the list view', async () => {
      const a = await w.articleIn('draft')
      const b = await w.articleIn('draft')
      const res = await api(url(), `/api/articles?where[id][in]=${a.id},${b.id}`, { body: { _status: 'published' }, method: 'PATCH', token: w.tokens.admin })
      expect(res.status).toBe(403)
      const bulkStatus = await api(url(), `/api/articles?where[id][in]=${a.id},${b.id}`, { body: { workflowStatus: 'published' }, method: 'PATCH', token: w.tokens.admin })
      expect(bulkStatus.status).toBe(200)
      for (const id of [a.id, b.id]) expect(await latest(id)).toMatchObject({ _status: 'draft', workflowStatus: 'draft' })
    })

    it('refuses or ignores status, author and approval fields written through GraphQL', async () => {
      const item = await w.articleIn('draft')
      const publish = await graphql(`mutation { updateArticle(id: ${item.id}, data: { _status: published }) { id _status } }`, w.tokens.editor)
      expect(publish.body.errors?.length).toBeGreaterThan(0)
      const fields = await graphql(
        `mutation { updateArticle(id: ${item.id}, draft: true, data: { title: "GQL", workflowStatus: published }) { id workflowStatus } }`,
        w.tokens.editor,
      )
      // Either the schema has no such input (error) or the value is ignored; the item never changes state.
      expect(fields.status).toBe(200)
      expect(await latest(item.id)).toMatchObject({ _status: 'draft', workflowStatus: 'draft' })
      const create = await graphql(`mutation { createArticle(data: { title: "Tạo", _status: published }) { id } }`, w.tokens.editor)
      expect(create.body.errors?.length).toBeGreaterThan(0)
    })

    it('turns a duplicate of a published item into a fresh draft by the person duplicating', async () => {
      const item = await w.articleIn('published')
      const res = await api<{ doc: Doc }>(url(), `/api/articles/${item.id}/duplicate`, { body: {}, token: w.tokens.admin })
      expect(res.status).toBeLessThan(300)
      const copy = await latest(res.body.doc.id)
      expect(copy).toMatchObject({ _status: 'draft', version: 0, workflowStatus: 'draft' })
      expect(copy.approvedBy ?? null).toBeNull()
      expect(copy.approvedAt ?? null).toBeNull()
      const admin = await w.t.payload.find({ collection: 'users', overrideAccess: true, where: { email: { equals: 'admin@nguon.local' } } })
      expect(copy.author).toBe(admin.docs[0]!.id)
      expect((await api(url(), `/api/articles/${res.body.doc.id}`)).status).toBeGreaterThanOrEqual(403)
    })

    it('returns no unpublished version to anonymous readers, with or without draft=true, on REST and GraphQL', async () => {
      const draft = await w.articleIn('in_review', { title: 'Bí mật đang chờ duyệt' })
      const published = await w.articleIn('published', { title: 'Bản đã đăng' })
      await api(url(), `/api/articles/${published.id}`, { body: { title: 'Bản sửa chưa duyệt' }, method: 'PATCH', token: w.tokens.editor })
      for (const path of ['/api/articles?limit=200', '/api/articles?limit=200&draft=true']) {
        const list = await api<List>(url(), path)
        const text = JSON.stringify(list.body)
        expect(text).not.toContain('Bí mật đang chờ duyệt')
        expect(text).not.toContain('Bản sửa chưa duyệt')
      }
      expect((await api(url(), `/api/articles/${draft.id}?draft=true`)).status).toBeGreaterThanOrEqual(403)
      const gql = await graphql('{ Articles(draft: true, limit: 200) { docs { title } } }')
      expect(JSON.stringify(gql.body)).not.toContain('Bí mật đang chờ duyệt')
      expect(JSON.stringify(gql.body)).not.toContain('Bản sửa chưa duyệt')
    })
  })

  describe('four-eyes', () => {
    it('refuses approval by the author, even one who is a reviewer', async () => {
      const own = await w.articleIn('in_review', { author: 'chief' })
      const res = await w.act('chief', own.id, { action: 'approve' })
      expect(res.status).toBe(403)
      expect(res.body.error).toMatch(/bốn mắt|four-eyes/i)
      expect((await w.act('reviewer', own.id, { action: 'approve' })).status).toBe(200)
    })

    it('refuses approval by an admin who edited the version', async () => {
      const item = await w.articleIn('draft')
      await api(url(), `/api/articles/${item.id}`, { body: { summary: 'Quản trị viên sửa' }, method: 'PATCH', token: w.tokens.admin })
      await w.act('editor', item.id, { action: 'submit' })
      expect((await w.act('admin', item.id, { action: 'approve' })).status).toBe(403)
      expect((await w.act('reviewer', item.id, { action: 'approve' })).status).toBe(200)
    })

    it('keeps a reviewer to the units they review', async () => {
      const units = await w.t.payload.find({ collection: 'units', overrideAccess: true, where: { code: { equals: 'CA' } } })
      const reviewer = await w.t.payload.find({ collection: 'users', overrideAccess: true, where: { email: { equals: 'reviewer@nguon.local' } } })
      await w.t.payload.update({ collection: 'users', data: { reviewUnits: [units.docs[0]!.id] }, id: reviewer.docs[0]!.id, overrideAccess: true })
      try {
        const item = await w.articleIn('in_review')
        const res = await w.act('reviewer', item.id, { action: 'approve' })
        // Another unit's pending work is not even readable to a reviewer limited to some units: not found, not forbidden.
        expect(res.status).toBe(404)
        expect((await w.act('admin', item.id, { action: 'approve' })).status).toBe(200)
      } finally {
        await w.t.payload.update({ collection: 'users', data: { reviewUnits: [] }, id: reviewer.docs[0]!.id, overrideAccess: true })
      }
    })
  })

  describe('editing and corrections', () => {
    it('refuses edits while an item is in review, scheduled or withdrawn', async () => {
      for (const state of ['in_review', 'scheduled', 'withdrawn'] as const) {
        const item = await w.articleIn(state)
        const who = state === 'in_review' ? 'editor' : 'admin'
        const res = await api(url(), `/api/articles/${item.id}`, { body: { title: 'Sửa lén' }, method: 'PATCH', token: w.tokens[who] })
        expect(res.status, state).toBe(409)
        expect((await latest(item.id)).title).not.toBe('Sửa lén')
      }
    })

    it('keeps the published version live until a correction is approved, then raises the version', async () => {
      const item = await w.articleIn('published', { title: 'Bản gốc' })
      await w.t.payload.update({ collection: 'articles', context: { nguonWorkflowWrite: true }, data: { title: 'Original (EN)' }, id: item.id, locale: 'en', overrideAccess: true, draft: false })
      expect((await live(item.id)).version).toBe(1)
      const edit = await api(url(), `/api/articles/${item.id}`, { body: { title: 'Bản đính chính' }, method: 'PATCH', token: w.tokens.editor })
      expect(edit.status).toBe(200)
      expect((await latest(item.id)).workflowStatus).toBe('draft')
      const publicRead = await api<Doc>(url(), `/api/articles/${item.id}`)
      expect(publicRead.body).toMatchObject({ title: 'Bản gốc', workflowStatus: 'published' })
      expect((await w.act('editor', item.id, { action: 'submit' })).status).toBe(200)
      expect((await api<Doc>(url(), `/api/articles/${item.id}`)).body.title).toBe('Bản gốc')
      const approve = await w.act('reviewer', item.id, { action: 'approve' })
      expect(approve.status).toBe(200)
      const after = await api<Doc>(url(), `/api/articles/${item.id}`)
      expect(after.body).toMatchObject({ title: 'Bản đính chính', version: 2, workflowStatus: 'published' })
      expect((await api<Doc>(url(), `/api/articles/${item.id}?locale=en`)).body.title).toBe('Original (EN)')
    })

    it('withdraws a live item even while a correction is being drafted, and reopens it as a draft', async () => {
      const item = await w.articleIn('published')
      await api(url(), `/api/articles/${item.id}`, { body: { summary: 'Đang sửa' }, method: 'PATCH', token: w.tokens.editor })
      expect((await w.act('reviewer', item.id, { action: 'withdraw' })).status).toBe(400)
      const res = await w.act('reviewer', item.id, { action: 'withdraw', note: 'Sai số liệu' })
      expect(res.status).toBe(200)
      expect((await api(url(), `/api/articles/${item.id}`)).status).toBeGreaterThanOrEqual(403)
      expect(await live(item.id)).toMatchObject({ workflowStatus: 'withdrawn' })
      expect((await w.act('reviewer', item.id, { action: 'reopen' })).body.doc.workflowStatus).toBe('draft')
    })
  })

  describe('embargo and scheduled publishing', () => {
    it('keeps an approved, embargoed item private until publishAt, then publishes it exactly once after a restart', async () => {
      const item = await w.articleIn('in_review', { title: 'Tin cấm đăng trước giờ G' })
      const publishAt = new Date(Date.now() + 1500)
      const res = await w.act('reviewer', item.id, { action: 'approve', publishAt: publishAt.toISOString() })
      expect(res.status).toBe(200)
      expect(res.body.doc.workflowStatus).toBe('scheduled')
      expect((await api(url(), `/api/articles/${item.id}`)).status).toBeGreaterThanOrEqual(403)
      await w.t.payload.jobs.run({ queue: 'scheduled' })
      expect((await latest(item.id)).workflowStatus).toBe('scheduled')

      // Simulated restart: a second Payload on the same database, started after the embargo passed.
      const { BasePayload } = await import('payload')
      const restarted = await new BasePayload().init({ config: w.t.config, disableOnInit: true })
      try {
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, publishAt.getTime() - Date.now() + 200)))
        await restarted.jobs.run({ queue: 'scheduled' })
        await restarted.jobs.run({ queue: 'scheduled' })
        await w.t.payload.jobs.run({ queue: 'scheduled' })
      } finally {
        await restarted.destroy()
        await closeDatabaseConnections(restarted.db)
      }
      const published = await api<Doc>(url(), `/api/articles/${item.id}`)
      expect(published.status).toBe(200)
      expect(published.body).toMatchObject({ title: 'Tin cấm đăng trước giờ G', version: 1, workflowStatus: 'published' })
      const publishEvents = await w.t.payload.find({
        collection: 'workflow-events',
        overrideAccess: true,
        where: { and: [{ itemId: { equals: String(item.id) } }, { action: { equals: 'publish' } }] },
      })
      expect(publishEvents.totalDocs).toBe(1)
    })

    it('does not publish a scheduled item that was withdrawn before its time', async () => {
      const item = await w.articleIn('in_review')
      const publishAt = new Date(Date.now() + 500)
      await w.act('reviewer', item.id, { action: 'approve', publishAt: publishAt.toISOString() })
      expect((await w.act('reviewer', item.id, { action: 'withdraw', note: 'Hoãn' })).status).toBe(200)
      await new Promise((resolve) => setTimeout(resolve, 700))
      await w.t.payload.jobs.run({ queue: 'scheduled' })
      expect(await live(item.id)).toMatchObject({ _status: 'draft', workflowStatus: 'withdrawn' })
    })
  })

  describe('the request body', () => {
    it.each([
      [{ action: 'publish' }, /action/],
      [{}, /action/],
      [{ action: 'request-changes' }, /note/],
      [{ action: 'withdraw', note: '   ' }, /note/],
      [{ action: 'submit', publishAt: '2030-01-01T00:00:00Z' }, /publishAt/],
      [{ action: 'approve', publishAt: 'tomorrow' }, /publishAt/],
      [{ action: 'submit', workflowStatus: 'published' }, /workflowStatus|Unrecognized/i],
    ])('refuses %j with 400 naming what is wrong', async (body, pattern) => {
      const item = await w.articleIn('draft')
      const res = await api<{ issues: string[] }>(url(), `/api/articles/${item.id}/workflow`, { body, token: w.tokens.editor })
      expect(res.status).toBe(400)
      expect(res.body.issues.join('\n')).toMatch(pattern)
      expect((await latest(item.id)).workflowStatus).toBe('draft')
    })

    it('refuses a body that is not JSON', async () => {
      const item = await w.articleIn('draft')
      const res = await fetch(`${url()}/api/articles/${item.id}/workflow`, {
        body: 'action=submit',
        headers: { authorization: `JWT ${w.tokens.editor}`, 'content-type': 'application/json' },
        method: 'POST',
      })
      expect(res.status).toBe(400)
    })

    it('answers 404 for an item that does not exist', async () => {
      expect((await w.act('reviewer', 999_999, { action: 'approve' })).status).toBe(404)
    })
  })

  describe('audit trail', () => {
    it('records who did what, filterable by item', async () => {
      const item = await w.articleIn('published')
      const res = await api<List>(url(), `/api/workflow-events?where[itemId][equals]=${item.id}&where[itemCollection][equals]=articles&sort=at&depth=1`, { token: w.tokens.editor })
      expect(res.status).toBe(200)
      expect(res.body.docs.map((e) => [e.action, e.from, e.to, e.actorName])).toEqual([
        ['submit', 'draft', 'in_review', 'Biên tập viên Sở TT&TT'],
        ['approve', 'in_review', 'published', 'Người duyệt'],
      ])
      const people = await w.t.payload.find({ collection: 'users', overrideAccess: true, where: { email: { in: ['editor@nguon.local', 'reviewer@nguon.local'] } } })
      const idOf = (email: string) => people.docs.find((p) => p.email === email)!.id
      expect(res.body.docs.map((e) => (typeof e.actor === 'object' ? (e.actor as Doc).id : e.actor))).toEqual([
        idOf('editor@nguon.local'),
        idOf('reviewer@nguon.local'),
      ])
    })

    it('cannot be read anonymously, nor created, edited or deleted by anyone through REST or GraphQL', async () => {
      const item = await w.articleIn('in_review')
      const { docs } = await w.t.payload.find({ collection: 'workflow-events', overrideAccess: true, where: { itemId: { equals: String(item.id) } } })
      const event = docs[0]!
      expect((await api(url(), '/api/workflow-events')).status).toBe(403)
      for (const who of ['admin', 'reviewer', 'editor'] as const) {
        const token = w.tokens[who]
        expect((await api(url(), `/api/workflow-events/${event.id}`, { body: { note: 'sửa' }, method: 'PATCH', token })).status).toBe(403)
        expect((await api(url(), `/api/workflow-events/${event.id}`, { method: 'DELETE', token })).status).toBe(403)
        expect((await api(url(), '/api/workflow-events', { body: { action: 'approve', actor: 1, at: new Date().toISOString(), from: 'in_review', itemCollection: 'articles', itemId: String(item.id), to: 'published' }, token })).status).toBe(403)
        const gql = await graphql(`mutation { deleteWorkflowEvent(id: ${event.id}) { id } }`, token)
        expect(gql.body.errors?.length).toBeGreaterThan(0)
      }
      await expect(w.t.payload.delete({ collection: 'workflow-events', id: event.id, overrideAccess: true })).rejects.toThrow()
      await expect(w.t.payload.update({ collection: 'workflow-events', data: { note: 'x' }, id: event.id, overrideAccess: true })).rejects.toThrow()
      const after = await w.t.payload.findByID({ collection: 'workflow-events', id: event.id, overrideAccess: true })
      expect(after).toMatchObject({ action: event.action, note: event.note ?? null })
    })
  })

  describe('metrics', () => {
    it('counts each recorded decision once in /metrics, and no refused one', async () => {
      const series = (text: string, action: string, to: string) =>
        Number(text.split('\n').find((l) => l.startsWith(`nguon_workflow_decisions_total{action="${action}",to="${to}"} `))?.split(' ')[1] ?? 0)
      const metrics = async () => (await fetch(`${url()}/metrics`)).text()
      const before = await metrics()
      const item = await w.articleIn('in_review')
      expect((await w.act('editor', item.id, { action: 'approve' })).status).toBe(403)
      expect((await w.act('reviewer', item.id, { action: 'approve' })).status).toBe(200)
      expect((await w.act('reviewer', item.id, { action: 'approve' })).status).toBe(409)
      const after = await metrics()
      expect(series(after, 'submit', 'in_review') - series(before, 'submit', 'in_review')).toBe(1)
      expect(series(after, 'approve', 'published') - series(before, 'approve', 'published')).toBe(1)
    })
  })

  describe('notifications', () => {
    it('emails reviewers on submit and the author on a decision', async () => {
      const item = await w.articleIn('draft', { title: 'Bài cần báo tin' })
      outbox.length = 0
      await w.act('editor', item.id, { action: 'submit' })
      await new Promise((resolve) => setTimeout(resolve, 200))
      const submitted = outbox.flatMap((m) => m.to)
      expect(submitted).toEqual(expect.arrayContaining(['reviewer@nguon.local', 'chief@nguon.local']))
      expect(submitted).not.toContain('editor@nguon.local')
      outbox.length = 0
      await w.act('reviewer', item.id, { action: 'request-changes', note: 'Thiếu nguồn' })
      await new Promise((resolve) => setTimeout(resolve, 200))
      expect(outbox.map((m) => m.to)).toEqual([['editor@nguon.local']])
      expect(outbox[0]!.text).toContain('Thiếu nguồn')
    })
  })
})
