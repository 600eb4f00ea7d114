// Two real Nguồn processes, a province and a district, each on its own fresh database: the province's outlet webhook
// points at the district's POST /ingest/{sourceId}, and what the province approves, corrects and withdraws reaches the
// district's incoming desk within seconds. Runs on SQLite, or on PostgreSQL with TEST_DATABASE_URL=postgres://….
// The district then adapts what arrived, approves it under four-eyes and publishes it naming the province as its
// source; the province's later withdrawal flags the district's adaptation.
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseRssFeed } from 'feedsmith'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Incoming } from '../../src/payload-types'

import { api, login } from '../helpers/api'
import { complete } from '../helpers/content'
import { createPostgresDatabase, dropPostgresDatabase, testDatabaseKind } from '../helpers/testPayload'

type Id = number | string
type Instance = { output: () => string; stop: () => Promise<void>; tokens: Record<'admin' | 'editor' | 'reviewer', string>; url: string }

const root = path.resolve(import.meta.dirname, '../..')
const READY_TIMEOUT_MS = 150_000
/** How long the district may take to hold what the province approved: the sender is woken by the approval itself. */
const ARRIVAL_MS = 15_000
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Starts tests/helpers/instanceProcess.ts on a fresh database of its own; resolves once it serves HTTP and its people can log in. */
async function startInstance(name: string): Promise<Instance> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `nguon-${name}-`))
  const adminUrl = process.env.TEST_DATABASE_URL ?? ''
  const pgName = `nguon_test_${name}_${randomBytes(4).toString('hex')}`
  const isPostgres = testDatabaseKind() === 'postgres'
  const databaseUrl = isPostgres ? await createPostgresDatabase(adminUrl, pgName) : `file:${path.join(dataDir, 'nguon.db')}`
  let output = ''
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'tests/helpers/instanceProcess.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NGUON_DATA_DIR: dataDir,
      // Both ends are on loopback, which addresses may reach only when listed (README, Security).
      NGUON_SOURCE_ALLOWED_HOSTS: '127.0.0.1',
      NGUON_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
      NGUON_RUN_JOBS: 'true',
      PAYLOAD_SECRET: `test-${randomBytes(24).toString('hex')}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM')
      await Promise.race([exited, sleep(15_000).then(() => child.kill('SIGKILL'))])
    }
    if (isPostgres) await dropPostgresDatabase(adminUrl, pgName)
    rmSync(dataDir, { force: true, recursive: true })
  }
  const deadline = Date.now() + READY_TIMEOUT_MS
  let url = ''
  while (!url) {
    const ready = /INSTANCE_READY (\{.*\})/.exec(output)
    if (ready) url = (JSON.parse(ready[1]!) as { url: string }).url
    else if (child.exitCode !== null || Date.now() > deadline) {
      await stop()
      throw new Error(`${name} did not start:\n${output}`)
    }
    else await sleep(100)
  }
  const tokens = { admin: await login(url, 'admin@nguon.local'), editor: await login(url, 'editor@nguon.local'), reviewer: await login(url, 'reviewer@nguon.local') }
  return { output: () => output, stop, tokens, url }
}

describe('a province pushing to a district (two processes)', () => {
  let province: Instance
  let district: Instance
  let sourceId: Id
  let outletId: Id
  let campaign: Id

  /** Asks `instance`, failing with the answer when the status is not `status`. */
  const must = async <T = Record<string, unknown>>(instance: Instance, request: { as: keyof Instance['tokens']; body?: unknown; method?: string; path: string }, status = 200) => {
    const res = await api<T>(instance.url, request.path, { body: request.body, method: request.method, token: instance.tokens[request.as] })
    if (res.status !== status) throw new Error(`${request.method ?? 'POST/GET'} ${request.path}: ${res.status} ${JSON.stringify(res.body)}`)
    return res.body
  }
  const act = (id: Id, as: 'editor' | 'reviewer', body: Record<string, unknown>) => must(province, { as, body, path: `/api/articles/${id}/workflow` })

  /** The district's desk row for the province's article `id`, as a district editor reads it. */
  const deskRow = async (id: Id) => {
    const query = `where[source][equals]=${sourceId}&where[upstreamId][equals]=${encodeURIComponent(`urn:nguon:articles:${id}`)}&depth=0`
    return (await must<{ docs: Incoming[] }>(district, { as: 'editor', path: `/api/incoming?${query}` })).docs[0]
  }
  /** Waits until the district's desk row for article `id` satisfies `isThere`; answers it and how long it took. */
  const arrival = async (id: Id, isThere: (row: Incoming) => boolean, since: number) => {
    for (;;) {
      const row = await deskRow(id)
      if (row && isThere(row)) return { ms: Date.now() - since, row }
      if (Date.now() - since > ARRIVAL_MS) throw new Error(`not on the district's desk after ${ARRIVAL_MS} ms: ${JSON.stringify(row)}\nprovince:\n${province.output().slice(-3000)}\ndistrict:\n${district.output().slice(-3000)}`)
      await sleep(100)
    }
  }

  type DeliveryRow = { attempts: number; event: string; lastStatus?: null | number; state: string }
  /** The province's deliveries of article `id` to outlet `outlet`, oldest first. */
  const deliveriesOf = async (id: Id, outlet: Id) =>
    (await must<{ docs: DeliveryRow[] }>(province, { as: 'admin', path: `/api/deliveries?where[itemId][equals]=${id}&where[outlet][equals]=${outlet}&sort=createdAt&depth=0` })).docs

  /** An article by the province's editor, submitted and approved by its reviewer; answers its id and when the approval answered. */
  const approveOnProvince = async (data: Record<string, unknown>) => {
    const created = await must<{ doc: { id: Id } }>(province, { as: 'editor', body: complete('articles', { summary: 'Tóm tắt của tỉnh.', ...data }, { campaign }), path: '/api/articles' }, 201)
    const id = created.doc.id
    await act(id, 'editor', { action: 'submit' })
    await act(id, 'reviewer', { action: 'approve' })
    return { approvedAt: Date.now(), id }
  }

  beforeAll(async () => {
    ;[province, district] = await Promise.all([startInstance('province'), startInstance('district')])
    campaign = (await must<{ docs: { id: Id }[] }>(province, { as: 'admin', path: '/api/campaigns?limit=1&depth=0' })).docs[0]!.id

    // The district's source takes the province's feed and its pushes; the province's outlet pushes to it.
    const source = await must<{ doc: { id: Id } }>(district, { as: 'admin', body: { name: 'Sở Thông tin tỉnh', url: `${province.url}/feeds/web/ninjs.json` }, path: '/api/sources' }, 201)
    sourceId = source.doc.id
    const outlet = await must<{ doc: { id: Id } }>(
      province,
      { as: 'admin', body: { accessLevel: 'public', channels: ['web'], kind: 'web', name: 'Huyện', webhookUrl: `${district.url}/ingest/${sourceId}` }, path: '/api/outlets' },
      201,
    )
    outletId = outlet.doc.id
    const { secret } = await must<{ secret: string }>(province, { as: 'admin', body: {}, path: `/api/outlets/${outletId}/webhook-secret` })
    await must(district, { as: 'admin', body: { pushSecret: secret }, method: 'PATCH', path: `/api/sources/${sourceId}` })
  }, 2 * READY_TIMEOUT_MS)

  afterAll(async () => {
    await Promise.all([province?.stop(), district?.stop()])
  })

  it("brings the province's approval, its correction and its withdrawal to the district's desk within seconds", async () => {
    const { approvedAt, id } = await approveOnProvince({ title: 'Tỉnh phát động tháng hành động' })
    const published = await arrival(id, () => true, approvedAt)
    expect(published.row).toMatchObject({ pubStatus: 'usable', summary: 'Tóm tắt của tỉnh.', title: 'Tỉnh phát động tháng hành động', versions: [] })
    expect(published.row.body).toContain('Nội dung bài viết để thử.')
    expect(published.ms).toBeLessThan(ARRIVAL_MS)

    await must(province, { as: 'editor', body: { summary: 'Đính chính: kéo dài đến hết tháng.', title: 'Tỉnh phát động tháng hành động (đính chính)' }, method: 'PATCH', path: `/api/articles/${id}` })
    await act(id, 'editor', { action: 'submit' })
    await act(id, 'reviewer', { action: 'approve' })
    const corrected = await arrival(id, (row) => row.title.endsWith('(đính chính)'), Date.now())
    expect(corrected.row).toMatchObject({ pubStatus: 'usable', summary: 'Đính chính: kéo dài đến hết tháng.' })
    expect(corrected.row.versions).toEqual([expect.objectContaining({ summary: 'Tóm tắt của tỉnh.', title: 'Tỉnh phát động tháng hành động' })])
    expect(corrected.row.upstreamChangedAt).toEqual(expect.any(String))

    await act(id, 'reviewer', { action: 'withdraw', note: 'Sai số liệu' })
    const withdrawn = await arrival(id, (row) => row.pubStatus === 'canceled', Date.now())
    expect(withdrawn.row).toMatchObject({ title: 'Tỉnh phát động tháng hành động (đính chính)' })
    expect(withdrawn.row.versions!.map((version) => version.title)).toContain('Tỉnh phát động tháng hành động')

    // Each push was answered 2xx the first time: the province records three successes, one attempt each.
    expect((await deliveriesOf(id, outletId)).map((d) => [d.event, d.state, d.attempts])).toEqual([
      ['item.published', 'success', 1],
      ['item.corrected', 'success', 1],
      ['item.withdrawn', 'success', 1],
    ])
    console.log(`two instances: published after ${published.ms} ms, corrected after ${corrected.ms} ms, withdrawn after ${withdrawn.ms} ms`)
  }, 120_000)

  it('refuses a province outlet signing with another key: its delivery fails at once with 401, the rightly signed one lands', async () => {
    const wrong = await must<{ doc: { id: Id } }>(
      province,
      { as: 'admin', body: { accessLevel: 'public', channels: ['web'], kind: 'web', name: 'Huyện (khóa khác)', webhookUrl: `${district.url}/ingest/${sourceId}` }, path: '/api/outlets' },
      201,
    )
    try {
      await must(province, { as: 'admin', body: {}, path: `/api/outlets/${wrong.doc.id}/webhook-secret` })
      const { approvedAt, id } = await approveOnProvince({ title: 'Tin gửi hai nơi' })
      await arrival(id, () => true, approvedAt)
      for (;;) {
        const [delivery] = await deliveriesOf(id, wrong.doc.id)
        if (delivery?.state === 'failed') {
          expect(delivery).toMatchObject({ attempts: 1, lastStatus: 401 })
          break
        }
        if (Date.now() - approvedAt > ARRIVAL_MS) throw new Error(`the wrongly signed delivery did not fail: ${JSON.stringify(delivery)}`)
        await sleep(100)
      }
      expect((await deliveriesOf(id, outletId)).map((d) => [d.state, d.attempts])).toEqual([['success', 1]])
    } finally {
      await must(province, { as: 'admin', body: { active: false }, method: 'PATCH', path: `/api/outlets/${wrong.doc.id}` })
    }
  }, 60_000)

  it('lets the district adapt what arrived, approve it four-eyes and publish it naming the province; the province withdrawing then flags it', async () => {
    const { approvedAt, id } = await approveOnProvince({ title: 'Tỉnh hướng dẫn phòng chống bão' })
    const { row } = await arrival(id, () => true, approvedAt)

    const districtCampaign = (await must<{ docs: { id: Id }[] }>(district, { as: 'admin', path: '/api/campaigns?limit=1&depth=0' })).docs[0]!.id
    const adapted = await must<{ doc: { derivedFrom: Record<string, unknown>; id: Id; title: string } }>(district, { as: 'editor', body: { campaign: districtCampaign, collection: 'articles' }, path: `/api/incoming/${row.id}/adapt` }, 201)
    const draftId = adapted.doc.id
    expect(adapted.doc.title).toBe('Tỉnh hướng dẫn phòng chống bão')
    expect(adapted.doc.derivedFrom).toMatchObject({ incoming: String(row.id), sourceName: 'Sở Thông tin tỉnh', upstreamId: `urn:nguon:articles:${id}` })
    await must(district, { as: 'editor', body: { audiences: ['public'], channels: ['newspaper', 'web'] }, method: 'PATCH', path: `/api/articles/${draftId}?draft=true` })
    await must(district, { as: 'editor', body: { action: 'submit' }, path: `/api/articles/${draftId}/workflow` })
    // Nothing the district publishes skips its own review: its editor cannot approve what they adapted.
    await must(district, { as: 'editor', body: { action: 'approve' }, path: `/api/articles/${draftId}/workflow` }, 403)
    await must(district, { as: 'reviewer', body: { action: 'approve' }, path: `/api/articles/${draftId}/workflow` })

    const outlet = await must<{ doc: { id: Id } }>(district, { as: 'admin', body: { accessLevel: 'public', channels: ['newspaper'], kind: 'newspaper', name: 'Trung tâm truyền thông huyện' }, path: '/api/outlets' }, 201)
    const { token } = await must<{ token: string }>(district, { as: 'admin', body: {}, path: `/api/outlets/${outlet.doc.id}/token` })
    const rss = parseRssFeed(await (await fetch(`${district.url}/feeds/newspaper/rss.xml`, { headers: { authorization: `Bearer ${token}` } })).text())
    const item = rss.items?.find((entry) => entry.guid?.value === `urn:nguon:articles:${draftId}`)
    expect(item?.title).toBe('Tỉnh hướng dẫn phòng chống bão')
    expect(item?.source).toEqual({ title: 'Sở Thông tin tỉnh', url: `${province.url}/feeds/web/ninjs.json` })
    expect((await must<{ change: null | string }>(district, { as: 'reviewer', path: `/api/articles/${draftId}/upstream-change` })).change).toBeNull()

    await act(id, 'reviewer', { action: 'withdraw', note: 'Hướng dẫn đã thay' })
    await arrival(id, (desk) => desk.pubStatus === 'canceled', Date.now())
    const flagged = await must<{ change: null | string; incoming: { id: Id } | null }>(district, { as: 'reviewer', path: `/api/articles/${draftId}/upstream-change` })
    expect(flagged.change).toBe('withdrawn')
    expect(String(flagged.incoming?.id)).toBe(String(row.id))
  }, 120_000)
})
