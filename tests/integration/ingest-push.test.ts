// Push-in end to end over real HTTP: POST /ingest/{sourceId} with Nguồn's own signed webhook bodies, what the desk
// then holds, and every delivery it refuses (signature, timestamp, source, body) writing nothing. Runs on SQLite, or on
// PostgreSQL with TEST_DATABASE_URL=postgres://… (there the concurrent deliveries race in real parallel transactions).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { DeliveryEvent } from '../../src/delivery/recipients'

import { generateWebhookSecret } from '../../src/delivery/signature'
import { webhookBody, webhookRequestHeaders } from '../../src/delivery/webhookMessage'
import { parseUpstream } from '../../src/ingest/parseUpstream'
import { pruneIngestReceipts } from '../../src/ingest/pruneIngestReceipts'
import { MAX_PUSH_BYTES, REFUSED_PUSHES_PER_ADDRESS } from '../../src/ingest/pushRouter'
import { api } from '../helpers/api'
import { startTestServer } from '../helpers/testServer'
import { startWorkflowWorld, type WorkflowWorld } from '../helpers/workflow'

type Id = number | string
type Answer = { body: Record<string, unknown>; status: number; text: string }

const FEED_URL = 'http://127.0.0.1:9/feeds/web/ninjs.json'
const SECRET = generateWebhookSecret()
const OTHER_SECRET = generateWebhookSecret()

let counter = 0
const nextId = () => `msg_test_${++counter}_${Date.now()}`

/** A ninjs item as Nguồn's webhooks carry it (src/feeds/ninjs.ts), with the fields the desk reads. */
const ninjs = ({ pubStatus = 'usable', summary = 'Tóm tắt.', title, updated, uri }: { pubStatus?: string; summary?: string; title: string; updated: string; uri: string }) => ({
  bodies: [
    { contentType: 'text/html', role: 'main', value: `<p>${title}: nội dung.</p><script>alert(1)</script>` },
    { contentType: 'text/plain', role: 'main', value: `${title}: nội dung.` },
  ],
  descriptions: [{ contentType: 'text/plain', role: 'summary', value: summary }],
  firstCreated: '2026-12-04T08:00:00.000Z',
  headlines: [{ role: 'main', value: title }],
  language: 'vi',
  pubStatus,
  renditions: [{ contentType: 'text/html', href: `https://tinh.example/vi/tin/${encodeURIComponent(uri)}`, name: 'web' }],
  representationType: 'full',
  type: 'text',
  uri,
  version: '1',
  versionCreated: updated,
})

const envelope = (type: DeliveryEvent, data: Record<string, unknown>) => webhookBody({ data: data as never, timestamp: new Date().toISOString(), type })

describe('push-in: POST /ingest/{sourceId}', () => {
  let w: WorkflowWorld
  let source: Id
  const answers: string[] = []
  const logged: string[] = []

  const payload = () => w.t.payload
  const deskRow = async (uri: string) =>
    (await payload().find({ collection: 'incoming', depth: 0, overrideAccess: true, where: { and: [{ source: { equals: source } }, { upstreamId: { equals: uri } }] } })).docs
  const counts = async () => ({
    desk: (await payload().count({ collection: 'incoming', overrideAccess: true })).totalDocs,
    receipts: (await payload().count({ collection: 'ingest-receipts', overrideAccess: true })).totalDocs,
  })

  /** Sends `body` as the sender does (src/delivery/webhookMessage.ts), signed with `secret` at `now`, unless told otherwise. */
  const push = async ({
    body,
    headers = {},
    id = nextId(),
    now = new Date(),
    secret = SECRET,
    to = source,
    url = w.server.url,
  }: {
    body: string | Uint8Array<ArrayBuffer>
    headers?: Record<string, null | string>
    id?: string
    now?: Date
    secret?: string
    to?: Id
    url?: string
  }): Promise<Answer> => {
    const signed: Record<string, null | string> = { ...webhookRequestHeaders({ body: typeof body === 'string' ? body : Buffer.from(body).toString('utf8'), id, now, secret }), ...headers }
    const sent = Object.fromEntries(Object.entries(signed).filter((entry): entry is [string, string] => entry[1] !== null))
    const response = await fetch(`${url}/ingest/${to}`, { body, headers: sent, method: 'POST' })
    const text = await response.text()
    answers.push(text, JSON.stringify([...response.headers]))
    let parsed: Record<string, unknown> = {}
    try {
      parsed = JSON.parse(text) as Record<string, unknown>
    } catch {
      // not JSON: the assertions on the body say so
    }
    return { body: parsed, status: response.status, text }
  }

  const createSource = async (data: Record<string, unknown>) => {
    const res = await api<{ doc: Record<string, unknown> & { id: Id } }>(w.server.url, '/api/sources', { body: { name: 'Tỉnh', url: FEED_URL, ...data }, token: w.tokens.admin })
    if (res.status !== 201) throw new Error(`source not created: ${res.status} ${JSON.stringify(res.body)}`)
    answers.push(JSON.stringify(res.body))
    return res.body.doc.id
  }

  beforeAll(async () => {
    process.env.NGUON_SOURCE_ALLOWED_HOSTS = '127.0.0.1'
    w = await startWorkflowWorld('ingest-push')
    const capture =
      (level: string) =>
      (...args: unknown[]) =>
        void logged.push(`${level} ${args.map((arg) => (arg instanceof Error ? `${arg.message} ${arg.stack}` : JSON.stringify(arg, (_k, v: unknown) => (v instanceof Error ? `${v.message} ${v.stack}` : v)))).join(' ')}`)
    for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const) vi.spyOn(payload().logger, level).mockImplementation(capture(level) as never)
    for (const level of ['log', 'info', 'warn', 'error'] as const) vi.spyOn(console, level).mockImplementation(capture(`console.${level}`))
    source = await createSource({ pushSecret: SECRET })
  })

  afterAll(async () => {
    vi.restoreAllMocks()
    delete process.env.NGUON_SOURCE_ALLOWED_HOSTS
    await w?.stop()
  })

  it('stores a signed delivery as the same desk row a poll of the ninjs feed would make, with one receipt', async () => {
    const data = ninjs({ title: 'Cảnh báo lũ', updated: '2026-12-04T08:00:00.000Z', uri: 'urn:nguon:articles:101' })
    const id = nextId()
    const res = await push({ body: envelope('item.published', data), id })
    expect(res).toMatchObject({ body: { change: 'new' }, status: 200 })

    const [row] = await deskRow('urn:nguon:articles:101')
    const polled = parseUpstream({ baseUrl: FEED_URL, body: JSON.stringify({ items: [data], uri: FEED_URL }) })
    if (polled.kind !== 'ok') throw new Error(polled.message)
    const item = polled.items[0]!
    expect(row).toMatchObject({
      body: item.bodyHtml,
      language: 'vi',
      link: item.link,
      pubStatus: 'usable',
      publishedAt: '2026-12-04T08:00:00.000Z',
      summary: 'Tóm tắt.',
      title: 'Cảnh báo lũ',
      upstreamUpdatedAt: '2026-12-04T08:00:00.000Z',
      versions: [],
    })
    expect(row!.body).toBe('<p>Cảnh báo lũ: nội dung.</p>') // sanitised as polled items are
    expect(row!.upstreamChangedAt ?? null).toBeNull()
    const receipts = await payload().find({ collection: 'ingest-receipts', depth: 0, overrideAccess: true, where: { webhookId: { equals: id } } })
    expect(receipts.docs.map((r) => [r.source, r.webhookId])).toEqual([[source, id]])
  })

  describe('refusals write nothing', () => {
    const good = () => envelope('item.published', ninjs({ title: 'Không được lưu', updated: '2026-12-04T08:00:00.000Z', uri: `urn:nguon:articles:refused-${++counter}` }))
    let inactive: Id
    let withoutSecret: Id
    beforeAll(async () => {
      inactive = await createSource({ active: false, pushSecret: SECRET })
      withoutSecret = await createSource({})
    })

    it.each<[string, () => Promise<Answer>, number]>([
      ['no signature headers', () => push({ body: good(), headers: { 'webhook-id': null, 'webhook-signature': null, 'webhook-timestamp': null } }), 401],
      ['no webhook-signature', () => push({ body: good(), headers: { 'webhook-signature': null } }), 401],
      ['a signature that does not match the bytes', () => push({ body: good(), headers: { 'webhook-signature': `v1,${Buffer.alloc(32).toString('base64')}` } }), 401],
      ['a body changed after signing', async () => push({ body: good().replace('Không được lưu', 'Đã sửa'), headers: webhookRequestHeaders({ body: good(), id: 'msg_x', now: new Date(), secret: SECRET }) }), 401],
      ['a timestamp six minutes old', () => push({ body: good(), now: new Date(Date.now() - 360_000) }), 401],
      ['a timestamp six minutes ahead', () => push({ body: good(), now: new Date(Date.now() + 360_000) }), 401],
      ['a timestamp that is not a number', () => push({ body: good(), headers: { 'webhook-timestamp': 'soon' } }), 401],
      ['another secret', () => push({ body: good(), secret: OTHER_SECRET }), 401],
      ['an unknown source', () => push({ body: good(), to: 999_999 }), 401],
      ['a source id that is not one', () => push({ body: good(), to: 'abc' }), 401],
      ['a MongoDB-shaped source id on a numbering database', () => push({ body: good(), to: '0123456789abcdef01234567' }), 401],
      ['an inactive source', () => push({ body: good(), to: inactive }), 401],
      ['a source without a push secret', () => push({ body: good(), to: withoutSecret }), 401],
      ['malformed JSON, signed', () => push({ body: '{"type": "item.published", "data": {' }), 400],
      ['an unknown event type, signed', () => push({ body: good().replace('item.published', 'item.deleted') }), 400],
      ['no data, signed', () => push({ body: JSON.stringify({ timestamp: new Date().toISOString(), type: 'item.published' }) }), 400],
      ['an item without a title, signed', () => push({ body: envelope('item.published', { ...ninjs({ title: 'x', updated: '2026-12-04T08:00:00.000Z', uri: 'urn:x' }), headlines: [] }) }), 400],
      ['an item without a uri, signed', () => push({ body: envelope('item.published', { ...ninjs({ title: 'x', updated: '2026-12-04T08:00:00.000Z', uri: '' }) }) }), 400],
      ['text/plain', () => push({ body: good(), headers: { 'content-type': 'text/plain' } }), 415],
      ['no content type', () => push({ body: Uint8Array.from(Buffer.from(good())), headers: { 'content-type': null } }), 415],
      ['a gzip-encoded body', () => push({ body: good(), headers: { 'content-encoding': 'gzip' } }), 415],
      ['a body over the limit, signed', () => push({ body: JSON.stringify({ data: { pad: 'x'.repeat(MAX_PUSH_BYTES) }, type: 'item.published' }) }), 413],
    ])('refuses %s', async (_case, send, status) => {
      const before = await counts()
      const res = await send()
      expect(res.status).toBe(status)
      expect(String(res.body.error)).toMatch(/ \/ /) // Vietnamese / English
      expect(await counts()).toEqual(before)
    })

    it('answers an unknown source, a source without a secret and a bad signature alike', async () => {
      const answersOf = await Promise.all([push({ body: good(), to: 999_999 }), push({ body: good(), to: withoutSecret }), push({ body: good(), secret: OTHER_SECRET })])
      expect(new Set(answersOf.map((a) => `${a.status} ${a.text}`)).size).toBe(1)
    })
  })

  it('stores a delivery sent twice once, a retry signed afresh included', async () => {
    const id = nextId()
    const body = envelope('item.published', ninjs({ title: 'Gửi lại', updated: '2026-12-04T08:00:00.000Z', uri: 'urn:nguon:articles:102' }))
    const before = await counts()
    expect(await push({ body, id })).toMatchObject({ body: { change: 'new' }, status: 200 })
    expect(await push({ body, id })).toMatchObject({ body: { duplicate: true }, status: 200 })
    expect(await push({ body, id, now: new Date(Date.now() + 60_000) })).toMatchObject({ body: { duplicate: true }, status: 200 })
    expect(await counts()).toEqual({ desk: before.desk + 1, receipts: before.receipts + 1 })
  })

  it('stores one of eight identical deliveries arriving together once', async () => {
    const id = nextId()
    const body = envelope('item.published', ninjs({ title: 'Cùng lúc', updated: '2026-12-04T08:00:00.000Z', uri: 'urn:nguon:articles:103' }))
    const before = await counts()
    const results = await Promise.all(Array.from({ length: 8 }, () => push({ body, id })))
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(200))
    expect(results.filter((r) => r.body.change === 'new')).toHaveLength(1)
    expect(results.filter((r) => r.body.duplicate === true)).toHaveLength(7)
    expect(await counts()).toEqual({ desk: before.desk + 1, receipts: before.receipts + 1 })
    expect(await deskRow('urn:nguon:articles:103')).toHaveLength(1)
  })

  it('answers 500 to a delivery it could not save (never a 4xx the sender would give up on), keeps no receipt for it, and takes its retry', async () => {
    // Six deliveries of one new item under six webhook-ids at once: on PostgreSQL the later ones meet the desk's unique
    // (source, upstreamId) index while the first one's row is uncommitted, a real failure to save.
    const body = envelope('item.published', ninjs({ title: 'Sáu lần', updated: '2026-12-04T08:00:00.000Z', uri: 'urn:nguon:articles:107' }))
    const ids = Array.from({ length: 6 }, () => nextId())
    const before = await counts()
    const first = await Promise.all(ids.map((id) => push({ body, id })))
    expect(first.every((r) => r.status === 200 || r.status === 500)).toBe(true)
    const failed = ids.filter((_id, i) => first[i]!.status === 500)
    for (const id of failed) {
      const receipts = await payload().count({ collection: 'ingest-receipts', overrideAccess: true, where: { webhookId: { equals: id } } })
      expect(receipts.totalDocs).toBe(0)
      expect(first[ids.indexOf(id)]!.body.error).toMatch(/ \/ Could not save the push/)
    }
    const retried = await Promise.all(failed.map((id) => push({ body, id })))
    expect(retried.map((r) => r.status)).toEqual(failed.map(() => 200))
    expect(await counts()).toEqual({ desk: before.desk + 1, receipts: before.receipts + 6 })
  })

  it('applies a correction, keeping the earlier text as a version, and marks a withdrawal', async () => {
    const uri = 'urn:nguon:articles:104'
    await push({ body: envelope('item.published', ninjs({ title: 'Bản gốc', updated: '2026-12-04T08:00:00.000Z', uri })) })
    const corrected = await push({ body: envelope('item.corrected', ninjs({ summary: 'Đính chính số liệu.', title: 'Bản đính chính', updated: '2026-12-04T09:00:00.000Z', uri })) })
    expect(corrected).toMatchObject({ body: { change: 'updated' }, status: 200 })
    let [row] = await deskRow(uri)
    expect(row).toMatchObject({ pubStatus: 'usable', summary: 'Đính chính số liệu.', title: 'Bản đính chính', upstreamUpdatedAt: '2026-12-04T09:00:00.000Z' })
    expect(row!.versions).toEqual([expect.objectContaining({ summary: 'Tóm tắt.', title: 'Bản gốc', upstreamUpdatedAt: '2026-12-04T08:00:00.000Z' })])
    const changedAt = row!.upstreamChangedAt
    expect(changedAt).toEqual(expect.any(String))

    const withdrawn = await push({ body: envelope('item.withdrawn', ninjs({ pubStatus: 'canceled', summary: 'Đính chính số liệu.', title: 'Bản đính chính', updated: '2026-12-04T10:00:00.000Z', uri })) })
    expect(withdrawn).toMatchObject({ body: { change: 'withdrawn' }, status: 200 })
    ;[row] = await deskRow(uri)
    expect(row).toMatchObject({ pubStatus: 'canceled', title: 'Bản đính chính' })
    expect(Date.parse(row!.upstreamChangedAt!)).toBeGreaterThanOrEqual(Date.parse(changedAt!))
    expect(row!.versions).toHaveLength(2) // the withdrawal's newer upstream time is a version of its own
  })

  it('reads an item.withdrawn as a withdrawal even when its ninjs still says usable', async () => {
    const uri = 'urn:nguon:articles:105'
    await push({ body: envelope('item.published', ninjs({ title: 'Sẽ bị gỡ', updated: '2026-12-04T08:00:00.000Z', uri })) })
    expect(await push({ body: envelope('item.withdrawn', ninjs({ title: 'Sẽ bị gỡ', updated: '2026-12-04T08:30:00.000Z', uri })) })).toMatchObject({ body: { change: 'withdrawn' } })
    expect((await deskRow(uri))[0]).toMatchObject({ pubStatus: 'canceled' })
  })

  it('keeps the newer text when an older delivery arrives late, and takes the late delivery once', async () => {
    const uri = 'urn:nguon:articles:106'
    await push({ body: envelope('item.corrected', ninjs({ title: 'Bản mới', updated: '2026-12-04T09:00:00.000Z', uri })) })
    const lateId = nextId()
    const late = envelope('item.published', ninjs({ title: 'Bản cũ', updated: '2026-12-04T08:00:00.000Z', uri }))
    expect(await push({ body: late, id: lateId })).toMatchObject({ body: { change: 'older' }, status: 200 })
    expect(await push({ body: late, id: lateId })).toMatchObject({ body: { duplicate: true }, status: 200 })
    const [row] = await deskRow(uri)
    expect(row).toMatchObject({ title: 'Bản mới', upstreamUpdatedAt: '2026-12-04T09:00:00.000Z', versions: [] })
    // Nor does a late publication undo a withdrawal.
    await push({ body: envelope('item.withdrawn', ninjs({ pubStatus: 'canceled', title: 'Bản mới', updated: '2026-12-04T10:00:00.000Z', uri })) })
    expect(await push({ body: late })).toMatchObject({ body: { change: 'older' } })
    expect((await deskRow(uri))[0]).toMatchObject({ pubStatus: 'canceled', title: 'Bản mới' })
  })

  it('forgets receipts older than seven days, and only those', async () => {
    const now = new Date()
    const day = 24 * 60 * 60_000
    const make = (webhookId: string, ageDays: number) =>
      payload().create({ collection: 'ingest-receipts', data: { receivedAt: new Date(now.getTime() - ageDays * day).toISOString(), source: Number(source), webhookId }, overrideAccess: true })
    await make('msg_prune_old', 8)
    await make('msg_prune_recent', 6)
    await pruneIngestReceipts({ now, payload: payload() })
    const left = await payload().find({ collection: 'ingest-receipts', depth: 0, overrideAccess: true, pagination: false, where: { webhookId: { like: 'msg_prune_' } } })
    expect(left.docs.map((r) => r.webhookId)).toEqual(['msg_prune_recent'])
  })

  it('refuses an address after too many refused pushes, and still takes signed ones', async () => {
    // A server of its own: the limit counts per app, so the other tests' refusals do not add up here.
    const server = await startTestServer({ config: w.t.config, getPayload: async () => payload() })
    try {
      const bad = envelope('item.published', ninjs({ title: 'x', updated: '2026-12-04T08:00:00.000Z', uri: 'urn:limit' }))
      for (let i = 0; i < REFUSED_PUSHES_PER_ADDRESS; i++) expect((await push({ body: bad, secret: OTHER_SECRET, url: server.url })).status).toBe(401)
      const limited = await push({ body: bad, secret: OTHER_SECRET, url: server.url })
      expect(limited.status).toBe(429)
      expect(String(limited.body.error)).toMatch(/ \/ Too many/)
      // Accepted pushes never count; but once limited, the address waits like anyone else.
      expect((await push({ body: bad, url: server.url })).status).toBe(429)
      expect((await push({ body: bad })).status).toBe(200)
    } finally {
      await server.close()
    }
  })

  it('never shows the push secret in an answer or a log line', async () => {
    const read = await api<{ doc?: Record<string, unknown> }>(w.server.url, `/api/sources/${source}`, { token: w.tokens.admin })
    answers.push(JSON.stringify(read.body))
    expect(read.body).not.toHaveProperty('pushSecret')
    const key = SECRET.slice('whsec_'.length)
    // Its own pushes (refused, taken, repeated), so it holds when run alone; in a full run it reads every test's too.
    const body = envelope('item.published', ninjs({ title: 'Bí mật', updated: '2026-12-04T08:00:00.000Z', uri: 'urn:nguon:articles:108' }))
    const id = nextId()
    expect((await push({ body, secret: OTHER_SECRET })).status).toBe(401)
    expect((await push({ body, id })).status).toBe(200)
    expect((await push({ body, id })).status).toBe(200)
    // The refusals were logged with their reason (so the capture works), and no line repeats the secret.
    expect(logged.some((line) => line.includes('no-matching-signature'))).toBe(true)
    for (const text of [...answers, ...logged]) {
      expect(text).not.toContain(key)
      expect(text).not.toContain(SECRET)
    }
  })
})
