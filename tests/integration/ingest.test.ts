// The incoming desk end to end: sources polled over real HTTP from a local upstream (RSS, a changed RSS, 304, ninjs,
// malformed XML, 500) through POST /api/sources/{id}/poll, what the desk then holds, and who may read or write it.
// Runs on SQLite, or on PostgreSQL with TEST_DATABASE_URL=postgres://….
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ingestSource } from '../../src/ingest/ingestSource'
import { api } from '../helpers/api'
import { startWorkflowWorld, type WorkflowWorld } from '../helpers/workflow'

type Reply = { body?: string; headers?: Record<string, string>; status: number }

const rss = (items: { guid: string; title: string; description: string; updated?: string }[]) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Tỉnh</title><link>https://tinh.example/</link><description>Tin tỉnh</description>
${items
  .map(
    (item) =>
      `<item><guid isPermaLink="false">${item.guid}</guid><title>${item.title}</title><link>https://tinh.example/tin/${item.guid}</link><description>${item.description}</description><pubDate>Thu, 04 Dec 2026 08:00:00 GMT</pubDate>${item.updated ? `<atom:updated>${item.updated}</atom:updated>` : ''}</item>`,
  )
  .join('\n')}
</channel></rss>`

const RSS_TYPE = { 'content-type': 'application/rss+xml; charset=utf-8' }

describe('ingest: sources and the incoming desk', () => {
  let w: WorkflowWorld
  let upstream: Server
  let upstreamOrigin = ''
  const replies = new Map<string, Reply[]>()
  const seen = new Map<string, IncomingHttpHeaders[]>()

  /** The next answers of the upstream at `path`, in order; the last one repeats. */
  const serve = (path: string, ...answers: Reply[]) => replies.set(path, answers)
  const headersSeenAt = (path: string) => seen.get(path) ?? []

  const asAdmin = () => w.tokens.admin
  const createSource = async (path: string, extra: Record<string, unknown> = {}) => {
    const res = await api<{ doc: { id: number | string } }>(w.server.url, '/api/sources', { body: { name: `Nguồn ${path}`, url: `${upstreamOrigin}${path}`, ...extra }, token: asAdmin() })
    if (res.status !== 201) throw new Error(`source not created: ${res.status} ${JSON.stringify(res.body)}`)
    return res.body.doc.id
  }
  const poll = (id: number | string, token: 'anonymous' | string = asAdmin()) =>
    api<Record<string, unknown>>(w.server.url, `/api/sources/${id}/poll`, { body: {}, token: token === 'anonymous' ? undefined : token })
  const deskOf = async (source: number | string) =>
    (await w.t.payload.find({ collection: 'incoming', depth: 0, overrideAccess: true, pagination: false, sort: 'upstreamId', where: { source: { equals: source } } })).docs
  const sourceDoc = (id: number | string) => w.t.payload.findByID({ collection: 'sources', depth: 0, id, overrideAccess: true })
  const deskCount = async () => (await w.t.payload.count({ collection: 'incoming', overrideAccess: true })).totalDocs

  beforeAll(async () => {
    process.env.NGUON_SOURCE_ALLOWED_HOSTS = 'localhost'
    w = await startWorkflowWorld('ingest')
    upstream = createServer((req, res) => {
      const path = req.url ?? '/'
      seen.set(path, [...headersSeenAt(path), req.headers])
      const queue = replies.get(path) ?? [{ status: 404 }]
      const reply = queue.length > 1 ? queue.shift()! : queue[0]!
      res.writeHead(reply.status, reply.headers).end(reply.body)
    })
    await new Promise<void>((resolve) => upstream.listen(0, resolve))
    upstreamOrigin = `http://localhost:${(upstream.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    delete process.env.NGUON_SOURCE_ALLOWED_HOSTS
    await new Promise((resolve) => upstream?.close(resolve))
    await w?.stop()
  })

  it('takes an RSS feed in, keeps the earlier version when an item changes, and changes nothing on a 304', async () => {
    serve(
      '/rss',
      { body: rss([{ description: 'Mưa lớn ở vùng núi.', guid: 'urn:tinh:a', title: 'Cảnh báo mưa lớn' }, { description: 'Lịch tiêm.', guid: 'urn:tinh:b', title: 'Tiêm chủng' }]), headers: { ...RSS_TYPE, etag: '"v1"' }, status: 200 },
      {
        body: rss([
          { description: 'Mưa rất lớn ở vùng núi.', guid: 'urn:tinh:a', title: 'Cảnh báo mưa rất lớn' },
          { description: 'Lịch tiêm.', guid: 'urn:tinh:b', title: 'Tiêm chủng' },
          { description: 'Khai giảng.', guid: 'urn:tinh:c', title: 'Năm học mới' },
        ]),
        headers: { ...RSS_TYPE, etag: '"v2"', 'last-modified': 'Thu, 04 Dec 2026 09:00:00 GMT' },
        status: 200,
      },
      { headers: { etag: '"v2"' }, status: 304 },
    )
    const id = await createSource('/rss')

    const first = await poll(id)
    expect(first.status).toBe(200)
    expect(first.body).toEqual({ new: 2, unchanged: 0, updated: 0, withdrawn: 0 })
    let desk = await deskOf(id)
    expect(desk.map((row) => [row.upstreamId, row.title, row.pubStatus])).toEqual([
      ['urn:tinh:a', 'Cảnh báo mưa lớn', 'usable'],
      ['urn:tinh:b', 'Tiêm chủng', 'usable'],
    ])
    expect(desk[0]).toMatchObject({ link: 'https://tinh.example/tin/urn:tinh:a', publishedAt: '2026-12-04T08:00:00.000Z', summary: 'Mưa lớn ở vùng núi.', versions: [] })
    expect(await sourceDoc(id)).toMatchObject({ etag: '"v1"', failures: 0, lastError: null })

    const second = await poll(id)
    expect(second.body).toEqual({ new: 1, unchanged: 1, updated: 1, withdrawn: 0 })
    desk = await deskOf(id)
    expect(desk.map((row) => row.title)).toEqual(['Cảnh báo mưa rất lớn', 'Tiêm chủng', 'Năm học mới'])
    expect(desk[0]!.versions).toEqual([expect.objectContaining({ summary: 'Mưa lớn ở vùng núi.', title: 'Cảnh báo mưa lớn' })])
    expect(desk[0]!.versions![0]!.replacedAt).toEqual(expect.any(String))
    // The changed row says when its source changed it; the unchanged and the new one were never changed upstream.
    expect(desk.map((row) => Boolean(row.upstreamChangedAt))).toEqual([true, false, false])
    expect(desk[1]!.versions).toEqual([])
    expect(headersSeenAt('/rss')[1]!['if-none-match']).toBe('"v1"')

    const before = await sourceDoc(id)
    const third = await poll(id)
    expect(third.status).toBe(200)
    expect(third.body).toEqual({ new: 0, unchanged: 0, updated: 0, withdrawn: 0 })
    expect(headersSeenAt('/rss')[2]).toMatchObject({ 'if-modified-since': 'Thu, 04 Dec 2026 09:00:00 GMT', 'if-none-match': '"v2"' })
    expect(await deskOf(id)).toEqual(desk)
    const after = await sourceDoc(id)
    expect(after).toMatchObject({ etag: '"v2"', failures: 0, lastModified: 'Thu, 04 Dec 2026 09:00:00 GMT' })
    expect(Date.parse(after.lastPolledAt!)).toBeGreaterThanOrEqual(Date.parse(before.lastPolledAt!))
  })

  it('marks what a ninjs source withholds or cancels, and leaves an item that merely drops out of a feed as it was', async () => {
    const ninjsItem = (uri: string, headline: string, pubStatus?: string) => ({
      bodies: [{ contentType: 'text/html', role: 'main', value: `<p>${headline}</p>` }],
      headlines: [{ role: 'main', value: headline }],
      language: 'vi',
      uri,
      versionCreated: '2026-12-04T08:00:00Z',
      ...(pubStatus ? { pubStatus } : {}),
    })
    const ninjs = (items: unknown[]) => ({ body: JSON.stringify({ items, uri: 'https://tinh.example/feeds/web/ninjs.json' }), headers: { 'content-type': 'application/json' }, status: 200 })
    serve(
      '/ninjs',
      ninjs([ninjsItem('urn:n:1', 'Thông báo 1'), ninjsItem('urn:n:2', 'Thông báo 2'), ninjsItem('urn:n:3', 'Thông báo 3')]),
      ninjs([ninjsItem('urn:n:1', 'Thông báo 1', 'canceled'), ninjsItem('urn:n:2', 'Thông báo 2', 'withheld')]),
    )
    const id = await createSource('/ninjs')
    expect((await poll(id)).body).toEqual({ new: 3, unchanged: 0, updated: 0, withdrawn: 0 })
    expect((await poll(id)).body).toEqual({ new: 0, unchanged: 0, updated: 0, withdrawn: 2 })
    const desk = await deskOf(id)
    expect(desk.map((row) => [row.upstreamId, row.pubStatus, row.title])).toEqual([
      ['urn:n:1', 'canceled', 'Thông báo 1'],
      ['urn:n:2', 'withheld', 'Thông báo 2'],
      ['urn:n:3', 'usable', 'Thông báo 3'],
    ])
    expect(desk[0]!.body).toBe('<p>Thông báo 1</p>')
    // Saying canceled again is no news.
    expect((await poll(id)).body).toEqual({ new: 0, unchanged: 2, updated: 0, withdrawn: 0 })
  })

  it('creates nothing when the upstream sends malformed XML or a 500, records why in Vietnamese, and counts failures until a success', async () => {
    serve(
      '/broken',
      { body: '<?xml version="1.0"?><rss version="2.0"><channel><title>Hỏng</title><item><title>Một</title>', headers: RSS_TYPE, status: 200 },
      { body: 'lỗi', headers: { 'content-type': 'text/plain' }, status: 500 },
      { body: rss([{ description: 'Đã sửa.', guid: 'urn:ok:1', title: 'Đã chạy lại' }]), headers: RSS_TYPE, status: 200 },
    )
    const id = await createSource('/broken')
    const desk = await deskCount()

    const malformed = await poll(id)
    expect(malformed.status).toBe(502)
    expect(Object.keys(malformed.body)).toEqual(['error'])
    expect(malformed.body.error).toMatch(/dòng|XML/)
    expect(await deskCount()).toBe(desk)
    expect(await sourceDoc(id)).toMatchObject({ failures: 1, lastError: malformed.body.error, lastSuccessAt: null })

    const serverError = await poll(id)
    expect(serverError.status).toBe(502)
    expect(serverError.body.error).toMatch(/500/)
    expect(serverError.body.error).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i)
    expect(await deskCount()).toBe(desk)
    const failing = await sourceDoc(id)
    expect(failing).toMatchObject({ failures: 2, lastError: serverError.body.error })
    expect(failing.lastPolledAt).toEqual(expect.any(String))

    expect((await poll(id)).body).toEqual({ new: 1, unchanged: 0, updated: 0, withdrawn: 0 })
    expect(await sourceDoc(id)).toMatchObject({ failures: 0, lastError: null })
  })

  it('answers an unknown source with its message, without throwing', async () => {
    expect(await ingestSource({ payload: w.t.payload, sourceId: 987654 })).toEqual({ kind: 'error', message: 'Không tìm thấy nguồn tin.' })
  })

  it('sends the token as a Bearer token, keeps it when an edit leaves it out, and never shows it through REST or GraphQL', async () => {
    const token = 'bi-mat-cua-tinh-0123456789'
    serve('/private', { body: rss([{ description: 'Nội bộ.', guid: 'urn:p:1', title: 'Tin nội bộ' }]), headers: RSS_TYPE, status: 200 })
    const id = await createSource('/private', { token })
    expect((await poll(id)).status).toBe(200)
    expect(headersSeenAt('/private')[0]!.authorization).toBe(`Bearer ${token}`)

    const read = await api<Record<string, unknown>>(w.server.url, `/api/sources/${id}`, { token: asAdmin() })
    expect(read.status).toBe(200)
    expect(read.body).not.toHaveProperty('token')
    expect(JSON.stringify(read.body)).not.toContain(token)
    const list = await api(w.server.url, '/api/sources?limit=100', { token: asAdmin() })
    expect(JSON.stringify(list.body)).not.toContain(token)

    const edited = await api<{ doc: Record<string, unknown> }>(w.server.url, `/api/sources/${id}`, { body: { name: 'Nguồn riêng' }, method: 'PATCH', token: asAdmin() })
    expect(edited.status).toBe(200)
    expect(JSON.stringify(edited.body)).not.toContain(token)
    expect((await poll(id)).status).toBe(200)
    expect(headersSeenAt('/private')[1]!.authorization).toBe(`Bearer ${token}`)

    for (const query of [`{ Source(id: ${JSON.stringify(id)}) { name token } }`, '{ Sources { docs { id name token } } }']) {
      const res = await fetch(`${w.server.url}/api/graphql`, {
        body: JSON.stringify({ query }),
        headers: { authorization: `JWT ${asAdmin()}`, 'content-type': 'application/json' },
        method: 'POST',
      })
      const text = await res.text()
      expect(text).toContain('Nguồn riêng')
      expect(text).not.toContain(token)
    }

    await api(w.server.url, `/api/sources/${id}`, { body: { token: null }, method: 'PATCH', token: asAdmin() })
    expect((await poll(id)).status).toBe(200)
    expect(headersSeenAt('/private')[2]!.authorization).toBeUndefined()
  })

  it.each([
    ['an internal address not allowed', () => 'http://127.0.0.1:9/feed', /mạng nội bộ/],
    ['a metadata address', () => 'http://169.254.169.254/latest/meta-data/', /mạng nội bộ/],
    ['a scheme other than http(s)', () => 'ftp://tinh.example/feed', /http\(s\)/],
    ['no address', () => '', /.+/],
  ])('refuses to save a source with %s', async (_case, url, message) => {
    const res = await api(w.server.url, '/api/sources', { body: { name: 'Nguồn lạ', url: url() }, token: asAdmin() })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(message)
  })

  it('refuses a poll interval under 30 seconds', async () => {
    const res = await api(w.server.url, '/api/sources', { body: { name: 'Nguồn nhanh', pollIntervalSeconds: 5, url: `${upstreamOrigin}/fast` }, token: asAdmin() })
    expect(res.status).toBe(400)
  })

  it('lets editors and reviewers read the desk, and refuses anonymous visitors', async () => {
    serve('/read', { body: rss([{ description: 'Đọc.', guid: 'urn:r:1', title: 'Tin để đọc' }]), headers: RSS_TYPE, status: 200 })
    await poll(await createSource('/read'))
    for (const who of ['editor', 'reviewer', 'admin'] as const) {
      const res = await api<{ docs: { title: string }[] }>(w.server.url, '/api/incoming?limit=100', { token: w.tokens[who] })
      expect(res.status).toBe(200)
      expect(res.body.docs.map((doc) => doc.title)).toContain('Tin để đọc')
    }
    const anonymous = await api<{ docs?: unknown[] }>(w.server.url, '/api/incoming?limit=100')
    expect(anonymous.status).toBe(403)
    expect(JSON.stringify(anonymous.body)).not.toContain('Tin để đọc')
    // An outlet's feed token opens its feeds, not the API.
    const outlet = await api<{ doc: { id: number | string } }>(w.server.url, '/api/outlets', { body: { accessLevel: 'press', channels: ['web'], kind: 'web', name: 'Báo huyện' }, token: asAdmin() })
    const feedToken = (await api<{ token: string }>(w.server.url, `/api/outlets/${outlet.body.doc.id}/token`, { body: {}, token: asAdmin() })).body.token
    expect(feedToken).toEqual(expect.any(String))
    const withFeedToken = await fetch(`${w.server.url}/api/incoming?limit=100`, { headers: { authorization: `Bearer ${feedToken}` } })
    expect(withFeedToken.status).toBe(403)
    expect(await withFeedToken.text()).not.toContain('Tin để đọc')
  })

  it('keeps sources to admins', async () => {
    for (const who of ['editor', 'reviewer'] as const) {
      expect((await api(w.server.url, '/api/sources', { token: w.tokens[who] })).status).toBe(403)
      expect((await api(w.server.url, '/api/sources', { body: { name: 'X', url: `${upstreamOrigin}/x` }, token: w.tokens[who] })).status).toBe(403)
    }
    expect((await api(w.server.url, '/api/sources')).status).toBe(403)
  })

  it('refuses every REST and GraphQL write to the desk, an admin’s too', async () => {
    serve('/locked', { body: rss([{ description: 'Khóa.', guid: 'urn:l:1', title: 'Tin khóa' }]), headers: RSS_TYPE, status: 200 })
    const source = await createSource('/locked')
    await poll(source)
    const [row] = await deskOf(source)
    const created = await api(w.server.url, '/api/incoming', { body: { source, title: 'Giả', upstreamId: 'urn:fake' }, token: asAdmin() })
    expect(created.status).toBe(403)
    expect((await api(w.server.url, `/api/incoming/${row!.id}`, { body: { title: 'Sửa' }, method: 'PATCH', token: asAdmin() })).status).toBe(403)
    expect((await api(w.server.url, `/api/incoming/${row!.id}`, { method: 'DELETE', token: asAdmin() })).status).toBe(403)
    expect(await deskOf(source)).toEqual([row])
    const id = JSON.stringify(row!.id)
    for (const mutation of [
      `mutation { createIncoming(data: { source: ${JSON.stringify(source)}, upstreamId: "urn:fake", title: "Giả", pubStatus: usable }) { id } }`,
      `mutation { updateIncoming(id: ${id}, data: { title: "Sửa" }) { id } }`,
      `mutation { deleteIncoming(id: ${id}) { id } }`,
    ]) {
      const res = await fetch(`${w.server.url}/api/graphql`, {
        body: JSON.stringify({ query: mutation }),
        headers: { authorization: `JWT ${asAdmin()}`, 'content-type': 'application/json' },
        method: 'POST',
      })
      const body = (await res.json()) as { errors?: { message: string }[] }
      expect(body.errors?.[0]?.message, mutation).toMatch(/không có quyền|not allowed/i)
    }
    expect(await deskOf(source)).toEqual([row])
    const read = await fetch(`${w.server.url}/api/graphql`, {
      body: JSON.stringify({ query: '{ Incomings(limit: 100) { docs { title } } }' }),
      headers: { authorization: `JWT ${w.tokens.editor}`, 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(await read.text()).toContain('Tin khóa')
  })

  it('answers the poll endpoint only for admins, and 404 for a source that does not exist', async () => {
    serve('/guarded', { body: rss([{ description: 'G.', guid: 'urn:g:1', title: 'Tin G' }]), headers: RSS_TYPE, status: 200 })
    const id = await createSource('/guarded')
    expect((await poll(id, 'anonymous')).status).toBe(401)
    expect((await poll(id, w.tokens.editor)).status).toBe(403)
    expect((await poll(id, w.tokens.reviewer)).status).toBe(403)
    expect(headersSeenAt('/guarded')).toHaveLength(0)
    expect((await poll(987654)).status).toBe(404)
    expect((await poll('abc')).status).toBe(404)
  })

  it('holds one desk row per source and upstream id', async () => {
    serve('/unique', { body: rss([{ description: 'U.', guid: 'urn:u:1', title: 'Tin U' }]), headers: RSS_TYPE, status: 200 })
    const source = await createSource('/unique')
    await poll(source)
    await expect(w.t.payload.create({ collection: 'incoming', data: { pubStatus: 'usable', source: source as number, title: 'Lặp', upstreamId: 'urn:u:1' }, overrideAccess: true })).rejects.toThrow()
    expect(await deskOf(source)).toHaveLength(1)
    // The same upstream id from another source is another item.
    serve('/unique2', { body: rss([{ description: 'U.', guid: 'urn:u:1', title: 'Tin U' }]), headers: RSS_TYPE, status: 200 })
    const other = await createSource('/unique2')
    expect((await poll(other)).body).toMatchObject({ new: 1 })
  })

  it('deletes what the desk holds from a source with the source', async () => {
    serve('/gone', { body: rss([{ description: 'Xóa.', guid: 'urn:d:1', title: 'Tin xóa' }]), headers: RSS_TYPE, status: 200 })
    const source = await createSource('/gone')
    await poll(source)
    expect(await deskOf(source)).toHaveLength(1)
    expect((await api(w.server.url, `/api/sources/${source}`, { method: 'DELETE', token: asAdmin() })).status).toBe(200)
    expect(await deskOf(source)).toHaveLength(0)
  })
})
