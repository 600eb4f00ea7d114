// Approval integrity on the paths an attacker tried: version restore, media, concurrent decisions, internal fields.
// Each case reproduces a finding of the approval-integrity issue; they run on SQLite and on PostgreSQL (TEST_DATABASE_URL).
import { spawn } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api } from '../helpers/api'
import { type Doc, startWorkflowWorld, type WorkflowWorld } from '../helpers/workflow'

type List = { docs: Doc[]; totalDocs: number }
type Id = Doc['id']

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
const OTHER_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')

describe('approval integrity', () => {
  let w: WorkflowWorld
  const url = () => w.server.url
  const payload = () => w.t.payload
  const latest = (id: Id) => payload().findByID({ collection: 'articles', depth: 0, draft: true, id, overrideAccess: true }) as unknown as Promise<Doc>
  const live = (id: Id) => payload().findByID({ collection: 'articles', depth: 0, id, overrideAccess: true }) as unknown as Promise<Doc>
  const userId = async (email: string) =>
    (await payload().find({ collection: 'users', overrideAccess: true, where: { email: { equals: email } } })).docs[0]!.id
  const ids = (list: unknown) => ((list as (Id | { id: Id })[] | null) ?? []).map((x) => String(typeof x === 'object' ? x.id : x)).sort()
  const eventsOf = async (id: Id) =>
    (await payload().find({ collection: 'workflow-events', overrideAccess: true, sort: 'createdAt', limit: 100, where: { itemId: { equals: String(id) } } })).docs
  const versionsOf = async (id: Id) =>
    (await payload().findVersions({ collection: 'articles', depth: 0, overrideAccess: true, sort: '-updatedAt', limit: 50, where: { parent: { equals: id } } })).docs
  const graphql = (query: string, token?: string) =>
    api<{ data?: Record<string, unknown>; errors?: { message: string }[] }>(url(), '/api/graphql', { body: { query }, token })
  const patch = (id: Id, body: Record<string, unknown>, who: keyof WorkflowWorld['tokens']) =>
    api(url(), `/api/articles/${id}`, { body, method: 'PATCH', token: w.tokens[who] })
  const restoreREST = (versionId: Id, who: keyof WorkflowWorld['tokens'], draft = true) =>
    api<{ doc?: Doc; errors?: { message: string }[] }>(url(), `/api/articles/versions/${versionId}?draft=${draft}`, { body: {}, token: w.tokens[who] })
  const upload = async (who: keyof WorkflowWorld['tokens'], bytes = PNG, alt = 'Ảnh minh họa') => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), `anh-${Math.random().toString(36).slice(2)}.png`)
    form.append('_payload', JSON.stringify({ alt, kind: 'photo' }))
    const res = await fetch(`${url()}/api/media`, { body: form, headers: { authorization: `JWT ${w.tokens[who]}` }, method: 'POST' })
    const body = (await res.json()) as { doc: Doc & { filename: string; url: string } }
    if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${JSON.stringify(body)}`)
    return body.doc
  }

  beforeAll(async () => {
    w = await startWorkflowWorld('integrity')
  })
  afterAll(async () => w?.stop())

  describe('restoring a version is an edit by the restorer', () => {
    it('makes the admin who restored his own edit an editor, so he cannot approve it (REST)', async () => {
      const item = await w.articleIn('draft')
      expect((await patch(item.id, { title: 'Câu chữ của quản trị viên' }, 'admin')).status).toBe(200)
      const [mine] = await versionsOf(item.id)
      expect((await restoreREST(mine!.id, 'admin')).status).toBe(200)
      const restored = await latest(item.id)
      expect(restored.title).toBe('Câu chữ của quản trị viên')
      expect(ids(restored.editedBy)).toContain(String(await userId('admin@nguon.local')))
      expect((await w.act('admin', item.id, { action: 'submit' })).status).toBe(200)
      const approve = await w.act('admin', item.id, { action: 'approve' })
      expect(approve.status).toBe(403)
      expect((await live(item.id))._status).not.toBe('published')
    })

    it("makes chief@ an editor of a unit colleague's item he restores through GraphQL", async () => {
      const chief = await payload().find({ collection: 'users', overrideAccess: true, where: { email: { equals: 'chief@nguon.local' } } })
      const unit = chief.docs[0]!.unit as Id
      const colleague = await payload().create({
        collection: 'users',
        data: { email: `dong-nghiep-${Date.now()}@nguon.local`, name: 'Đồng nghiệp VPTT', password: 'nguon-demo-2023', roles: ['editor'], unit } as never,
        overrideAccess: true,
      })
      const { login } = await import('../helpers/api')
      const token = await login(url(), colleague.email as string)
      const created = await api<{ doc: Doc }>(url(), '/api/articles', { body: w.complete('articles', { audiences: ['public'], channels: ['web'], title: 'Bài của đồng nghiệp' }), token })
      expect(created.status).toBe(201)
      const [version] = await versionsOf(created.body.doc.id)
      const restored = await graphql(`mutation { restoreVersionArticle(id: ${version!.id}, draft: true) { id } }`, w.tokens.chief)
      expect(restored.body.errors ?? []).toEqual([])
      expect(ids((await latest(created.body.doc.id)).editedBy)).toContain(String(chief.docs[0]!.id))
      await api(url(), `/api/articles/${created.body.doc.id}/workflow`, { body: { action: 'submit' }, token })
      expect((await w.act('chief', created.body.doc.id, { action: 'approve' })).status).toBe(403)
    })

    it('refuses to restore onto a scheduled item and leaves its approval and trail as they were', async () => {
      const item = await w.articleIn('scheduled')
      const before = await latest(item.id)
      const versions = await versionsOf(item.id)
      const oldest = versions[versions.length - 1]!
      const res = await restoreREST(oldest.id, 'editor')
      expect(res.status).toBe(409)
      const after = await latest(item.id)
      expect(after).toMatchObject({ approvedBy: before.approvedBy, workflowStatus: 'scheduled' })
      const events = await eventsOf(item.id)
      expect(events.at(-1)!.to).toBe('scheduled')
    })

    it('refuses to restore while the item is in review', async () => {
      const item = await w.articleIn('in_review')
      const [version] = await versionsOf(item.id)
      expect((await restoreREST(version!.id, 'editor')).status).toBe(409)
      expect((await latest(item.id)).workflowStatus).toBe('in_review')
    })

    it('never puts a restored version live: restoring the published version of a withdrawn item answers 409 and nothing is published', async () => {
      const item = await w.articleIn('withdrawn')
      const published = (await versionsOf(item.id)).find((v) => (v.version as unknown as Doc)._status === 'published')!
      for (const draft of [true, false]) {
        const res = await restoreREST(published.id, 'admin', draft)
        expect(res.status).toBe(409)
      }
      const gql = await graphql(`mutation { restoreVersionArticle(id: ${published.id}, draft: false) { id _status } }`, w.tokens.admin)
      expect(gql.body.errors?.length).toBeGreaterThan(0)
      expect(await live(item.id)).toMatchObject({ _status: 'draft', workflowStatus: 'withdrawn' })
      expect((await api(url(), `/api/articles/${item.id}`)).status).toBe(404)
    })

    it('restoring onto a live item starts a correction by the restorer and leaves the live text alone', async () => {
      const item = await w.articleIn('published', { title: 'Bản đã duyệt' })
      expect((await patch(item.id, { title: 'Bản sửa thứ nhất' }, 'editor')).status).toBe(200)
      const versions = await versionsOf(item.id)
      const approved = versions.find((v) => (v.version as unknown as Doc).title === 'Bản đã duyệt' && (v.version as unknown as Doc)._status === 'published')!
      // Non-draft restores are turned into drafts for REST and the admin; the live version never changes without approval.
      for (const draft of [true, false]) expect((await restoreREST(approved.id, 'admin', draft)).status).toBe(200)
      expect(await live(item.id)).toMatchObject({ _status: 'published', title: 'Bản đã duyệt', workflowStatus: 'published' })
      const pending = await latest(item.id)
      expect(pending).toMatchObject({ _status: 'draft', workflowStatus: 'draft' })
      expect(ids(pending.editedBy)).toEqual(expect.arrayContaining([String(await userId('admin@nguon.local'))]))
      const gql = await graphql(`mutation { restoreVersionArticle(id: ${approved.id}, draft: false) { id } }`, w.tokens.admin)
      expect(gql.body.errors?.length).toBeGreaterThan(0)
      expect((await live(item.id)).title).toBe('Bản đã duyệt')
    })
  })

  describe('media is under review', () => {
    const mediaLive = async () => {
      const media = await upload('editor')
      const item = await w.articleIn('draft')
      expect((await patch(item.id, { heroImage: media.id }, 'editor')).status).toBe(200)
      await w.act('editor', item.id, { action: 'submit' })
      expect((await w.act('reviewer', item.id, { action: 'approve' })).status).toBe(200)
      return { item, media }
    }
    const replaceFile = async (id: Id, who: keyof WorkflowWorld['tokens'], bytes = OTHER_PNG) => {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), 'thay-the.png')
      form.append('_payload', JSON.stringify({ alt: 'Ảnh đã bị thay' }))
      return fetch(`${url()}/api/media/${id}`, { body: form, headers: { authorization: `JWT ${w.tokens[who]}` }, method: 'PATCH' })
    }

    it("refuses an editor of another unit who changes a published article's hero image", async () => {
      const { media } = await mediaLive()
      const res = await api(url(), `/api/media/${media.id}`, { body: { alt: 'Sửa trộm' }, method: 'PATCH', token: w.tokens.editor2 })
      expect([403, 404]).toContain(res.status)
      expect((await replaceFile(media.id, 'editor2')).status).toBeGreaterThanOrEqual(403)
      const stored = await payload().findByID({ collection: 'media', id: media.id, overrideAccess: true })
      expect(stored).toMatchObject({ alt: 'Ảnh minh họa', filename: media.filename })
    })

    it('refuses even its own unit and admins to change or delete media a live item uses (409)', async () => {
      const { media } = await mediaLive()
      for (const who of ['editor', 'admin'] as const) {
        const res = await api<{ errors?: { message: string }[] }>(url(), `/api/media/${media.id}`, { body: { alt: 'Đổi chú thích' }, method: 'PATCH', token: w.tokens[who] })
        expect(res.status).toBe(409)
        expect(JSON.stringify(res.body)).toMatch(/đang được dùng/)
        expect((await replaceFile(media.id, who)).status).toBe(409)
        expect((await api(url(), `/api/media/${media.id}`, { method: 'DELETE', token: w.tokens[who] })).status).toBe(409)
      }
      const file = await fetch(`${url()}${new URL(media.url, url()).pathname}`)
      expect(file.status).toBe(200)
      expect(Buffer.from(await file.arrayBuffer()).equals(PNG)).toBe(true)
    })

    it('keeps media of drafts away from anonymous readers (document, search and file) and shows public media of published items', async () => {
      const hidden = await upload('editor', PNG, 'Ảnh nháp bí mật')
      const draft = await w.articleIn('draft')
      await patch(draft.id, { heroImage: hidden.id }, 'editor')
      expect((await api(url(), `/api/media/${hidden.id}`)).status).toBe(404)
      const search = await api<List>(url(), `/api/media?where[alt][like]=${encodeURIComponent('bí mật')}`)
      expect(search.body.totalDocs).toBe(0)
      expect((await fetch(`${url()}${new URL(hidden.url, url()).pathname}`)).status).toBe(404)
      // Another unit's editor cannot read it either; its own unit can.
      expect((await api(url(), `/api/media/${hidden.id}`, { token: w.tokens.editor2 })).status).toBe(404)
      expect((await api(url(), `/api/media/${hidden.id}`, { token: w.tokens.editor })).status).toBe(200)

      const { media, item } = await mediaLive()
      expect((await api(url(), `/api/media/${media.id}`)).status).toBe(200)
      expect((await fetch(`${url()}${new URL(media.url, url()).pathname}`)).status).toBe(200)
      // Withdrawn: its picture is no longer public.
      expect((await w.act('reviewer', item.id, { action: 'withdraw', note: 'Rà soát' })).status).toBe(200)
      expect((await api(url(), `/api/media/${media.id}`)).status).toBe(404)
      expect((await fetch(`${url()}${new URL(media.url, url()).pathname}`)).status).toBe(404)
    })

    it("refuses to attach another unit's unpublished media by id, and counts the uploader of attached media as a writer", async () => {
      const theirs = await upload('editor2', PNG, 'Ảnh của Công an tỉnh')
      const item = await w.articleIn('draft')
      const res = await patch(item.id, { heroImage: theirs.id }, 'editor')
      expect(res.status).toBe(400)
      expect((await latest(item.id)).heroImage ?? null).toBeNull()
      // An admin uploads a picture for the unit (an admin's media has no unit until one is chosen).
      const byAdmin = await upload('admin', PNG, 'Ảnh của quản trị viên')
      const stttt = (await payload().findByID({ collection: 'articles', depth: 0, id: item.id, overrideAccess: true })).unit
      expect((await api(url(), `/api/media/${byAdmin.id}`, { body: { unit: stttt }, method: 'PATCH', token: w.tokens.admin })).status).toBe(200)
      expect((await patch(item.id, { heroImage: byAdmin.id }, 'editor')).status).toBe(200)
      expect(ids((await latest(item.id)).editedBy)).toContain(String(await userId('admin@nguon.local')))
      await w.act('editor', item.id, { action: 'submit' })
      expect((await w.act('admin', item.id, { action: 'approve' })).status).toBe(403)
      expect((await w.act('reviewer', item.id, { action: 'approve' })).status).toBe(200)
    })

    it('lets the unit change media only drafts use, and makes the changer an editor of those drafts', async () => {
      const media = await upload('editor')
      const item = await w.articleIn('draft')
      await patch(item.id, { heroImage: media.id }, 'editor')
      expect((await replaceFile(media.id, 'admin')).status).toBe(200)
      expect(ids((await latest(item.id)).editedBy)).toContain(String(await userId('admin@nguon.local')))
      await w.act('editor', item.id, { action: 'submit' })
      expect((await w.act('admin', item.id, { action: 'approve' })).status).toBe(403)
    })
  })

  describe('concurrent decisions on one item', () => {
    let receiver: Server
    let received: string[] = []
    beforeAll(async () => {
      receiver = createServer((req, res) => {
        let body = ''
        req.on('data', (chunk) => (body += chunk))
        req.on('end', () => {
          received.push((JSON.parse(body) as { type: string }).type)
          res.writeHead(204).end()
        })
      })
      receiver.listen(0, '127.0.0.1')
      await new Promise<void>((resolve) => receiver.once('listening', () => resolve()))
      const outlet = await payload().create({
        collection: 'outlets',
        data: { accessLevel: 'public', channels: ['web'], kind: 'web', name: 'Cổng tin', webhookUrl: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook` } as never,
        overrideAccess: true,
      })
      await api(url(), `/api/outlets/${outlet.id}/webhook-secret`, { body: {}, token: w.tokens.admin })
    })
    afterAll(() => {
      receiver?.closeAllConnections()
      receiver?.close()
    })
    // An approval records one fan-out; the sender expands it into one delivery per receiving outlet.
    const deliveriesOf = async (id: Id) => {
      const { expandFanouts } = await import('../../src/delivery/expandFanouts')
      await expandFanouts({ payload: payload() })
      return (await payload().find({ collection: 'deliveries', overrideAccess: true, limit: 100, where: { itemId: { equals: String(id) } } })).docs
    }

    it('lets exactly one of ten simultaneous approvals by two reviewers win; the others get 409 with the state they lost to', async () => {
      received = []
      const item = await w.articleIn('in_review')
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => w.act(i % 2 ? 'reviewer' : 'chief', item.id, { action: 'approve' })))
      const statuses = results.map((r) => r.status)
      expect(statuses.filter((s) => s === 200)).toHaveLength(1)
      for (const r of results.filter((r) => r.status !== 200)) expect(r).toMatchObject({ body: { from: 'published' }, status: 409 })
      const approvals = (await eventsOf(item.id)).filter((e) => e.action === 'approve')
      expect(approvals).toHaveLength(1)
      expect(await deliveriesOf(item.id)).toHaveLength(1)
      expect((await live(item.id)).version).toBe(1)
    })

    it('lets exactly one of two processes win when each approves the same item at the same moment', async () => {
      received = []
      const item = await w.articleIn('in_review')
      const root = path.resolve(import.meta.dirname, '../..')
      // The other process: another app instance on the same database, approving as reviewer@ when told to.
      const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'tests/helpers/childApprove.ts', 'articles', String(item.id), 'reviewer@nguon.local', '--wait-for-go'], {
        cwd: root,
        env: { ...process.env, PAYLOAD_MIGRATING: 'true' },
        stdio: ['pipe', 'pipe', 'pipe'],
      })
      let stdout = ''
      child.stdout.on('data', (chunk) => (stdout += chunk))
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
      const deadline = Date.now() + 120_000
      while (!stdout.includes('CHILD_READY') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
      expect(stdout).toContain('CHILD_READY')
      child.stdin.write('go\n')
      const mine = await w.act('chief', item.id, { action: 'approve' })
      await exited
      const theirs = JSON.parse(/^CHILD_RESULT (.*)$/m.exec(stdout)![1]!) as { status: number }
      expect([mine.status, theirs.status].sort()).toEqual([200, 409])
      if (mine.status === 409) expect(mine.body).toMatchObject({ from: 'published' })
      expect((await eventsOf(item.id)).filter((e) => e.action === 'approve')).toHaveLength(1)
      expect(await deliveriesOf(item.id)).toHaveLength(1)
      expect((await live(item.id)).version).toBe(1)
    })

    it('publishes a scheduled item once when two job workers reach it at the same moment', async () => {
      const item = await w.articleIn('scheduled')
      const { createLocalReq } = await import('payload')
      const { publishIfDue } = await import('../../src/workflow/performWorkflowAction')
      const later = new Date(Date.now() + 2 * 3_600_000)
      const results = await Promise.all([0, 1].map(async () => publishIfDue({ collection: 'articles', id: item.id, now: later, req: await createLocalReq({}, payload()) })))
      expect(results.sort()).toEqual(['published', 'skipped'])
      expect((await eventsOf(item.id)).filter((e) => e.action === 'publish')).toHaveLength(1)
      expect(await deliveriesOf(item.id)).toHaveLength(1)
      expect(await live(item.id)).toMatchObject({ _status: 'published', version: 1, workflowStatus: 'published' })
    })

    it('lets approve or request-changes win, never both, and the trail holds the winner only', async () => {
      const item = await w.articleIn('in_review')
      const [a, b] = await Promise.all([
        w.act('reviewer', item.id, { action: 'approve' }),
        w.act('chief', item.id, { action: 'request-changes', note: 'Chưa đạt' }),
      ])
      expect([a.status, b.status].sort()).toEqual([200, 409])
      const decisions = (await eventsOf(item.id)).filter((e) => e.action === 'approve' || e.action === 'request-changes')
      expect(decisions).toHaveLength(1)
      expect((await latest(item.id)).workflowStatus).toBe(decisions[0]!.to)
    })

    it('lets withdraw race a correction approval: a withdrawal always wins in the end, and an approval after it is refused', async () => {
      const item = await w.articleIn('published')
      await patch(item.id, { title: 'Đính chính' }, 'editor')
      await w.act('editor', item.id, { action: 'submit' })
      const [approve, withdraw] = await Promise.all([
        w.act('reviewer', item.id, { action: 'approve' }),
        w.act('chief', item.id, { action: 'withdraw', note: 'Gỡ' }),
      ])
      expect(withdraw.status).toBe(200)
      const events = await eventsOf(item.id)
      const decided = events.filter((e) => e.action === 'approve' || e.action === 'withdraw').map((e) => e.action)
      if (approve.status === 200) expect(decided.slice(-2)).toEqual(['approve', 'withdraw'])
      else expect(approve).toMatchObject({ body: { from: 'withdrawn' }, status: 409 })
      expect(await live(item.id)).toMatchObject({ _status: 'draft', workflowStatus: 'withdrawn' })
      expect((await latest(item.id)).workflowStatus).toBe('withdrawn')
    })

    it('keeps the approved text, not a pending correction, in what a withdrawal leaves behind', async () => {
      const item = await w.articleIn('published', { title: 'Văn bản đã duyệt' })
      await patch(item.id, { title: 'Bản sửa chưa duyệt' }, 'editor')
      expect((await w.act('reviewer', item.id, { action: 'withdraw', note: 'Gỡ' })).status).toBe(200)
      expect((await live(item.id)).title).toBe('Văn bản đã duyệt')
      const ninjs = await api<{ items?: { uri: string; headlines?: { value: string }[] }[] }>(url(), '/feeds/web/ninjs.json')
      const kill = ninjs.body.items?.find((i) => i.uri.endsWith(`:${item.id}`))
      expect(kill?.headlines?.[0]?.value).toBe('Văn bản đã duyệt')
    })

    it('refuses an edit that races a submit once the submit has won; a successful edit is what goes to review', async () => {
      for (let round = 0; round < 5; round++) {
        const item = await w.articleIn('draft', { title: 'Bản gửi duyệt' })
        const [edit, submit] = await Promise.all([patch(item.id, { title: 'Sửa vào phút chót' }, 'editor'), w.act('editor', item.id, { action: 'submit' })])
        expect(submit.status).toBe(200)
        const reviewed = await latest(item.id)
        expect(reviewed.workflowStatus).toBe('in_review')
        if (edit.status === 200) expect(reviewed.title).toBe('Sửa vào phút chót')
        else expect({ status: edit.status, title: reviewed.title }).toEqual({ status: 409, title: 'Bản gửi duyệt' })
      }
    })
  })

  describe('internal fields stay internal', () => {
    it('gives anonymous readers no review note, approver or editors (REST), and no GraphQL at all', async () => {
      const item = await w.articleIn('published')
      const rest = await api<Doc>(url(), `/api/articles/${item.id}`)
      expect(rest.status).toBe(200)
      for (const field of ['reviewNote', 'approvedBy', 'editedBy', 'author']) expect(rest.body).not.toHaveProperty(field)
      // GraphQL is for signed-in users (src/http/guardGraphQL.ts): anonymous readers get 401 and nothing of the item.
      const gql = await graphql(`{ Article(id: ${item.id}) { id reviewNote approvedBy { id } editedBy { id } } }`)
      expect(gql.status).toBe(401)
      expect(gql.body.data).toBeUndefined()
      expect(gql.body.errors?.[0]?.message).toMatch(/đã đăng nhập.*signed-in users/)
      const logged = await api<Doc>(url(), `/api/articles/${item.id}`, { token: w.tokens.editor })
      expect(logged.body).toHaveProperty('approvedBy')
    })

    it("lets a reviewer limited to some units read only those units' drafts", async () => {
      const units = await payload().find({ collection: 'units', overrideAccess: true, limit: 50 })
      const ca = units.docs.find((u) => u.code === 'CA')!
      const reviewer = await payload().find({ collection: 'users', overrideAccess: true, where: { email: { equals: 'reviewer@nguon.local' } } })
      await payload().update({ collection: 'users', data: { reviewUnits: [ca.id] } as never, id: reviewer.docs[0]!.id, overrideAccess: true })
      try {
        const sttttDraft = await w.articleIn('draft')
        const caDraft = await w.articleIn('draft', { author: 'editor2' })
        expect((await api(url(), `/api/articles/${sttttDraft.id}?draft=true`, { token: w.tokens.reviewer })).status).toBe(404)
        expect((await api(url(), `/api/articles/${caDraft.id}?draft=true`, { token: w.tokens.reviewer })).status).toBe(200)
        const list = await api<List>(url(), `/api/articles?draft=true&limit=100&where[id][in]=${sttttDraft.id},${caDraft.id}`, { token: w.tokens.reviewer })
        expect(list.body.docs.map((d) => String(d.id))).toEqual([String(caDraft.id)])
      } finally {
        await payload().update({ collection: 'users', data: { reviewUnits: [] } as never, id: reviewer.docs[0]!.id, overrideAccess: true })
      }
    })
  })
})
