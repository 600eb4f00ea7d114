// Who may read and write what, over real HTTP: each rule that grants something next to whom it refuses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalFromText } from '../../src/content/lexical'
import { seedPlan232 } from '../../src/seed/seedPlan232'
import { api, login } from '../helpers/api'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { startTestServer, type TestServer } from '../helpers/testServer'

type Doc = { id: number | string; [key: string]: unknown }
type List = { docs: Doc[]; totalDocs: number }

describe('content access over REST', () => {
  let t: TestPayload
  let server: TestServer
  const tokens: Record<string, string> = {}
  const units: Record<string, number | string> = {}
  let publishedPublic: Doc
  let publishedCadres: Doc

  beforeAll(async () => {
    t = await startTestPayload('access')
    await seedPlan232(t.payload, { demoPassword: 'nguon-demo-2023', sampleContent: false })
    server = await startTestServer({ config: t.config, getPayload: async () => t.payload })
    for (const who of ['admin', 'editor', 'editor2', 'reviewer']) tokens[who] = await login(server.url, `${who}@nguon.local`)
    const { docs } = await t.payload.find({ collection: 'units', limit: 50, overrideAccess: true })
    for (const unit of docs) units[unit.code] = unit.id
    const published = (audiences: ('cadres' | 'public')[], title: string) =>
      t.payload.create({
        collection: 'articles',
        data: { _status: 'published', audiences, title, unit: units.CA as number, workflowStatus: 'published' },
        overrideAccess: true,
      }) as unknown as Promise<Doc>
    publishedPublic = await published(['public'], 'Bài đã đăng cho công chúng')
    publishedCadres = await published(['cadres'], 'Bài nội bộ cho cán bộ')
  })
  afterAll(async () => {
    await server?.close()
    await t?.stop()
  })

  describe('anonymous readers', () => {
    it('cannot list or read users', async () => {
      expect((await api(server.url, '/api/users')).status).toBe(403)
      expect((await api(server.url, '/api/users/1')).status).toBe(403)
    })

    it('read published items meant for the public, and nothing else', async () => {
      const draft = await api<{ doc: Doc }>(server.url, '/api/articles', {
        body: { audiences: ['public'], title: 'Bản nháp chưa duyệt' },
        token: tokens.editor,
      })
      expect(draft.status).toBe(201)
      const list = await api<List>(server.url, '/api/articles?limit=100')
      expect(list.status).toBe(200)
      expect(list.body.docs.map((d) => d.id)).toEqual([publishedPublic.id])
      const asDraft = await api<List>(server.url, '/api/articles?draft=true&limit=100')
      expect(asDraft.body.docs.map((d) => d.id)).toEqual([publishedPublic.id])
      expect((await api(server.url, `/api/articles/${draft.body.doc.id}`)).status).toBeGreaterThanOrEqual(403)
      expect((await api(server.url, `/api/articles/${draft.body.doc.id}?draft=true`)).status).toBeGreaterThanOrEqual(403)
      expect((await api(server.url, `/api/articles/${publishedCadres.id}`)).status).toBeGreaterThanOrEqual(403)
    })

    it('read the eight published slogans', async () => {
      const list = await api<List>(server.url, '/api/slogans?limit=50')
      expect(list.body.totalDocs).toBe(8)
    })

    it('read briefs only when their distribution is public', async () => {
      for (const distribution of ['internal', 'press', 'public'] as const) {
        await t.payload.create({
          collection: 'briefs',
          data: {
            _status: 'published',
            claim: `Luận điệu (${distribution})`,
            distribution,
            response: lexicalFromText('Phản bác.') as never,
            title: `Lập luận ${distribution}`,
            workflowStatus: 'published',
          },
          overrideAccess: true,
        })
      }
      const list = await api<List>(server.url, '/api/briefs?limit=50')
      expect(list.body.docs.map((d) => d.distribution)).toEqual(['public'])
    })

    it('cannot create content', async () => {
      const res = await api(server.url, '/api/articles', { body: { title: 'Ẩn danh' } })
      expect(res.status).toBe(403)
    })
  })

  describe('editors', () => {
    it('write for their own unit, whatever unit, author or status the request names', async () => {
      const res = await api<{ doc: Doc }>(server.url, '/api/articles', {
        body: { author: 1, title: 'Bài của Sở TT&TT', unit: units.CA, workflowStatus: 'published' },
        token: tokens.editor,
      })
      expect(res.status).toBe(201)
      const stored = await t.payload.findByID({ collection: 'articles', depth: 1, draft: true, id: res.body.doc.id, overrideAccess: true })
      expect((stored.unit as { code: string }).code).toBe('STTTT')
      expect((stored.author as { email: string }).email).toBe('editor@nguon.local')
      expect(stored).toMatchObject({ _status: 'draft', workflowStatus: 'draft' })
    })

    it('cannot create an item as published', async () => {
      const before = (await t.payload.count({ collection: 'articles', overrideAccess: true })).totalDocs
      const res = await api(server.url, '/api/articles', { body: { _status: 'published', title: 'Tự đăng' }, token: tokens.editor })
      expect(res.status).toBe(403)
      expect((await t.payload.count({ collection: 'articles', overrideAccess: true })).totalDocs).toBe(before)
    })

    it("do not see another unit's drafts, and cannot edit them", async () => {
      const other = await api<{ doc: Doc }>(server.url, '/api/articles', { body: { title: 'Nháp của Công an tỉnh' }, token: tokens.editor2 })
      expect(other.status).toBe(201)
      const list = await api<List>(server.url, '/api/articles?draft=true&limit=100', { token: tokens.editor })
      expect(list.body.docs.map((d) => d.id)).not.toContain(other.body.doc.id)
      expect(list.body.docs.map((d) => d.id)).toContain(publishedPublic.id)
      const read = await api(server.url, `/api/articles/${other.body.doc.id}?draft=true`, { token: tokens.editor })
      expect(read.status).toBeGreaterThanOrEqual(403)
      const patch = await api(server.url, `/api/articles/${other.body.doc.id}`, { body: { title: 'Sửa trộm' }, method: 'PATCH', token: tokens.editor })
      expect(patch.status).toBeGreaterThanOrEqual(403)
    })

    it("read their own unit's version history and no other unit's", async () => {
      const mine = await api<{ doc: Doc }>(server.url, '/api/articles', { body: { title: 'Lịch sử của tôi' }, token: tokens.editor })
      const theirs = await api<{ doc: Doc }>(server.url, '/api/articles', { body: { title: 'Lịch sử đơn vị khác' }, token: tokens.editor2 })
      const res = await api<{ docs: { parent: number | string }[] }>(server.url, '/api/articles/versions?limit=200&depth=0', { token: tokens.editor })
      expect(res.status).toBe(200)
      const parents = res.body.docs.map((v) => v.parent)
      expect(parents).toContain(mine.body.doc.id)
      expect(parents).not.toContain(theirs.body.doc.id)
      const other = await api(server.url, `/api/articles/${theirs.body.doc.id}?draft=true`, { token: tokens.editor })
      expect(other.status).toBeGreaterThanOrEqual(403)
      expect((await api(server.url, '/api/articles/versions')).status).toBe(403)
    })

    it('cannot change their own roles or unit', async () => {
      const me = await api<{ user: Doc }>(server.url, '/api/users/me', { token: tokens.editor })
      const res = await api<{ doc: Doc }>(server.url, `/api/users/${me.body.user.id}`, {
        body: { roles: ['admin'], unit: units.CA },
        method: 'PATCH',
        token: tokens.editor,
      })
      const stored = await t.payload.findByID({ collection: 'users', depth: 0, id: me.body.user.id, overrideAccess: true })
      expect(res.status).toBe(200)
      expect(stored.roles).toEqual(['editor'])
      expect(stored.unit).toBe(units.STTTT)
    })

    it('read only their own account among users', async () => {
      const list = await api<List>(server.url, '/api/users?limit=50', { token: tokens.editor })
      expect(list.body.docs.map((d) => d.email)).toEqual(['editor@nguon.local'])
    })
  })

  describe('reviewers and admins', () => {
    it("reviewers read every unit's drafts", async () => {
      const list = await api<List>(server.url, '/api/articles?draft=true&limit=100', { token: tokens.reviewer })
      expect(list.body.totalDocs).toBeGreaterThanOrEqual(4)
    })

    it('only admins manage units and campaigns', async () => {
      for (const who of ['editor', 'reviewer']) {
        const res = await api(server.url, '/api/units', { body: { code: 'NEW', kind: 'department', name: 'Mới' }, token: tokens[who] })
        expect(res.status).toBe(403)
      }
      const res = await api(server.url, '/api/units', { body: { code: 'BAOHT', kind: 'press', name: 'Báo Hà Tĩnh' }, token: tokens.admin })
      expect(res.status).toBe(201)
      const duplicate = await api(server.url, '/api/units', { body: { code: 'BAOHT', kind: 'press', name: 'Trùng mã' }, token: tokens.admin })
      expect(duplicate.status).toBe(400)
    })
  })

  describe('no login lock-out', () => {
    // Five wrong passwords used to lock the account for 15 minutes, so anyone could lock the reviewers out. Now the
    // guessing client is slowed down (429), not the account (limits in tests/integration/accounts.test.ts).
    it('five failed logins slow down the client that made them, not the account', async () => {
      const from = (address: string) => ({ 'content-type': 'application/json', 'x-forwarded-for': address })
      const attempt = (password: string, address: string) =>
        fetch(`${server.url}/api/users/login`, { body: JSON.stringify({ email: 'editor2@nguon.local', password }), headers: from(address), method: 'POST' })
      for (let i = 0; i < 5; i++) expect((await attempt('wrong', '192.0.2.50')).status).toBe(401)
      expect((await attempt('nguon-demo-2023', '192.0.2.50')).status).toBe(429)
      expect((await attempt('nguon-demo-2023', '192.0.2.51')).status).toBe(200)
    })
  })

  describe('media uploads', () => {
    const upload = (name: string, type: string, bytes: Buffer) => {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
      form.append('_payload', JSON.stringify({ alt: 'Ảnh thử', kind: 'photo' }))
      return fetch(`${server.url}/api/media`, { body: form, headers: { authorization: `JWT ${tokens.editor}` }, method: 'POST' })
    }
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    )

    it('accepts a PNG', async () => {
      const res = await upload('pixel.png', 'image/png', png)
      expect(res.status).toBe(201)
    })

    it.each([
      ['poster.svg', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
      ['page.html', 'text/html', '<!doctype html><html><body><script>alert(1)</script></body></html>'],
      ['data.xml', 'application/xml', '<?xml version="1.0"?><root/>'],
      ['disguised.png', 'image/png', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
    ])('refuses %s', async (name, type, text) => {
      const before = (await t.payload.count({ collection: 'media', overrideAccess: true })).totalDocs
      const res = await upload(name, type, Buffer.from(text))
      expect(res.status).toBe(400)
      expect((await t.payload.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(before)
    })
  })
})
