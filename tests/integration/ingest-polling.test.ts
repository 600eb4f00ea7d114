// Scheduled polling end to end: rounds of pollDueSources (what the pollSources job starts) against a local upstream over
// real HTTP: due sources polled once, a 304 creating nothing, backoff after failures and recovery, inactive sources
// left alone, two rounds at once (two Payloads on one database) polling each source once, and a hanging source holding
// neither the others nor /healthz. Runs on SQLite, or on PostgreSQL with TEST_DATABASE_URL=postgres://….
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { closeDatabaseConnections } from '../../src/db'
import { pollDueSources } from '../../src/ingest/pollDueSources'
import { MAX_BACKOFF_SECONDS } from '../../src/ingest/pollSchedule'
import { INGEST_QUEUE, POLL_SOURCES_TASK, pollRoundUnderWay, startPollRound } from '../../src/ingest/pollSourcesTask'
import type { Source } from '../../src/payload-types'
import { api } from '../helpers/api'
import { testDatabaseKind } from '../helpers/testPayload'
import { startWorkflowWorld, type WorkflowWorld } from '../helpers/workflow'

type Answer = { body?: string; delayMs?: number; headers?: Record<string, string>; status: number }
type Reply = 'hang' | Answer

const rss = (guids: string[]) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Huyện</title><link>https://huyen.example/</link><description>Tin huyện</description>
${guids.map((guid) => `<item><guid isPermaLink="false">${guid}</guid><title>Tin ${guid}</title><description>Nội dung ${guid}.</description></item>`).join('\n')}
</channel></rss>`
const feed = (guids: string[], etag?: string): Answer => ({
  body: rss(guids),
  headers: { 'content-type': 'application/rss+xml; charset=utf-8', ...(etag ? { etag } : {}) },
  status: 200,
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const secondsBetween = (from: null | string | undefined, to: null | string | undefined) => (Date.parse(to!) - Date.parse(from!)) / 1000
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i

describe(`ingest: polling on a schedule (${testDatabaseKind()})`, () => {
  let w: WorkflowWorld
  let upstream: Server
  let origin = ''
  const replies = new Map<string, Reply[]>()
  const seen = new Map<string, IncomingHttpHeaders[]>()
  const hanging: ServerResponse[] = []

  /** The next answers of the upstream at `path`, in order; the last one repeats. */
  const serve = (path: string, ...answers: Reply[]) => replies.set(path, answers)
  const requestsTo = (path: string) => seen.get(path) ?? []
  const payload = () => w.t.payload
  const createSource = async (path: string, extra: Partial<Source> = {}) =>
    (await payload().create({ collection: 'sources', data: { name: `Nguồn ${path}`, pollIntervalSeconds: 60, url: `${origin}${path}`, ...extra }, overrideAccess: true })).id
  const sourceDoc = (id: number | string) => payload().findByID({ collection: 'sources', depth: 0, id, overrideAccess: true })
  const deskOf = async (id: number | string) =>
    (await payload().find({ collection: 'incoming', depth: 0, overrideAccess: true, pagination: false, sort: 'upstreamId', where: { source: { equals: id } } })).docs
  /** A round as if run at `at` (a source's next poll time, say), so no test waits for a real interval. */
  const roundAt = (at: null | string | undefined, on: Payload = payload()) => pollDueSources({ now: new Date(Date.parse(at!) + 1), payload: on })

  beforeAll(async () => {
    process.env.NGUON_SOURCE_ALLOWED_HOSTS = '127.0.0.1'
    w = await startWorkflowWorld('ingest-polling')
    upstream = createServer((req, res) => {
      const path = req.url ?? '/'
      seen.set(path, [...requestsTo(path), req.headers])
      const queue = replies.get(path) ?? [{ status: 404 }]
      const reply = queue.length > 1 ? queue.shift()! : queue[0]!
      if (reply === 'hang') return void hanging.push(res)
      setTimeout(() => res.writeHead(reply.status, reply.headers).end(reply.body), reply.delayMs ?? 0)
    })
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`
  })

  // Each test's sources stop being due when it ends, so the next test's rounds poll only its own.
  afterEach(async () => {
    await pollRoundUnderWay()
    await payload().update({ collection: 'sources', data: { active: false }, overrideAccess: true, where: { active: { equals: true } } })
  })

  afterAll(async () => {
    delete process.env.NGUON_SOURCE_ALLOWED_HOSTS
    for (const res of hanging) res.destroy()
    upstream?.closeAllConnections()
    await new Promise((resolve) => upstream?.close(resolve))
    await w?.stop()
  })

  it('polls a due source once, then again with If-None-Match at its next time, where a 304 creates nothing', async () => {
    serve('/due', feed(['urn:due:1', 'urn:due:2'], '"d1"'), { headers: { etag: '"d1"' }, status: 304 })
    const id = await createSource('/due')
    expect((await sourceDoc(id)).nextPollAt).toBeFalsy()

    expect(await pollDueSources({ payload: payload() })).toEqual({ failed: 0, new: 2, polled: 1, updated: 0, withdrawn: 0 })
    expect((await deskOf(id)).map((row) => row.upstreamId)).toEqual(['urn:due:1', 'urn:due:2'])
    const first = await sourceDoc(id)
    expect(first).toMatchObject({ etag: '"d1"', failures: 0, lastError: null })
    expect(first.lastSuccessAt).toBe(first.lastPolledAt)
    expect(secondsBetween(first.lastPolledAt, first.nextPollAt)).toBe(60)

    // Not due again before its time: a round now takes nothing.
    expect(await pollDueSources({ payload: payload() })).toMatchObject({ polled: 0 })
    expect(requestsTo('/due')).toHaveLength(1)

    expect(await roundAt(first.nextPollAt)).toEqual({ failed: 0, new: 0, polled: 1, updated: 0, withdrawn: 0 })
    expect(requestsTo('/due')).toHaveLength(2)
    expect(requestsTo('/due')[1]!['if-none-match']).toBe('"d1"')
    expect(await deskOf(id)).toHaveLength(2)
    const second = await sourceDoc(id)
    expect(second).toMatchObject({ failures: 0, lastError: null })
    expect(secondsBetween(second.lastPolledAt, second.nextPollAt)).toBe(60)
    expect(Date.parse(second.nextPollAt!)).toBeGreaterThan(Date.parse(first.nextPollAt!))
  })

  it('backs off after each failure in a row, records why in Vietnamese, and returns to its interval after a success', async () => {
    serve('/flaky', { body: 'lỗi', headers: { 'content-type': 'text/plain' }, status: 503 }, { status: 503 }, { status: 503 }, feed(['urn:flaky:1']))
    const id = await createSource('/flaky')
    const waits: number[] = []
    let source = await sourceDoc(id)
    for (let failures = 1; failures <= 3; failures++) {
      expect(await roundAt(source.nextPollAt ?? new Date().toISOString())).toMatchObject({ failed: 1, polled: 1 })
      source = await sourceDoc(id)
      expect(source.failures).toBe(failures)
      expect(source.lastError).toMatch(/503/)
      expect(source.lastError).toMatch(VIETNAMESE)
      expect(source.lastSuccessAt).toBeFalsy()
      waits.push(secondsBetween(source.lastPolledAt, source.nextPollAt))
    }
    expect(waits).toEqual([120, 240, 480])
    expect(await deskOf(id)).toHaveLength(0)

    expect(await roundAt(source.nextPollAt)).toMatchObject({ failed: 0, new: 1, polled: 1 })
    source = await sourceDoc(id)
    expect(source).toMatchObject({ failures: 0, lastError: null })
    expect(source.lastSuccessAt).toBe(source.lastPolledAt)
    expect(secondsBetween(source.lastPolledAt, source.nextPollAt)).toBe(60)
  })

  it('caps the wait of a source that keeps failing', async () => {
    serve('/dead', { status: 500 })
    const id = await createSource('/dead')
    await payload().update({ collection: 'sources', data: { failures: 5000 }, id, overrideAccess: true })
    await pollDueSources({ payload: payload() })
    const source = await sourceDoc(id)
    expect(source.failures).toBe(5001)
    expect(secondsBetween(source.lastPolledAt, source.nextPollAt)).toBe(MAX_BACKOFF_SECONDS)
  })

  it('never polls an inactive source, however overdue', async () => {
    serve('/off', feed(['urn:off:1']))
    const id = await createSource('/off', { active: false })
    expect(await roundAt(new Date(Date.now() + 30 * 86_400_000).toISOString())).toMatchObject({ polled: 0 })
    expect(requestsTo('/off')).toHaveLength(0)
    expect(await sourceDoc(id)).toMatchObject({ lastPolledAt: null, nextPollAt: null })

    // Turned on, it is due at once.
    await payload().update({ collection: 'sources', data: { active: true }, id, overrideAccess: true })
    expect(await pollDueSources({ payload: payload() })).toMatchObject({ new: 1, polled: 1 })
  })

  it('moves the next poll on a poll by hand too, and refuses the poll to non-admins without moving it', async () => {
    serve('/manual', feed(['urn:manual:1']))
    const id = await createSource('/manual')
    const refused = [undefined, w.tokens.editor, w.tokens.reviewer].map(async (token) => (await api(w.server.url, `/api/sources/${id}/poll`, { body: {}, token })).status)
    expect(await Promise.all(refused)).toEqual([401, 403, 403])
    expect(requestsTo('/manual')).toHaveLength(0)
    expect(await sourceDoc(id)).toMatchObject({ lastPolledAt: null, nextPollAt: null })
    expect((await api(w.server.url, `/api/sources/${id}/poll`, { body: {}, token: w.tokens.admin })).status).toBe(200)
    const source = await sourceDoc(id)
    expect(secondsBetween(source.lastPolledAt, source.nextPollAt)).toBe(60)
    // Polled by hand, it is not due for the scheduler until its interval has passed.
    expect(await pollDueSources({ payload: payload() })).toMatchObject({ polled: 0 })
  })

  it('polls each due source once when two processes run rounds at the same moment', async () => {
    const paths = Array.from({ length: 8 }, (_, n) => `/race/${n}`)
    // Answers take a little while, so the two rounds overlap.
    for (const path of paths) serve(path, { ...feed([`urn:race:${path}`]), delayMs: 50 })
    const ids = await Promise.all(paths.map((path) => createSource(path)))
    // A second Payload on the same database, with its own connections, as the jobs worker beside the server.
    const { BasePayload } = await import('payload')
    const other = await new BasePayload().init({ config: w.t.config, cron: false, disableOnInit: true })
    try {
      const rounds = await Promise.all([pollDueSources({ payload: payload() }), pollDueSources({ payload: other }), pollDueSources({ payload: payload() }), pollDueSources({ payload: other })])
      expect(rounds.reduce((sum, round) => sum + round.polled, 0)).toBe(paths.length)
      expect(rounds.reduce((sum, round) => sum + round.new, 0)).toBe(paths.length)
    } finally {
      await other.destroy()
      await closeDatabaseConnections(other.db)
    }
    expect(paths.map((path) => requestsTo(path).length)).toEqual(paths.map(() => 1))
    for (const id of ids) expect(await deskOf(id)).toHaveLength(1)
  })

  it('polls through the jobs queue: the scheduled pollSources job starts a round of the due sources', async () => {
    serve('/queued', feed(['urn:queued:1']))
    const id = await createSource('/queued')
    // What the ten-second schedule queues (payload.config.ts); on PostgreSQL the slug must be a value of the task enum.
    await payload().jobs.queue({ input: {}, queue: INGEST_QUEUE, task: POLL_SOURCES_TASK })
    await payload().jobs.run({ queue: INGEST_QUEUE })
    await pollRoundUnderWay()
    expect(await deskOf(id)).toHaveLength(1)
    expect((await sourceDoc(id)).lastSuccessAt).toBeTruthy()
    const { docs } = await payload().find({ collection: 'payload-jobs', overrideAccess: true, where: { taskSlug: { equals: POLL_SOURCES_TASK } } })
    expect(docs.every((job) => job.hasError !== true)).toBe(true)
  })

  it('lets a hanging source hold neither the other sources of its round nor /healthz', async () => {
    serve('/hang', 'hang')
    serve('/quick', feed(['urn:quick:1']))
    const hangId = await createSource('/hang')
    const quickId = await createSource('/quick')
    const hangingBefore = hanging.length

    expect(startPollRound(payload())).toBe(true)
    const round = pollRoundUnderWay()!
    let isRoundOver = false
    void round.then(() => (isRoundOver = true))
    // A second start while one is under way starts nothing.
    expect(startPollRound(payload())).toBe(false)

    const deadline = Date.now() + 10_000
    while ((hanging.length === hangingBefore || !(await sourceDoc(quickId)).lastSuccessAt) && Date.now() < deadline) await sleep(50)
    expect(hanging.length).toBe(hangingBefore + 1)
    expect(await deskOf(quickId)).toHaveLength(1)

    const health = await fetch(`${w.server.url}/healthz`)
    expect(health.status).toBe(200)
    expect(await health.json()).toMatchObject({ db: 'ok', status: 'ok' })
    // All of that while the hanging source still holds its slot.
    expect(isRoundOver).toBe(false)
    expect(await sourceDoc(hangId)).toMatchObject({ lastPolledAt: null })

    // The upstream answers at last: the round ends, and the hanging source is recorded.
    hanging.pop()!.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(['urn:hang:1']))
    expect(await round).toMatchObject({ failed: 0, new: 2, polled: 2 })
    expect(await deskOf(hangId)).toHaveLength(1)
  })
})
