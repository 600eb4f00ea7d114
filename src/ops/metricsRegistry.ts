// The metrics this process counts (prom-client registry): no Payload import, so any module may count into it.
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client'

export const registry = new Registry()
collectDefaultMetrics({ prefix: 'nguon_', register: registry })

const feedRequests = new Counter({
  help: 'Feed requests answered by this process, by HTTP status (200 and 304 come from the feed cache or a rendering)',
  labelNames: ['status'] as const,
  name: 'nguon_feed_requests_total',
  registers: [registry],
})
const feedRenders = new Counter({
  help: 'Feed renderings made by this process (cache misses); hit ratio = 1 - renders / requests with status 200 or 304',
  name: 'nguon_feed_renders_total',
  registers: [registry],
})
const workflowDecisions = new Counter({
  help: 'Workflow decisions recorded by this process, by action and resulting state',
  labelNames: ['action', 'to'] as const,
  name: 'nguon_workflow_decisions_total',
  registers: [registry],
})
const deliveryAttempts = new Counter({
  help: 'Webhook delivery attempts made by this process, by the state they left the delivery in',
  labelNames: ['state'] as const,
  name: 'nguon_delivery_attempts_total',
  registers: [registry],
})
const audioGeneration = new Histogram({
  buckets: [0.5, 1, 2, 5, 10, 20, 40, 80, 160],
  help: 'Seconds to synthesise a bulletin into MP3, in this process (a separate `npm run jobs` worker keeps its own)',
  name: 'nguon_bulletin_audio_generation_seconds',
  registers: [registry],
})

// The common statuses get their counter child once, so the feed fast path only adds one.
const feedStatusChildren = new Map<number, { inc: () => void }>([200, 304, 401, 403, 404].map((status) => [status, feedRequests.labels(String(status))]))

export const countFeedResponse = (status: number): void => (feedStatusChildren.get(status) ?? feedRequests.labels(String(status))).inc()
export const countFeedRender = (): void => feedRenders.inc()
export const countWorkflowDecision = (action: string, to: string): void => workflowDecisions.labels(action, to).inc()
export const countDeliveryAttempt = (state: string): void => deliveryAttempts.labels(state).inc()
export const observeAudioGeneration = (elapsedMs: number): void => audioGeneration.observe(elapsedMs / 1000)

