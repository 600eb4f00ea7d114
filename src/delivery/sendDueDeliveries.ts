// One round of the webhook sender: find due deliveries, claim each, send it, and record the result with the next step.
import type { Payload } from 'payload'

import type { Delivery, Outlet } from '../payload-types'

import { claimDelivery } from './claimDelivery'
import { type DeliverySettings, deliverySettings } from './deliverySettings'
import { expandFanouts } from './expandFanouts'
import { postWebhook } from './postWebhook'
import { OPEN_STATES } from './recipients'
import { describeError, nextAttempt } from './retryPolicy'
import { WEBHOOK_REFUSED } from './webhookRefusal'
import { webhookRequestHeaders } from './webhookMessage'
import { countDeliveryAttempt } from '../ops/metricsRegistry'

/** Time a claimed attempt may take (timeout plus bookkeeping) before another worker treats the claim as abandoned. */
const CLAIM_GRACE_MS = 5_000

type Result = Pick<Delivery, 'deliveredAt' | 'lastError' | 'lastStatus' | 'nextAttemptAt' | 'state'>

/** Why an outlet cannot be sent to now, or null when it can. */
function unsendableReason(outlet: null | Outlet): null | string {
  if (!outlet) return 'the outlet no longer exists'
  if (!outlet.webhookUrl) return 'the outlet has no webhook URL'
  if (outlet.webhookEnabled === false) return `the outlet's webhook is turned off${outlet.webhookDisabledReason ? ` (${outlet.webhookDisabledReason})` : ''}`
  if (!outlet.webhookSecret) return 'the outlet has no webhook secret (POST /api/outlets/{id}/webhook-secret)'
  return null
}

async function attemptDelivery({ id, payload, settings }: { id: Delivery['id']; payload: Payload; settings: DeliverySettings }): Promise<boolean> {
  const claimedAt = new Date()
  const staleBefore = new Date(claimedAt.getTime() - settings.timeoutMs - CLAIM_GRACE_MS)
  if (!(await claimDelivery({ id, now: claimedAt, payload, staleBefore }))) return false
  // Read after claiming: another worker may have made an attempt since this one listed the row.
  const delivery = await payload.findByID({ collection: 'deliveries', depth: 0, id, overrideAccess: true })

  const outletId = typeof delivery.outlet === 'object' ? delivery.outlet.id : delivery.outlet
  const outlet = await payload.findByID({ collection: 'outlets', depth: 0, disableErrors: true, id: outletId, overrideAccess: true })
  const attempt = delivery.attempts + 1
  let result: Result
  const problem = unsendableReason(outlet)
  if (problem || !outlet) {
    result = { deliveredAt: null, lastError: problem, lastStatus: null, nextAttemptAt: null, state: 'failed' }
  } else {
    const headers = webhookRequestHeaders({ body: delivery.body, id: delivery.webhookId, now: new Date(), secret: outlet.webhookSecret! })
    const outcome = await postWebhook({ body: delivery.body, headers, timeoutMs: settings.timeoutMs, url: outlet.webhookUrl! })
    const now = new Date()
    // Never connected: one reason for every refused host and port, so deliveries say nothing about what listens inside.
    if ('refused' in outcome) return record({ delivery, outletId, payload, result: { deliveredAt: null, lastError: WEBHOOK_REFUSED.send, lastStatus: null, nextAttemptAt: null, state: 'failed' } })
    const decision = nextAttempt({
      ...('status' in outcome ? { retryAfterHeader: outcome.retryAfter, status: outcome.status } : { error: outcome.error }),
      attempt,
      baseDelayMs: settings.baseDelayMs,
      maxAttempts: settings.maxAttempts,
      maxDelayMs: settings.maxDelayMs,
      now,
      random: Math.random,
    })
    const lastStatus = 'status' in outcome ? outcome.status : null
    switch (decision.kind) {
      case 'success':
        result = { deliveredAt: now.toISOString(), lastError: null, lastStatus, nextAttemptAt: null, state: 'success' }
        break
      case 'retry':
        result = { deliveredAt: null, lastError: 'error' in outcome ? describeError(outcome.error) : `HTTP ${lastStatus}`, lastStatus, nextAttemptAt: decision.at.toISOString(), state: 'retrying' }
        break
      case 'fail':
      case 'disable':
        result = { deliveredAt: null, lastError: decision.reason, lastStatus, nextAttemptAt: null, state: 'failed' }
    }
    if (decision.kind === 'disable') {
      await payload.update({
        collection: 'outlets',
        data: { webhookDisabledReason: `${decision.reason} (${now.toISOString()})`, webhookEnabled: false },
        id: outlet.id,
        overrideAccess: true,
      })
    }
  }
  return record({ delivery, outletId, payload, result })
}

/** Writes the attempt's outcome on the claimed delivery. */
async function record({ delivery, outletId, payload, result }: { delivery: Delivery; outletId: Outlet['id']; payload: Payload; result: Result }): Promise<true> {
  if (result.state === 'failed') {
    payload.logger.warn({ deliveryId: delivery.id, event: delivery.event, msg: `Webhook delivery failed: ${result.lastError}`, outletId })
  }
  await payload.update({ collection: 'deliveries', data: { ...result, attempts: delivery.attempts + 1, claimedAt: null }, depth: 0, id: delivery.id, overrideAccess: true })
  countDeliveryAttempt(result.state)
  return true
}

/**
 * The due deliveries that are next in line for their outlet and item: a withdrawal never overtakes its publication,
 * even while the publication waits for a retry. Deliveries are inserted in the order of their events, so the lowest id
 * among an outlet's open deliveries of one item goes first.
 */
async function inReceiverOrder({ docs, payload }: { docs: Delivery[]; payload: Payload }): Promise<Delivery[]> {
  if (!docs.length) return docs
  const { docs: open } = await payload.find({
    collection: 'deliveries',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    select: { itemCollection: true, itemId: true, outlet: true },
    where: { and: [{ state: { in: OPEN_STATES } }, { itemId: { in: [...new Set(docs.map((d) => d.itemId))] } }] },
  })
  const first = new Map<string, number>()
  for (const d of open) {
    const key = receiverItemKey(d)
    first.set(key, Math.min(first.get(key) ?? Infinity, Number(d.id)))
  }
  return docs.filter((d) => (first.get(receiverItemKey(d)) ?? Number(d.id)) >= Number(d.id))
}

const receiverItemKey = (d: Pick<Delivery, 'itemCollection' | 'itemId' | 'outlet'>) =>
  `${String(typeof d.outlet === 'object' ? d.outlet.id : d.outlet)}|${d.itemCollection}|${d.itemId}`

/** Sends every delivery that is due (or abandoned by a stopped worker), up to one batch; returns how many this worker sent. */
export async function sendDueDeliveries({ now = new Date(), payload, settings = deliverySettings() }: { now?: Date; payload: Payload; settings?: DeliverySettings }): Promise<number> {
  // Recorded fan-outs become deliveries first (they are due at once).
  await expandFanouts({ payload })
  const staleBefore = new Date(now.getTime() - settings.timeoutMs - CLAIM_GRACE_MS)
  const { docs } = await payload.find({
    collection: 'deliveries',
    depth: 0,
    limit: settings.batchSize,
    overrideAccess: true,
    pagination: false,
    sort: 'nextAttemptAt',
    where: {
      or: [
        { and: [{ state: { in: ['pending', 'retrying'] } }, { nextAttemptAt: { less_than_equal: now.toISOString() } }] },
        { and: [{ state: { equals: 'in_progress' } }, { claimedAt: { less_than: staleBefore.toISOString() } }] },
      ],
    },
  })
  const sent = await Promise.all(
    (await inReceiverOrder({ docs, payload })).map((delivery) =>
      attemptDelivery({ id: delivery.id, payload, settings }).catch((err: unknown) => {
        // The claim stays; the row is retried once it is stale.
        payload.logger.error({ deliveryId: delivery.id, err, msg: 'Webhook delivery attempt crashed' })
        return false
      }),
    ),
  )
  return sent.filter(Boolean).length
}
