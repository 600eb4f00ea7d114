// Adapting incoming desk items into drafts end to end: a local upstream polled into the desk, POST
// /api/incoming/{id}/adapt into each derivable collection, the read-only origin, four-eyes review, the origin in the
// feeds, who is refused, and the banner's answer when the upstream item changes or is withdrawn.
// Runs on SQLite, or on PostgreSQL with TEST_DATABASE_URL=postgres://….
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { parseJsonFeed, parseRssFeed } from 'feedsmith'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { changedOrigins, changedOriginsForReviewer } from '../../src/ingest/derivedChanges'
import { ingestSource } from '../../src/ingest/ingestSource'
import { ninjsValidator } from '../unit/feeds/ninjsValidator'
import { api } from '../helpers/api'
import { type Doc, type Person, startWorkflowWorld, type WorkflowWorld } from '../helpers/workflow'

type Id = number | string
type NinjsUpstreamItem = { body: string; pubStatus?: string; summary: string; title: string; uri: string; versionCreated: string }

const ninjsList = (items: NinjsUpstreamItem[]) =>
  JSON.stringify({
    items: items.map((item) => ({
      bodies: [{ contentType: 'text/html', role: 'main', value: item.body }],
      descriptions: [{ role: 'summary', value: item.summary }],
      firstCreated: '2026-12-04T08:00:00+07:00',
      headlines: [{ role: 'main', value: item.title }],
      pubStatus: item.pubStatus ?? 'usable',
      renditions: [{ contentType: 'text/html', href: `https://tinh.example/tin/${item.uri}`, name: 'web' }],
      uri: item.uri,
      versionCreated: item.versionCreated,
    })),
  })

const FIRST: NinjsUpstreamItem[] = [
  { body: '<p>Mưa lớn ở vùng núi.</p><p>Người dân cần chú ý.</p>', summary: 'Cảnh báo cho các huyện miền núi', title: 'Cảnh báo mưa lớn', uri: 'urn:tinh:mua', versionCreated: '2026-12-04T08:00:00+07:00' },
  { body: '<p>Lịch tiêm tháng Mười Hai.</p>', summary: 'Lịch tiêm', title: 'Tiêm chủng', uri: 'urn:tinh:tiem', versionCreated: '2026-12-04T08:00:00+07:00' },
  { body: '<p>Tin đã hủy.</p>', pubStatus: 'canceled', summary: 'Hủy', title: 'Tin bị hủy', uri: 'urn:tinh:huy', versionCreated: '2026-12-04T08:00:00+07:00' },
]

describe('adapting incoming items into drafts', () => {
  let w: WorkflowWorld
  let upstream: Server
  let upstreamUrl = ''
  let sourceId: Id
  let answer = ninjsList(FIRST)
  const desk = new Map<string, Doc>()
  const url = () => w.server.url
  const validateNinjs = ninjsValidator()

  const adapt = (who: 'anonymous' | Person | { token: string }, incoming: Id, body: unknown) =>
    api<{ doc: Doc & { derivedFrom?: Record<string, unknown> }; error?: string; issues?: string[] }>(url(), `/api/incoming/${incoming}/adapt`, {
      body,
      token: who === 'anonymous' ? undefined : typeof who === 'object' ? who.token : w.tokens[who],
    })
  const poll = async () => {
    const result = await ingestSource({ payload: w.t.payload, sourceId })
    if (result.kind === 'error') throw new Error(result.message)
    const { docs } = await w.t.payload.find({ collection: 'incoming', depth: 0, overrideAccess: true, pagination: false, where: { source: { equals: sourceId } } })
    for (const row of docs) desk.set(row.upstreamId, row as unknown as Doc)
    return result
  }
  const row = (upstreamId: string) => desk.get(upstreamId)!.id
  const userDoc = async (who: Person) => {
    const { docs } = await w.t.payload.find({ collection: 'users', depth: 0, overrideAccess: true, where: { email: { equals: `${who}@nguon.local` } } })
    return { ...docs[0]!, collection: 'users' as const }
  }
  const reqAs = async (who: Person) => createLocalReq({ user: (await userDoc(who)) as never }, w.t.payload)
  const unitOf = async (who: Person) => {
    const user = await userDoc(who)
    return typeof user.unit === 'object' && user.unit ? user.unit.id : user.unit
  }

  beforeAll(async () => {
    process.env.NGUON_SOURCE_ALLOWED_HOSTS = 'localhost'
    w = await startWorkflowWorld('ingest-adapt')
    upstream = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(answer))
    await new Promise<void>((resolve) => upstream.listen(0, resolve))
    upstreamUrl = `http://localhost:${(upstream.address() as AddressInfo).port}/feeds/web/ninjs.json`
    const source = await w.t.payload.create({ collection: 'sources', data: { name: 'Cổng thông tin tỉnh', url: upstreamUrl } as never, overrideAccess: true })
    sourceId = source.id
    expect(await poll()).toMatchObject({ new: 3 })
  })

  afterAll(async () => {
    delete process.env.NGUON_SOURCE_ALLOWED_HOSTS
    await new Promise((resolve) => upstream?.close(resolve))
    await w?.stop()
  })

  it.each([
    ['articles', { summary: 'Cảnh báo cho các huyện miền núi', title: 'Cảnh báo mưa lớn' }],
    ['talking-points', { headline: 'Cảnh báo mưa lớn', keyMessage: 'Cảnh báo cho các huyện miền núi' }],
    ['briefs', { title: 'Cảnh báo mưa lớn' }],
    ['bulletins', { intro: 'Cảnh báo mưa lớn\n\nMưa lớn ở vùng núi.\n\nNgười dân cần chú ý.' }],
  ])('makes a draft of %s in the editor’s unit, prefilled, with a read-only origin, answering 201', async (collection, prefilled) => {
    const before = Date.now()
    const res = await adapt('editor', row('urn:tinh:mua'), { collection })
    expect(res.status).toBe(201)
    const { doc } = res.body
    expect(doc).toMatchObject({ ...prefilled, _status: 'draft', workflowStatus: 'draft' })
    expect(String(doc.unit)).toBe(String(await unitOf('editor')))
    expect(String(doc.author)).toBe(String((await userDoc('editor')).id))
    expect(doc.derivedFrom).toMatchObject({
      incoming: String(row('urn:tinh:mua')),
      link: 'https://tinh.example/tin/urn:tinh:mua',
      source: sourceId,
      sourceName: 'Cổng thông tin tỉnh',
      sourceUrl: upstreamUrl,
      upstreamId: 'urn:tinh:mua',
      upstreamUpdatedAt: '2026-12-04T01:00:00.000Z',
    })
    expect(Date.parse(doc.derivedFrom!.adaptedAt as string)).toBeGreaterThanOrEqual(before - 1000)
    // What the editor reads back through REST is the same origin.
    const read = await api<Doc & { derivedFrom?: Record<string, unknown> }>(url(), `/api/${collection}/${doc.id}?draft=true&depth=0`, { token: w.tokens.editor })
    expect(read.body.derivedFrom).toMatchObject({ incoming: String(row('urn:tinh:mua')), upstreamId: 'urn:tinh:mua' })
  })

  it('keeps the body’s paragraphs as rich text and the source as a brief’s first piece of evidence', async () => {
    const article = (await adapt('editor', row('urn:tinh:mua'), { collection: 'articles' })).body.doc
    const paragraphs = (article.body as { root: { children: { children: { text: string }[] }[] } }).root.children.map((p) => p.children[0]!.text)
    expect(paragraphs).toEqual(['Mưa lớn ở vùng núi.', 'Người dân cần chú ý.'])
    const brief = (await adapt('editor', row('urn:tinh:mua'), { collection: 'briefs' })).body.doc
    expect(brief.evidence).toEqual([expect.objectContaining({ source: 'Cổng thông tin tỉnh', statement: 'Cảnh báo cho các huyện miền núi', url: 'https://tinh.example/tin/urn:tinh:mua' })])
  })

  it('takes a campaign, and lets an admin adapt for the unit they name (admins have no unit)', async () => {
    const withCampaign = await adapt('editor', row('urn:tinh:tiem'), { campaign: w.campaign, collection: 'articles' })
    expect(withCampaign.status).toBe(201)
    expect(String(withCampaign.body.doc.campaign)).toBe(String(w.campaign))
    const unit = await unitOf('editor2')
    const byAdmin = await adapt('admin', row('urn:tinh:tiem'), { collection: 'articles', unit })
    expect(byAdmin.status).toBe(201)
    expect(String(byAdmin.body.doc.unit)).toBe(String(unit))
    const noUnit = await adapt('admin', row('urn:tinh:tiem'), { collection: 'articles' })
    expect(noUnit.status).toBe(400)
    expect(noUnit.body.error).toMatch(/^Hãy chọn đơn vị/)
  })

  it('goes through four-eyes review like any draft: its editor cannot approve it, a reviewer can, and the feeds then name the origin', async () => {
    const { doc } = (await adapt('editor', row('urn:tinh:mua'), { campaign: w.campaign, collection: 'articles' })).body
    const patched = await api(url(), `/api/articles/${doc.id}?draft=true`, { body: { audiences: ['public'], channels: ['newspaper', 'web'] }, method: 'PATCH', token: w.tokens.editor })
    expect(patched.status).toBe(200)
    expect((await w.act('editor', doc.id, { action: 'submit' })).status).toBe(200)
    // The editor does not review at all; an editor-reviewer approving what they adapted is refused in the next test.
    expect((await w.act('editor', doc.id, { action: 'approve' })).status).toBe(403)
    const approved = await w.act('reviewer', doc.id, { action: 'approve' })
    expect(approved.status).toBe(200)

    const outlet = await w.t.payload.create({ collection: 'outlets', data: { accessLevel: 'public', channels: ['newspaper'], kind: 'newspaper', name: 'Báo tỉnh' } as never, overrideAccess: true })
    const { token } = (await api<{ token: string }>(url(), `/api/outlets/${outlet.id}/token`, { body: {}, token: w.tokens.admin })).body
    const get = (file: string) => fetch(`${url()}/feeds/newspaper/${file}`, { headers: { authorization: `Bearer ${token}` } })

    const rss = parseRssFeed(await (await get('rss.xml')).text())
    const item = rss.items?.find((entry) => entry.guid?.value === `urn:nguon:articles:${doc.id}`)
    expect(item?.source).toEqual({ title: 'Cổng thông tin tỉnh', url: upstreamUrl })

    // feedsmith checks the JSON Feed and keeps the standard fields; the _nguon extension is read from the JSON itself.
    const jsonText = await (await get('feed.json')).text()
    expect((parseJsonFeed(jsonText).items ?? []).some((entry) => entry.id === `urn:nguon:articles:${doc.id}`)).toBe(true)
    const jsonItem = (JSON.parse(jsonText) as { items: { _nguon: Record<string, unknown>; id: string }[] }).items.find((entry) => entry.id === `urn:nguon:articles:${doc.id}`)!
    expect(jsonItem._nguon.derivedFrom).toEqual({ link: 'https://tinh.example/tin/urn:tinh:mua', source: 'Cổng thông tin tỉnh', upstreamId: 'urn:tinh:mua', url: upstreamUrl })

    const ninjs = (await (await get('ninjs.json')).json()) as { items: Record<string, unknown>[] }
    const ninjsItem = ninjs.items.find((entry) => entry.uri === `urn:nguon:articles:${doc.id}`)!
    expect(validateNinjs(ninjsItem)).toBe(true)
    expect(ninjsItem.infoSources).toContainEqual({ name: 'Cổng thông tin tỉnh', role: 'derived-from', uri: upstreamUrl })
    expect(ninjsItem.altIds).toContainEqual({ role: 'derived-from-id', value: 'urn:tinh:mua' })
  })

  it('refuses approval by an editor-reviewer who adapted the item (four-eyes)', async () => {
    const { doc } = (await adapt('chief', row('urn:tinh:tiem'), { campaign: w.campaign, collection: 'articles' })).body
    await api(url(), `/api/articles/${doc.id}?draft=true`, { body: { audiences: ['public'], channels: ['web'] }, method: 'PATCH', token: w.tokens.chief })
    expect((await w.act('chief', doc.id, { action: 'submit' })).status).toBe(200)
    const own = await w.act('chief', doc.id, { action: 'approve' })
    expect(own.status).toBe(403)
    expect((await w.act('reviewer', doc.id, { action: 'approve' })).status).toBe(200)
  })

  describe('who is refused', () => {
    it('refuses anonymous visitors (401), reviewers who do not edit (403) and outlet feed tokens (401: they are no user)', async () => {
      expect((await adapt('anonymous', row('urn:tinh:tiem'), { collection: 'articles' })).status).toBe(401)
      const reviewer = await adapt('reviewer', row('urn:tinh:tiem'), { collection: 'articles' })
      expect(reviewer.status).toBe(403)
      expect(reviewer.body.error).toMatch(/^Chỉ biên tập viên/)
      const outlet = await w.t.payload.create({ collection: 'outlets', data: { accessLevel: 'internal', channels: ['newspaper'], kind: 'newspaper', name: 'Báo nội bộ' } as never, overrideAccess: true })
      const { token } = (await api<{ token: string }>(url(), `/api/outlets/${outlet.id}/token`, { body: {}, token: w.tokens.admin })).body
      const byOutlet = await fetch(`${url()}/api/incoming/${row('urn:tinh:tiem')}/adapt`, { body: JSON.stringify({ collection: 'articles' }), headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, method: 'POST' })
      expect(byOutlet.status).toBe(401)
    })

    it.each([
      ['a collection that cannot be adapted', { collection: 'slogans' }, /collection phải là một trong/],
      ['no collection', {}, /collection/],
      ['a derivedFrom of the client’s own', { collection: 'articles', derivedFrom: { upstreamId: 'forged' } }, /derivedFrom/],
      ['a list', ['articles'], /./],
    ])('answers 400 to %s', async (_name, body, issue) => {
      const res = await adapt('editor', row('urn:tinh:tiem'), body)
      expect(res.status).toBe(400)
      expect(res.body.error).toMatch(/^Yêu cầu không hợp lệ/)
      expect(res.body.issues?.join(' ')).toMatch(issue)
    })

    it('answers 400 to a body that is not JSON, 404 to an unknown row, 403 to an editor naming another unit', async () => {
      const notJson = await fetch(`${url()}/api/incoming/${row('urn:tinh:tiem')}/adapt`, { body: 'articles', headers: { authorization: `JWT ${w.tokens.editor}`, 'content-type': 'application/json' }, method: 'POST' })
      expect(notJson.status).toBe(400)
      expect((await adapt('editor', 987654, { collection: 'articles' })).status).toBe(404)
      expect((await adapt('editor', 'abc', { collection: 'articles' })).status).toBe(404)
      const other = await adapt('editor', row('urn:tinh:tiem'), { collection: 'articles', unit: await unitOf('editor2') })
      expect(other.status).toBe(403)
      // Ids that name nothing are the client's mistake, never a database error.
      const noCampaign = await adapt('editor', row('urn:tinh:tiem'), { campaign: 987654, collection: 'articles' })
      expect(noCampaign.status, JSON.stringify(noCampaign.body)).toBe(400)
      const noUnit = await adapt('admin', row('urn:tinh:tiem'), { collection: 'articles', unit: 987654 })
      expect(noUnit.status, JSON.stringify(noUnit.body)).toBe(400)
    })

    it('refuses to adapt a row its source withdrew (409), and makes no draft', async () => {
      const count = async () => (await w.t.payload.count({ collection: 'articles', overrideAccess: true })).totalDocs
      const before = await count()
      const res = await adapt('editor', row('urn:tinh:huy'), { collection: 'articles' })
      expect(res.status).toBe(409)
      expect(res.body.error).toMatch(/^Nguồn đã rút/)
      expect(await count()).toBe(before)
    })
  })

  describe('the origin is read-only', () => {
    const forged = { incoming: '1', sourceName: 'Giả mạo', sourceUrl: 'https://gia.example/rss', upstreamId: 'forged' }

    it('ignores derivedFrom in an editor’s REST create and PATCH', async () => {
      const created = await api<{ doc: Doc & { derivedFrom?: Record<string, unknown> } }>(url(), '/api/articles', { body: { derivedFrom: forged, title: 'Bài tự viết' }, token: w.tokens.editor })
      expect(created.status).toBe(201)
      expect(created.body.doc.derivedFrom?.upstreamId ?? null).toBeNull()
      const adapted = (await adapt('editor', row('urn:tinh:tiem'), { collection: 'articles' })).body.doc
      const patched = await api<{ doc: Doc & { derivedFrom?: Record<string, unknown> } }>(url(), `/api/articles/${adapted.id}?draft=true`, { body: { derivedFrom: forged, title: 'Sửa' }, method: 'PATCH', token: w.tokens.editor })
      expect(patched.status).toBe(200)
      expect(patched.body.doc.derivedFrom).toMatchObject({ sourceName: 'Cổng thông tin tỉnh', upstreamId: 'urn:tinh:tiem' })
      const plainPatched = await api<{ doc: Doc & { derivedFrom?: Record<string, unknown> } }>(url(), `/api/articles/${created.body.doc.id}?draft=true`, { body: { derivedFrom: forged }, method: 'PATCH', token: w.tokens.editor })
      expect(plainPatched.body.doc.derivedFrom?.upstreamId ?? null).toBeNull()
    })

    it('ignores or refuses derivedFrom in GraphQL create and update', async () => {
      const gql = (query: string) => api<{ data?: Record<string, { derivedFrom?: { upstreamId: null | string }; id: Id } | null>; errors?: unknown[] }>(url(), '/api/graphql', { body: { query }, token: w.tokens.editor })
      const created = await gql(`mutation { createArticle(data: { title: "GraphQL", derivedFrom: { upstreamId: "forged" } }, draft: true) { id derivedFrom { upstreamId } } }`)
      expect(created.body.errors?.length || created.body.data?.createArticle?.derivedFrom?.upstreamId == null).toBeTruthy()
      const adapted = (await adapt('editor', row('urn:tinh:tiem'), { collection: 'articles' })).body.doc
      const updated = await gql(`mutation { updateArticle(id: ${JSON.stringify(adapted.id)}, draft: true, data: { derivedFrom: { upstreamId: "forged" } }) { id derivedFrom { upstreamId } } }`)
      expect(updated.body.errors?.length || updated.body.data?.updateArticle?.derivedFrom?.upstreamId === 'urn:tinh:tiem').toBeTruthy()
      const stored = await w.t.payload.findByID({ collection: 'articles', depth: 0, draft: true, id: adapted.id, overrideAccess: true })
      expect(stored.derivedFrom?.upstreamId).toBe('urn:tinh:tiem')
    })

    it('is not copied by a duplicate (the copy is the duplicator’s own item)', async () => {
      const adapted = (await adapt('editor', row('urn:tinh:tiem'), { collection: 'articles' })).body.doc
      const copy = await api<{ doc: Doc & { derivedFrom?: Record<string, unknown> } }>(url(), `/api/articles/${adapted.id}/duplicate`, { body: {}, token: w.tokens.editor })
      expect(copy.status).toBe(200)
      expect(copy.body.doc.id).not.toBe(adapted.id)
      expect(copy.body.doc.derivedFrom?.upstreamId ?? null).toBeNull()
      const stored = await w.t.payload.findByID({ collection: 'articles', depth: 0, draft: true, id: copy.body.doc.id, overrideAccess: true })
      expect(stored.derivedFrom?.upstreamId ?? null).toBeNull()
    })

    it('keeps the current value when a version is restored, even a version whose origin differs', async () => {
      const adapted = (await adapt('editor', row('urn:tinh:tiem'), { collection: 'articles' })).body.doc
      // Server code (trusted, overrideAccess) writes a version with another origin, then the item's own comes back.
      await w.t.payload.update({ collection: 'articles', data: { derivedFrom: { ...forged } } as never, draft: true, id: adapted.id, overrideAccess: true })
      await w.t.payload.update({ collection: 'articles', data: { derivedFrom: adapted.derivedFrom, title: 'Bản sau' } as never, draft: true, id: adapted.id, overrideAccess: true })
      const { docs } = await w.t.payload.findVersions({ collection: 'articles', depth: 0, overrideAccess: true, sort: '-updatedAt', where: { parent: { equals: adapted.id } } })
      const forgedVersion = docs.find((version) => version.version.derivedFrom?.upstreamId === 'forged')!
      const restored = await api(url(), `/api/articles/versions/${forgedVersion.id}`, { body: {}, token: w.tokens.editor })
      expect(restored.status).toBe(200)
      const stored = await w.t.payload.findByID({ collection: 'articles', depth: 0, draft: true, id: adapted.id, overrideAccess: true })
      expect(stored.derivedFrom?.upstreamId).toBe('urn:tinh:tiem')
      expect(stored.derivedFrom?.sourceName).toBe('Cổng thông tin tỉnh')
    })
  })

  describe('when the upstream item changes', () => {
    it('says updated, then withdrawn, for each item adapted from it: to the banner, the endpoint and the reviewer’s page', async () => {
      const made = await Promise.all(
        (['articles', 'talking-points', 'briefs', 'bulletins'] as const).map(async (collection) => ({ collection, doc: (await adapt('editor', row('urn:tinh:tiem'), { collection })).body.doc })),
      )
      const refs = made.map(({ collection, doc }) => ({ collection, derivedFrom: doc.derivedFrom as never, id: doc.id }))
      expect(await changedOrigins({ items: refs, req: await reqAs('editor') })).toEqual([])
      const quiet = await api<{ change: null | string }>(url(), `/api/articles/${made[0]!.doc.id}/upstream-change`, { token: w.tokens.editor })
      expect(quiet).toMatchObject({ body: { change: null, incoming: null }, status: 200 })

      answer = ninjsList([{ ...FIRST[1]!, summary: 'Lịch tiêm đã đổi', versionCreated: '2026-12-05T08:00:00+07:00' }])
      expect(await poll()).toMatchObject({ updated: 1 })
      const updated = await changedOrigins({ items: refs, req: await reqAs('editor') })
      expect(updated.map((change) => [change.collection, change.change])).toEqual(made.map(({ collection }) => [collection, 'updated']))
      expect(updated[0]!.incoming).toMatchObject({ id: String(row('urn:tinh:tiem')), pubStatus: 'usable', title: 'Tiêm chủng' })
      const banner = await api<{ change: string; incoming: Record<string, unknown> }>(url(), `/api/talking-points/${made[1]!.doc.id}/upstream-change`, { token: w.tokens.editor })
      expect(banner.status).toBe(200)
      expect(banner.body).toMatchObject({ change: 'updated', incoming: { id: String(row('urn:tinh:tiem')), pubStatus: 'usable', title: 'Tiêm chủng', upstreamChangedAt: expect.any(String) } })
      const forReviewer = await changedOriginsForReviewer({ req: await reqAs('reviewer') })
      for (const { collection, doc } of made) expect(forReviewer).toContainEqual(expect.objectContaining({ change: 'updated', collection, id: doc.id }))

      answer = ninjsList([{ ...FIRST[1]!, pubStatus: 'withheld', versionCreated: '2026-12-05T09:00:00+07:00' }])
      expect(await poll()).toMatchObject({ withdrawn: 1 })
      expect((await changedOrigins({ items: refs, req: await reqAs('editor') })).map((change) => change.change)).toEqual(['withdrawn', 'withdrawn', 'withdrawn', 'withdrawn'])
      const withdrawn = await api<{ change: string }>(url(), `/api/bulletins/${made[3]!.doc.id}/upstream-change`, { token: w.tokens.reviewer })
      expect(withdrawn.body.change).toBe('withdrawn')
    })

    it('does not show a draft to a reviewer limited to other units, nor answer the banner for those who may not read the item', async () => {
      const draft = (await adapt('editor', row('urn:tinh:mua'), { collection: 'articles' })).body.doc
      expect((await api(url(), `/api/articles/${draft.id}/upstream-change`)).status).toBe(401)
      expect((await api(url(), `/api/articles/${draft.id}/upstream-change`, { token: w.tokens.editor2 })).status).toBe(404)
      expect((await api(url(), `/api/articles/abc/upstream-change`, { token: w.tokens.editor })).status).toBe(404)
      const chiefUnit = await unitOf('chief')
      const chief = await userDoc('chief')
      await w.t.payload.update({ collection: 'users', data: { reviewUnits: [chiefUnit] } as never, id: chief.id, overrideAccess: true })
      answer = ninjsList([{ ...FIRST[0]!, summary: 'Mưa đã giảm', versionCreated: '2026-12-05T10:00:00+07:00' }])
      expect(await poll()).toMatchObject({ updated: 1 })
      const forChief = await changedOriginsForReviewer({ req: await reqAs('chief') })
      expect(forChief.find((change) => change.id === draft.id && change.collection === 'articles')).toBeUndefined()
      const forReviewer = await changedOriginsForReviewer({ req: await reqAs('reviewer') })
      expect(forReviewer).toContainEqual(expect.objectContaining({ change: 'updated', collection: 'articles', id: draft.id }))
      // An editor who reviews nothing still sees only what their access lets them read.
      expect(await changedOriginsForReviewer({ req: await reqAs('editor2') })).not.toContainEqual(expect.objectContaining({ id: draft.id, collection: 'articles' }))
    })

    it('says gone when the desk row no longer exists', async () => {
      const adapted = (await adapt('editor', row('urn:tinh:mua'), { collection: 'briefs' })).body.doc
      await w.t.payload.delete({ collection: 'incoming', id: row('urn:tinh:mua'), overrideAccess: true })
      const [change] = await changedOrigins({ items: [{ collection: 'briefs', derivedFrom: adapted.derivedFrom as never, id: adapted.id }], req: await reqAs('editor') })
      expect(change).toMatchObject({ change: 'gone', incoming: null })
    })
  })
})
