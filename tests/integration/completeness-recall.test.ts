// Only complete items go to review and out (422 naming each missing field, in the user's language), and an editor can
// take back what they sent (recall), on record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api } from '../helpers/api'
import { type Doc, startWorkflowWorld, type WorkflowWorld } from '../helpers/workflow'

type Refusal = { error: string; fields?: { message: string; path: string }[] }

describe('complete content only, and recall', () => {
  let w: WorkflowWorld
  const url = () => w.server.url
  const latest = (id: Doc['id'], collection = 'articles') =>
    w.t.payload.findByID({ collection: collection as 'articles', depth: 0, draft: true, id, overrideAccess: true }) as unknown as Promise<Doc>
  const create = async (body: Record<string, unknown>, collection = 'articles') => {
    const res = await api<{ doc: Doc }>(url(), `/api/${collection}`, { body, token: w.tokens.editor })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body.doc
  }

  beforeAll(async () => {
    w = await startWorkflowWorld('completeness')
  })
  afterAll(async () => w?.stop())

  it('refuses to submit an untitled, empty article with 422 naming every missing field, in Vietnamese', async () => {
    const item = await create({})
    const res = await w.act('editor', item.id, { action: 'submit' })
    expect(res.status).toBe(422)
    const body = res.body as unknown as Refusal
    expect(body.error).toBe('Tin bài chưa đủ nội dung')
    // Audiences default to the public (src/fields/audience.ts), so they are not missing.
    expect(body.fields!.map((f) => f.path)).toEqual(['title', 'body', 'campaign', 'channels'])
    expect(body.fields![0]!.message).toBe('Chưa có tiêu đề')
    expect((await latest(item.id)).workflowStatus).toBe('draft')
    expect((await w.t.payload.count({ collection: 'workflow-events', overrideAccess: true, where: { itemId: { equals: String(item.id) } } })).totalDocs).toBe(0)
  })

  it('names the missing fields in English for a user who reads the admin in English', async () => {
    const item = await create({ title: 'Có tiêu đề', audiences: ['public'], channels: ['web'] })
    const res = await fetch(`${url()}/api/articles/${item.id}/workflow`, {
      body: JSON.stringify({ action: 'submit' }),
      headers: { authorization: `JWT ${w.tokens.editor}`, 'content-type': 'application/json', cookie: 'payload-lng=en' },
      method: 'POST',
    })
    expect(res.status).toBe(422)
    const body = (await res.json()) as Refusal
    expect(body).toEqual({
      error: 'The item is not complete yet',
      fields: [
        { message: 'The body is empty', path: 'body' },
        { message: 'No campaign chosen', path: 'campaign' },
      ],
    })
  })

  it('lets a complete article through, and checks again at approval (a bulletin needs its audio)', async () => {
    const item = await create(w.complete('articles', { title: 'Đầy đủ' }))
    expect((await w.act('editor', item.id, { action: 'submit' })).status).toBe(200)
    const bulletin = await w.t.payload.create({
      collection: 'bulletins',
      data: { audiences: ['public'], date: '2031-01-02T00:00:00.000+07:00', intro: 'Kính thưa bà con.', items: [], script: 'Kính thưa bà con.', slot: '06:00', workflowStatus: 'in_review' } as never,
      draft: true,
      overrideAccess: true,
    })
    const approve = await w.act('reviewer', bulletin.id, { action: 'approve' }, 'bulletins')
    expect(approve.status).toBe(422)
    expect((approve.body as unknown as Refusal).fields!.map((f) => f.path)).toEqual(['items', 'audio'])
    expect((await w.act('reviewer', item.id, { action: 'approve' })).status).toBe(200)
  })

  describe('recall', () => {
    it('lets the editor take back an item in review: it is a draft again, on record, and editable', async () => {
      const item = await w.articleIn('in_review')
      const res = await w.act('editor', item.id, { action: 'recall' })
      expect(res.status).toBe(200)
      expect((await latest(item.id)).workflowStatus).toBe('draft')
      const events = await w.t.payload.find({ collection: 'workflow-events', overrideAccess: true, sort: 'createdAt', where: { itemId: { equals: String(item.id) } } })
      expect(events.docs.map((e) => [e.action, e.from, e.to])).toEqual([
        ['submit', 'draft', 'in_review'],
        ['recall', 'in_review', 'draft'],
      ])
      expect((await api(url(), `/api/articles/${item.id}`, { body: { title: 'Sửa sau khi rút lại' }, method: 'PATCH', token: w.tokens.editor })).status).toBe(200)
    })

    it.each([
      ['reviewer', 403],
      ['chief', 403],
      ['editor2', 404],
      ['anonymous', 401],
    ] as const)('refuses %s (%i)', async (who, status) => {
      const item = await w.articleIn('in_review')
      expect((await w.act(who, item.id, { action: 'recall' })).status).toBe(status)
      expect((await latest(item.id)).workflowStatus).toBe('in_review')
    })

    it.each(['draft', 'changes_requested', 'scheduled', 'published', 'withdrawn'] as const)('refuses to recall an item that is %s (409)', async (state) => {
      const item = await w.articleIn(state)
      const res = await w.act('editor', item.id, { action: 'recall' })
      expect(res.status).toBe(409)
      expect(res.body).toMatchObject({ from: state === 'published' ? 'published' : state })
    })
  })
})
