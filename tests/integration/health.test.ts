import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closeDatabaseConnections } from '../../src/db'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { startTestServer, type TestServer } from '../helpers/testServer'

/** A sample from Prometheus' text format: `name{labels} value`, or undefined when the series is absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `))
  return line === undefined ? undefined : Number(line.slice(series.length + 1))
}

describe('health, readiness and metrics', () => {
  let t: TestPayload
  let server: TestServer
  beforeAll(async () => {
    t = await startTestPayload('health')
    server = await startTestServer({ config: t.config, getPayload: async () => t.payload })
  })
  afterAll(async () => {
    delete process.env.METRICS_TOKEN
    delete process.env.NGUON_READY_MAX_JOB_LAG_SECONDS
    await server?.close()
    await t?.stop()
  })

  it('GET /healthz answers 200 with status, db and version after a database round trip', async () => {
    const res = await fetch(`${server.url}/healthz`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(await res.json()).toMatchObject({ db: 'ok', status: 'ok', version: 'test' })
  })

  it('GET /readyz is ready on a database at this version\'s migrations with no overdue job', async () => {
    const res = await fetch(`${server.url}/readyz`)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect({ status: res.status, body: await res.json() }).toMatchObject({ body: { ready: true, reasons: [], status: 'ready' }, status: 200 })
  })

  it('GET /readyz is not ready while a migration of this version is not recorded, nor on a database a newer version upgraded', async () => {
    const { docs } = await t.payload.find({ collection: 'payload-migrations', limit: 1, overrideAccess: true, sort: '-name' })
    const last = docs[0]!
    await t.payload.delete({ collection: 'payload-migrations', id: last.id, overrideAccess: true })
    try {
      const res = await fetch(`${server.url}/readyz`)
      expect({ status: res.status, body: await res.json() }).toMatchObject({ body: { ready: false, reasons: ['1 schema migration(s) not yet applied'] }, status: 503 })
    } finally {
      await t.payload.create({ collection: 'payload-migrations', data: { batch: last.batch, name: last.name }, overrideAccess: true })
    }
    const future = await t.payload.create({ collection: 'payload-migrations', data: { batch: 99, name: '20991231_000000_from_a_newer_version' }, overrideAccess: true })
    try {
      const res = await fetch(`${server.url}/readyz`)
      expect(res.status).toBe(503)
      expect((await res.json()).reasons).toEqual(['the database was upgraded by a newer version of Nguồn; restart this process with it'])
    } finally {
      await t.payload.delete({ collection: 'payload-migrations', id: future.id, overrideAccess: true })
    }
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200)
  })

  it('GET /readyz is not ready while a due job waits longer than NGUON_READY_MAX_JOB_LAG_SECONDS; the lag is also a metric', async () => {
    process.env.NGUON_READY_MAX_JOB_LAG_SECONDS = '60'
    const job = await t.payload.jobs.queue({ input: { collection: 'articles', id: '1' }, queue: 'scheduled', task: 'publishScheduled', waitUntil: new Date(Date.now() - 10 * 60_000) })
    try {
      const res = await fetch(`${server.url}/readyz`)
      const body = await res.json()
      expect(res.status).toBe(503)
      expect(body.reasons).toHaveLength(1)
      expect(body.reasons[0]).toMatch(/^job queue lag \d+ s exceeds 60 s$/)
      expect(body.jobLagSeconds).toBeGreaterThanOrEqual(600)
      const metrics = await (await fetch(`${server.url}/metrics`)).text()
      expect(sample(metrics, 'nguon_job_queue_lag_seconds')).toBeGreaterThanOrEqual(600)
      // A job waiting for its embargo is not late.
      await t.payload.update({ collection: 'payload-jobs', data: { waitUntil: new Date(Date.now() + 3_600_000).toISOString() }, id: job.id, overrideAccess: true })
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200)
      expect(sample(await (await fetch(`${server.url}/metrics`)).text(), 'nguon_job_queue_lag_seconds')).toBe(0)
    } finally {
      await t.payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true })
      delete process.env.NGUON_READY_MAX_JOB_LAG_SECONDS
    }
  })

  it('GET /metrics counts feed requests and renderings: a repeat request is a cache hit, a conditional one a 304', async () => {
    const before = await (await fetch(`${server.url}/metrics`)).text()
    const first = await fetch(`${server.url}/feeds/web/rss.xml?limit=7`)
    expect(first.status).toBe(200)
    const etag = first.headers.get('etag')!
    expect((await fetch(`${server.url}/feeds/web/rss.xml?limit=7`)).status).toBe(200)
    expect((await fetch(`${server.url}/feeds/web/rss.xml?limit=7`, { headers: { 'if-none-match': etag } })).status).toBe(304)
    expect((await fetch(`${server.url}/feeds/nowhere/rss.xml`)).status).toBe(404)
    const res = await fetch(`${server.url}/metrics`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
    const after = await res.text()
    const delta = (series: string) => (sample(after, series) ?? 0) - (sample(before, series) ?? 0)
    expect(delta('nguon_feed_requests_total{status="200"}')).toBe(2)
    expect(delta('nguon_feed_requests_total{status="304"}')).toBe(1)
    expect(delta('nguon_feed_requests_total{status="404"}')).toBe(1)
    expect(delta('nguon_feed_renders_total')).toBe(1)
    for (const state of ['pending', 'in_progress', 'retrying', 'failed']) expect(sample(after, `nguon_deliveries_open{state="${state}"}`)).toBe(0)
    expect(sample(after, 'nguon_delivery_oldest_pending_seconds')).toBe(0)
    expect(after).toMatch(/^nguon_process_resident_memory_bytes \d+/m)
  })

  it('GET /metrics is refused to requests a proxy forwarded, and with METRICS_TOKEN set to all but its bearer', async () => {
    const forwarded = await fetch(`${server.url}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9' } })
    expect(forwarded.status).toBe(403)
    expect(await forwarded.text()).not.toContain('nguon_')
    process.env.METRICS_TOKEN = 'a-long-metrics-token-for-the-test'
    try {
      const anonymous = await fetch(`${server.url}/metrics`)
      expect(anonymous.status).toBe(401)
      expect(anonymous.headers.get('www-authenticate')).toBe('Bearer realm="nguon-metrics"')
      expect((await fetch(`${server.url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(403)
      expect((await fetch(`${server.url}/metrics`, { headers: { authorization: 'Bearer a-long-metrics-token-for-the-test', 'x-forwarded-for': '203.0.113.9' } })).status).toBe(200)
    } finally {
      delete process.env.METRICS_TOKEN
    }
  })

  it('GET /healthz and /readyz answer 503 when the database does not answer', async () => {
    await closeDatabaseConnections(t.payload.db)
    const res = await fetch(`${server.url}/healthz`)
    expect(res.status).toBe(503)
    expect(await res.json()).toMatchObject({ db: 'unreachable', status: 'error' })
    const ready = await fetch(`${server.url}/readyz`)
    expect(ready.status).toBe(503)
    expect(await ready.json()).toMatchObject({ ready: false, reasons: ['database unreachable'] })
  })
})
