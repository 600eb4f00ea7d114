// Takes one push into the incoming desk: the source's push secret verifies the raw bytes, then the receipt (unique per
// source and webhook-id) and the item are written in one transaction, so a repeated or concurrent delivery is stored once.
import type { Payload } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { ReceivedHeaders } from '../delivery/signature'
import type { IncomingChange } from './compareIncoming'

import { generateWebhookSecret, verifyWebhook } from '../delivery/signature'
import { upsertItems } from './ingestSource'
import { isOlderThanDesk, readPush } from './readPush'

type Id = number | string

export type PushOutcome =
  /** Unknown or inactive source, no push secret, missing headers, a timestamp over 5 minutes off, a bad signature: all alike. */
  | { kind: 'unauthorized' }
  | { kind: 'invalid'; message: string }
  | { kind: 'duplicate' }
  /** `older`: a later version had arrived first; the receipt is kept, the desk row is not touched. */
  | { change: 'new' | 'older' | IncomingChange; kind: 'stored' }

/** How far a push's `webhook-timestamp` may be from our clock (Standard Webhooks' default; the sender signs each attempt afresh). */
export const PUSH_TOLERANCE_SECONDS = 300
/** A key no sender has, verified against when the source is unknown or takes no pushes. */
const NO_SOURCE_SECRET = generateWebhookSecret()

async function hasReceipt({ payload, sourceId, webhookId }: { payload: Payload; sourceId: Id; webhookId: string }): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'ingest-receipts', overrideAccess: true, where: { and: [{ source: { equals: sourceId } }, { webhookId: { equals: webhookId } }] } })
  return totalDocs > 0
}

/** The source and the webhook-id when the source takes pushes and the delivery is signed with its secret; else null, whatever the reason. */
async function verifiedDelivery({ body, headers, now, payload, sourceId }: { body: Buffer; headers: ReceivedHeaders; now: Date; payload: Payload; sourceId: Id }) {
  const source = await payload.findByID({ collection: 'sources', depth: 0, disableErrors: true, id: sourceId, overrideAccess: true, select: { active: true, pushSecret: true, url: true } })
  if (!source?.active || !source.pushSecret) {
    // Checked all the same, so that this refusal takes as long as a bad signature's and timing says nothing either.
    verifyWebhook({ body, headers, now, secret: NO_SOURCE_SECRET, toleranceSeconds: PUSH_TOLERANCE_SECONDS })
    return null
  }
  try {
    const verification = verifyWebhook({ body, headers, now, secret: source.pushSecret, toleranceSeconds: PUSH_TOLERANCE_SECONDS })
    if (verification.isValid) return { source, webhookId: verification.id }
    // For whoever wires a province to this source: the reason, never the secret nor the headers.
    payload.logger.warn({ msg: `ingest push: refused a push to source ${sourceId}: ${verification.reason}` })
    return null
  } catch {
    // A stored secret that no longer parses (validated when saved, so only by hand in the database): nothing can verify.
    payload.logger.error({ msg: `ingest push: source ${sourceId} has a push secret that cannot be read; set it again` })
    return null
  }
}

/**
 * Receives one push for `sourceId`. Never throws for what the sender did wrong; a failure to save throws, so the
 * route answers 5xx and the sender tries again with the same webhook-id.
 */
export async function receivePush({ body, headers, now = new Date(), payload, sourceId }: { body: Buffer; headers: ReceivedHeaders; now?: Date; payload: Payload; sourceId: Id }): Promise<PushOutcome> {
  const verified = await verifiedDelivery({ body, headers, now, payload, sourceId })
  if (!verified) return { kind: 'unauthorized' }
  const { source, webhookId } = verified
  const read = readPush({ baseUrl: source.url, body: body.toString('utf8') })
  if (read.kind === 'error') return { kind: 'invalid', message: read.message }
  // A retry of a delivery already taken is answered without opening a transaction.
  if (await hasReceipt({ payload, sourceId, webhookId })) return { kind: 'duplicate' }

  const req = await createLocalReq({}, payload)
  const owns = await initTransaction(req)
  try {
    await payload.create({ collection: 'ingest-receipts', data: { receivedAt: now.toISOString(), source: Number(sourceId), webhookId }, depth: 0, overrideAccess: true, req })
  } catch (err) {
    if (owns) await killTransaction(req)
    // The unique index (source, webhookId) decides between two deliveries of one message arriving together.
    if (await hasReceipt({ payload, sourceId, webhookId })) return { kind: 'duplicate' }
    throw err
  }
  try {
    const { docs } = await payload.find({
      collection: 'incoming',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      req,
      select: { upstreamUpdatedAt: true },
      where: { and: [{ source: { equals: sourceId } }, { upstreamId: { equals: read.item.upstreamId } }] },
    })
    let change: 'new' | 'older' | IncomingChange = 'older'
    if (!docs[0] || !isOlderThanDesk(docs[0], read.item)) {
      const counts = await upsertItems({ items: [read.item], now, payload, req, sourceId })
      change = counts.new ? 'new' : counts.withdrawn ? 'withdrawn' : counts.updated ? 'updated' : 'unchanged'
    }
    if (owns) await commitTransaction(req)
    return { change, kind: 'stored' }
  } catch (err) {
    if (owns) await killTransaction(req)
    throw err
  }
}
