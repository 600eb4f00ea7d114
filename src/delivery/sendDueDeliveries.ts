// One round of the webhook sender: expand recorded fan-outs, then claim due deliveries in batches and send them with a bounded number in flight.
import type { Payload } from 'payload'

import type { Delivery, Outlet } from '../payload-types'

import { claimDelivery } from './claimDelivery'
import { claimDueDeliveries, type ClaimedDelivery, readSendableOutlets, readWebhookUrls, recordSuccesses, releaseDeliveries, type SendableOutlet, sqlSenderAdapter } from './claimDueDeliveries'
import { type DeliverySettings, deliverySettings } from './deliverySettings'
import { expandFanouts } from './expandFanouts'
import { postWebhook } from './postWebhook'
import { describeError, nextAttempt } from './retryPolicy'
import { WEBHOOK_REFUSED } from './webhookRefusal'
import { webhookRequestHeaders } from './webhookMessage'
import { countDeliveryAttempt } from '../ops/metricsRegistry'

/** Time a claimed attempt may take (timeout plus bookkeeping) before another worker treats the claim as abandoned. */
const CLAIM_GRACE_MS = 5_000

type Result = Pick<Delivery, 'deliveredAt' | 'lastError' | 'lastStatus' | 'nextAttemptAt' | 'state'>

/** What sending needs of a delivery: a claimed row (SQL) or a document read after a claim (MongoDB). */
type Sendable = Pick<ClaimedDelivery, 'attempts' | 'body' | 'event' | 'id' | 'outlet' | 'webhookId'>
type SendTo = { [K in 'webhookDisabledReason' | 'webhookEnabled' | 'webhookSecret' | 'webhookUrl']?: SendableOutlet[K] | undefined } & { id: Outlet['id'] }

/** Why an outlet cannot be sent to now, or null when it can. */
function unsendableReason(outlet: null | SendTo): null | string {
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
  const doc = await payload.findByID({ collection: 'deliveries', depth: 0, id, overrideAccess: true })
  const outletId = typeof doc.outlet === 'object' ? doc.outlet.id : doc.outlet
  const delivery: Sendable = { ...doc, outlet: outletId }
  const outlet = await payload.findByID({ collection: 'outlets', depth: 0, disableErrors: true, id: outletId, overrideAccess: true })
  // Each success written at once (no batch statement here).
  const onSuccess = async (status: null | number, at: Date) =>
    void (await record({ delivery, outletId, payload, result: { deliveredAt: at.toISOString(), lastError: null, lastStatus: status, nextAttemptAt: null, state: 'success' } }))
  await sendClaimed({ delivery, onSuccess, outlet, payload, settings })
  return true
}

/** Writes the attempt's outcome on the claimed delivery. */
async function record({ delivery, outletId, payload, result }: { delivery: Sendable; outletId: Outlet['id']; payload: Payload; result: Result }): Promise<true> {
  if (result.state === 'failed') {
    payload.logger.warn({ deliveryId: delivery.id, event: delivery.event, msg: `Webhook delivery failed: ${result.lastError}`, outletId })
  }
  await payload.update({ collection: 'deliveries', data: { ...result, attempts: delivery.attempts + 1, claimedAt: null }, depth: 0, id: delivery.id, overrideAccess: true })
  countDeliveryAttempt(result.state)
  return true
}

/** The host (and port) a webhook URL points at: the unit of the per-host limit. */
const hostOf = (url: null | string | undefined): string => {
  try {
    return url ? new URL(url).host : ''
  } catch {
    return ''
  }
}

/** Outlet ids by webhook host, for every outlet with a webhook URL. */
async function outletsByHost(payload: Payload): Promise<Map<string, Outlet['id'][]>> {
  const byHost = new Map<string, Outlet['id'][]>()
  for (const outlet of await readWebhookUrls(payload)) {
    const host = hostOf(outlet.webhookUrl)
    const ids = byHost.get(host)
    if (ids) ids.push(outlet.id as Outlet['id'])
    else byHost.set(host, [outlet.id as Outlet['id']])
  }
  return byHost
}

/** Successful attempts waiting to be written together, by HTTP status. */
type Successes = Map<number, Delivery['id'][]>

/** Sends one claimed delivery; a success goes to `onSuccess` (written at once or with others), anything else is written at once. */
async function sendClaimed({
  delivery,
  onSuccess,
  outlet,
  payload,
  settings,
}: {
  delivery: Sendable
  onSuccess: (status: null | number, at: Date) => Promise<void> | void
  outlet: null | SendTo
  payload: Payload
  settings: DeliverySettings
}): Promise<void> {
  const outletId = delivery.outlet as Outlet['id']
  const attempt = delivery.attempts + 1
  const problem = unsendableReason(outlet)
  if (problem || !outlet) {
    await record({ delivery, outletId, payload, result: { deliveredAt: null, lastError: problem, lastStatus: null, nextAttemptAt: null, state: 'failed' } })
    return
  }
  const headers = webhookRequestHeaders({ body: delivery.body, id: delivery.webhookId, now: new Date(), secret: outlet.webhookSecret! })
  const outcome = await postWebhook({ body: delivery.body, headers, timeoutMs: settings.timeoutMs, url: outlet.webhookUrl! })
  const now = new Date()
  // Never connected: one reason for every refused host and port, so deliveries say nothing about what listens inside.
  if ('refused' in outcome) {
    await record({ delivery, outletId, payload, result: { deliveredAt: null, lastError: WEBHOOK_REFUSED.send, lastStatus: null, nextAttemptAt: null, state: 'failed' } })
    return
  }
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
  let result: Result
  switch (decision.kind) {
    case 'success':
      await onSuccess(lastStatus, now)
      return
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
  await record({ delivery, outletId, payload, result })
}

/** How often noted successes are written while requests are still in flight. */
const FLUSH_MS = 100

/**
 * Sends what is due until nothing claimable is left and every request has ended: up to `concurrency` requests in flight,
 * at most `hostConcurrency` to one host, each slot refilled as soon as its request ends, so a receiver that hangs
 * costs only its own slot. Claims come in batches (claimDueDeliveries), emergencies first, in order per outlet and
 * item; successes are written in batches. Returns how many attempts this worker made.
 */
async function sendInFlight({ now, payload, settings }: { now: Date; payload: Payload; settings: DeliverySettings }): Promise<number> {
  const byHost = await outletsByHost(payload)
  const inFlightByHost = new Map<string, number>()
  const running = new Set<Promise<void>>()
  const successes: Successes = new Map()
  let lastFlush = Date.now()
  let attempts = 0
  const flush = async () => {
    const at = new Date()
    const batches = [...successes]
    successes.clear()
    lastFlush = Date.now()
    for (const [status, ids] of batches) await recordSuccesses({ at, ids, payload, status })
  }
  // Slots are refilled a batch at a time (a quarter of them, or whatever is free after FLUSH_MS), not one query per finished request.
  const batch = Math.max(1, Math.floor(settings.concurrency / 4))
  let lastClaim = 0
  for (;;) {
    const free = settings.concurrency - running.size
    let claimed: ClaimedDelivery[] = []
    if (free > 0 && (free >= batch || !running.size || Date.now() - lastClaim >= FLUSH_MS)) {
      lastClaim = Date.now()
      const claimedAt = new Date()
      const saturated = [...inFlightByHost].filter(([, n]) => n >= settings.hostConcurrency).flatMap(([host]) => byHost.get(host) ?? [])
      claimed = await claimDueDeliveries({ dueBy: now, excludeOutlets: saturated, limit: free, now: claimedAt, payload, staleBefore: new Date(now.getTime() - settings.timeoutMs - CLAIM_GRACE_MS) })
    }
    if (claimed.length) {
      // Read at each claim, not once a round: a webhook turned off or a secret replaced counts from the next request.
      const outletRows = await readSendableOutlets({ ids: [...new Set(claimed.map((d) => d.outlet))], payload })
      const outlets = new Map(outletRows.map((o) => [String(o.id), o as SendTo]))
      const released: Delivery['id'][] = []
      for (const delivery of claimed) {
        const outlet = outlets.get(String(delivery.outlet)) ?? null
        const host = hostOf(outlet?.webhookUrl)
        const busy = inFlightByHost.get(host) ?? 0
        // More claimed for one host than it may have at once: given back, and that host is skipped until a slot frees.
        if (outlet && busy >= settings.hostConcurrency) {
          released.push(delivery.id as Delivery['id'])
          continue
        }
        inFlightByHost.set(host, busy + 1)
        attempts++
        const noteSuccess = (status: null | number) => {
          successes.set(status ?? 200, [...(successes.get(status ?? 200) ?? []), delivery.id as Delivery['id']])
          countDeliveryAttempt('success')
        }
        const task: Promise<void> = sendClaimed({ delivery, onSuccess: noteSuccess, outlet, payload, settings })
          .catch((err: unknown) => {
            // The claim stays; the row is retried once it is stale.
            payload.logger.error({ deliveryId: delivery.id, err, msg: 'Webhook delivery attempt crashed' })
          })
          .finally(() => {
            inFlightByHost.set(host, (inFlightByHost.get(host) ?? 1) - 1)
            running.delete(task)
          })
        running.add(task)
      }
      await releaseDeliveries({ ids: released, payload })
    }
    if (Date.now() - lastFlush >= FLUSH_MS || !running.size) await flush()
    if (!running.size && !claimed.length && Date.now() - lastClaim < FLUSH_MS) break
    // A full batch may have more behind it; otherwise wait for a slot to free (or a short while for newly due work).
    if (claimed.length < free || free <= 0) await Promise.race([...running, new Promise((resolve) => setTimeout(resolve, FLUSH_MS))])
  }
  await flush()
  return attempts
}

/** Sends every delivery that is due (or abandoned by a stopped worker); returns how many attempts this worker made. */
export async function sendDueDeliveries({ now = new Date(), payload, settings = deliverySettings() }: { now?: Date; payload: Payload; settings?: DeliverySettings }): Promise<number> {
  // Recorded fan-outs become deliveries first (they are due at once).
  await expandFanouts({ payload })
  // Due by the round's start, counted after the expansion (whose deliveries are due at once); later retries wait for the next round.
  if (sqlSenderAdapter(payload)) return sendInFlight({ now: new Date(Math.max(now.getTime(), Date.now())), payload, settings })
  return sendOneByOne({ now, payload, settings })
}

/** MongoDB: each due delivery claimed with its own conditional update, one batch side by side. */
async function sendOneByOne({ now, payload, settings }: { now: Date; payload: Payload; settings: DeliverySettings }): Promise<number> {
  const staleBefore = new Date(now.getTime() - settings.timeoutMs - CLAIM_GRACE_MS)
  const { docs } = await payload.find({
    collection: 'deliveries',
    depth: 0,
    limit: settings.concurrency,
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
    docs.map((delivery) =>
      attemptDelivery({ id: delivery.id, payload, settings }).catch((err: unknown) => {
        payload.logger.error({ deliveryId: delivery.id, err, msg: 'Webhook delivery attempt crashed' })
        return false
      }),
    ),
  )
  return sent.filter(Boolean).length
}
