// /metrics (Prometheus text format, prom-client) and /readyz: what an operator watches and what a load balancer asks.
//
// Counters count what this process did (feeds it served, decisions it recorded, webhooks it sent, audio it made): each
// process is scraped on its own, as Prometheus expects. Gauges read from the database describe the deployment as a
// whole (the delivery backlog, the job queue), whichever process is asked. Both stay cheap at any archive size: they
// read only what is open (pending deliveries, due jobs), through indexed columns.
import type { Request, RequestHandler, Response } from 'express'
import type { Payload, Where } from 'payload'

import { Gauge } from 'prom-client'

import { databaseSchemaStatus } from '../db'
import { checkMetricsAccess } from '../ops/metricsAccess'
import { countFeedResponse, registry } from '../ops/metricsRegistry'
import { decideReadiness, jobLagSeconds, maxJobLagSeconds } from '../ops/readiness'
import { resolveSchemaSource } from '../settings'
import { checkHealth } from './health'

/** Counts the status of every response that passes through (for the feeds router; the fast path counts itself). */
export const countFeedResponses: RequestHandler = (_req, res, next) => {
  res.on('finish', () => countFeedResponse(res.statusCode))
  next()
}

/** Delivery states that are still open: the backlog an operator watches. Delivered ones only grow, and are counted as attempts. */
const OPEN_DELIVERY_STATES = ['pending', 'in_progress', 'retrying', 'failed'] as const

/** The oldest due job's wait: due now (waitUntil passed, or none set), not running, not finished, not failed for good. */
export async function readJobLag(payload: Payload, now = new Date()): Promise<null | number> {
  const open: Where[] = [{ completedAt: { exists: false } }, { processing: { equals: false } }, { hasError: { not_equals: true } }]
  const [timed, untimed] = await Promise.all([
    payload.find({ collection: 'payload-jobs', depth: 0, limit: 1, overrideAccess: true, pagination: false, select: { waitUntil: true }, sort: 'waitUntil', where: { and: [...open, { waitUntil: { less_than_equal: now.toISOString() } }] } }),
    payload.find({ collection: 'payload-jobs', depth: 0, limit: 1, overrideAccess: true, pagination: false, select: { createdAt: true }, sort: 'createdAt', where: { and: [...open, { waitUntil: { exists: false } }] } }),
  ])
  const lags = [jobLagSeconds(timed.docs[0]?.waitUntil, now), jobLagSeconds(untimed.docs[0]?.createdAt, now)].filter((lag): lag is number => lag !== null)
  return lags.length ? Math.max(...lags) : null
}

let getPayloadForGauges: (() => Promise<Payload>) | undefined

new Gauge({
  async collect() {
    if (!getPayloadForGauges) return
    const payload = await getPayloadForGauges()
    const counts = await Promise.all(OPEN_DELIVERY_STATES.map((state) => payload.count({ collection: 'deliveries', overrideAccess: true, where: { state: { equals: state } } })))
    OPEN_DELIVERY_STATES.forEach((state, i) => this.labels(state).set(counts[i]!.totalDocs))
  },
  help: 'Webhook deliveries not (yet) delivered, by state, across the deployment',
  labelNames: ['state'] as const,
  name: 'nguon_deliveries_open',
  registers: [registry],
})

new Gauge({
  async collect() {
    if (!getPayloadForGauges) return
    const payload = await getPayloadForGauges()
    const { docs } = await payload.find({
      collection: 'deliveries',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      select: { createdAt: true },
      sort: 'createdAt',
      where: { state: { in: ['pending', 'retrying', 'in_progress'] } },
    })
    this.set(jobLagSeconds(docs[0]?.createdAt, new Date()) ?? 0)
  },
  help: 'Age in seconds of the oldest webhook delivery still waiting to be delivered (0 when none)',
  name: 'nguon_delivery_oldest_pending_seconds',
  registers: [registry],
})

new Gauge({
  async collect() {
    if (!getPayloadForGauges) return
    this.set((await readJobLag(await getPayloadForGauges())) ?? 0)
  },
  help: 'Seconds the oldest due job has waited to run (scheduled publishing, webhooks, bulletins; 0 when none is due)',
  name: 'nguon_job_queue_lag_seconds',
  registers: [registry],
})

export function metricsHandler({ getPayload }: { getPayload: () => Promise<Payload> }): RequestHandler {
  getPayloadForGauges = getPayload
  return async (req: Request, res: Response) => {
    res.set('Cache-Control', 'no-store')
    const access = checkMetricsAccess({
      authorization: req.headers.authorization,
      forwarded: Boolean(req.headers['x-forwarded-for'] ?? req.headers.forwarded),
      remoteAddress: req.socket.remoteAddress,
      token: process.env.METRICS_TOKEN?.trim() || undefined,
    })
    if (!access.allowed) {
      if (access.status === 401) res.set('WWW-Authenticate', 'Bearer realm="nguon-metrics"')
      res.status(access.status).json({ error: `Không được xem số liệu vận hành / Metrics refused: ${access.reason}` })
      return
    }
    try {
      const body = await registry.metrics()
      res.set('Content-Type', registry.contentType).send(body)
    } catch (err) {
      console.error('nguon: /metrics failed:', err)
      res.status(503).json({ error: 'Không đọc được số liệu / Metrics unavailable' })
    }
  }
}

/** GET /readyz: 200 when this process should get traffic; 503 naming why not (database, schema, stuck job queue). */
export function readinessHandler({ getPayload, version }: { getPayload: () => Promise<Payload>; version: string }): RequestHandler {
  return async (_req: Request, res: Response) => {
    res.set('Cache-Control', 'no-store')
    try {
      const payload = await getPayload()
      const health = await checkHealth({ payload, version })
      const db = health.db === 'ok'
      const schema = db ? await databaseSchemaStatus(payload.db, resolveSchemaSource(process.env.NGUON_SCHEMA)) : { pending: 0, unknown: 0 }
      const lag = db ? await readJobLag(payload) : null
      const readiness = decideReadiness({ db, jobLagSeconds: lag, maxJobLagSeconds: maxJobLagSeconds(), newerMigrations: schema.unknown, pendingMigrations: schema.pending })
      res.status(readiness.ready ? 200 : 503).json({ ...readiness, jobLagSeconds: lag, status: readiness.ready ? 'ready' : 'not-ready', version })
    } catch (err) {
      console.error('nguon: /readyz failed:', err)
      res.status(503).json({ ready: false, reasons: ['readiness check failed'], status: 'not-ready', version })
    }
  }
}
