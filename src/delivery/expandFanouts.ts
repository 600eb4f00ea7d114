// Expands recorded fan-outs into one delivery per receiving outlet, outside the approval's request: in bulk, with one
// rendered copy per language × access level × channel, idempotently (deterministic webhook ids, conflicts ignored).
import type { Payload, PayloadRequest } from 'payload'

import { and, eq, isNull } from '@payloadcms/db-sqlite/drizzle'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { ContentCollection } from '../content/vocabulary'
import type { Fanout } from '../payload-types'
import type { FanoutSnapshot } from './queueDeliveries'

import { ninjsItem } from '../feeds/ninjs'
import { toFeedItem } from '../feeds/toFeedItem'
import { mediaLinkFor } from '../media/signedMediaUrl'
import { type FanoutOutlet, planFanout, type Rendition } from './fanoutPlan'
import { type DeliveryEvent, outletsHoldingItem, type PastDelivery } from './recipients'
import { webhookBody } from './webhookMessage'
import type { DeliverableItem } from './wouldReceive'

type Id = number | string
type Row = Record<string, unknown>

type Query = PromiseLike<unknown[]> & { returning: (fields: Record<string, unknown>) => Promise<unknown[]> }
type Drizzle = {
  insert: (table: unknown) => { values: (rows: Row[]) => { onConflictDoNothing: () => PromiseLike<unknown> } }
  update: (table: unknown) => { set: (values: Row) => { where: (condition: unknown) => Query } }
}
type SqlAdapter = { drizzle: Drizzle; sessions: Record<string, { db: Drizzle } | undefined>; tables: Record<string, Record<string, never>> }

/** Rows per INSERT: well under SQLite's 32,766 bound parameters (16 columns a row). */
const INSERT_CHUNK = 500

const sqlAdapterOf = (payload: Payload): null | SqlAdapter => {
  const db = payload.db as unknown as Partial<SqlAdapter>
  return db.drizzle && db.tables?.deliveries && db.tables.fanouts ? (db as SqlAdapter) : null
}

/** Outlets with a webhook that is set up and switched on (the secret is checked when sending, with a clear error). */
async function outletsWithWebhooks(req: PayloadRequest): Promise<FanoutOutlet[]> {
  const { docs } = await req.payload.find({
    collection: 'outlets',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { accessLevel: true, active: true, campaigns: true, channels: true, contentTypes: true, languages: true, units: true },
    where: { and: [{ webhookUrl: { exists: true } }, { webhookUrl: { not_equals: '' } }, { webhookEnabled: { not_equals: false } }] },
  })
  return docs as unknown as FanoutOutlet[]
}

/** The item's delivery history, oldest first (insertion order breaks ties within one expansion). */
async function deliveryHistory({ collection, id, req }: { collection: ContentCollection; id: string; req: PayloadRequest }): Promise<PastDelivery[]> {
  const { docs } = await req.payload.find({
    collection: 'deliveries',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { event: true, outlet: true, state: true },
    sort: ['createdAt', 'id'],
    where: { and: [{ itemCollection: { equals: collection } }, { itemId: { equals: id } }] },
  })
  return docs.map((d): PastDelivery => ({ event: d.event, outletId: typeof d.outlet === 'object' ? d.outlet.id : d.outlet, state: d.state }))
}

/** Marks the fan-out expanded if no one has: on PostgreSQL a second worker waits here for the first one's commit, then finds it done. */
async function claimFanout({ id, now, payload, req }: { id: Id; now: string; payload: Payload; req: PayloadRequest }): Promise<boolean> {
  const sqlAdapter = sqlAdapterOf(payload)
  if (!sqlAdapter) {
    const { docs } = await payload.update({ collection: 'fanouts', data: { expandedAt: now }, overrideAccess: true, req, where: { and: [{ id: { equals: id } }, { expandedAt: { exists: false } }] } })
    return docs.length === 1
  }
  const db = sqlAdapter.sessions[String(await req.transactionID)]?.db ?? sqlAdapter.drizzle
  const table = sqlAdapter.tables.fanouts!
  const rows = await db.update(table).set({ expandedAt: now, updatedAt: now }).where(and(eq(table.id, id), isNull(table.expandedAt))).returning({ id: table.id })
  return rows.length === 1
}

/** Writes the deliveries in a few multi-row INSERTs; a row whose webhook id exists already (a repeated expansion) is skipped. */
async function insertDeliveries({ payload, req, rows }: { payload: Payload; req: PayloadRequest; rows: Row[] }): Promise<void> {
  const sqlAdapter = sqlAdapterOf(payload)
  if (!sqlAdapter) {
    for (const data of rows) await payload.create({ collection: 'deliveries', data: data as never, overrideAccess: true, req })
    return
  }
  const db = sqlAdapter.sessions[String(await req.transactionID)]?.db ?? sqlAdapter.drizzle
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) await db.insert(sqlAdapter.tables.deliveries).values(rows.slice(i, i + INSERT_CHUNK)).onConflictDoNothing()
}

/** Expands one claimed fan-out in `req`'s transaction; returns how many deliveries it queued. */
async function expandOne({ fanout, now, outlets, req }: { fanout: Fanout; now: string; outlets: () => Promise<FanoutOutlet[]>; req: PayloadRequest }): Promise<number> {
  const { payload } = req
  const collection = fanout.itemCollection as ContentCollection
  const event = fanout.event as DeliveryEvent
  const snapshot = fanout.snapshot as unknown as FanoutSnapshot
  const item = { ...snapshot.item, collection } as DeliverableItem
  const holders = event === 'item.published' ? null : new Set(outletsHoldingItem(await deliveryHistory({ collection, id: fanout.itemId, req })))
  const planned = planFanout({ event, holders, item, key: fanout.key, outlets: await outlets() })
  const serverURL = payload.config.serverURL
  const bodies = new Map<string, { body: string; version: number }>()
  const render = ({ channel, language, level }: Rendition) => {
    const mediaLink = (media: Record<string, unknown>) => mediaLinkFor({ level, media, secret: payload.secret, serverURL })
    const feedItem = toFeedItem({ collection, doc: snapshot.docs[language], language, mediaLink, serverURL })
    return { body: webhookBody({ data: ninjsItem(feedItem, channel), timestamp: snapshot.timestamp, type: event }), version: feedItem.version }
  }
  const rows = planned.map(({ outletId, rendition, renditionKey, webhookId }): Row => {
    if (!bodies.has(renditionKey)) bodies.set(renditionKey, render(rendition))
    const { body, version } = bodies.get(renditionKey)!
    return {
      attempts: 0,
      body,
      createdAt: now,
      emergency: Boolean(fanout.emergency),
      event,
      itemCollection: collection,
      itemId: fanout.itemId,
      itemVersion: version,
      nextAttemptAt: now,
      outlet: outletId,
      state: 'pending',
      updatedAt: now,
      webhookId,
    }
  })
  await insertDeliveries({ payload, req, rows })
  await payload.update({ collection: 'fanouts', data: { receivers: rows.length }, id: fanout.id, overrideAccess: true, req })
  return rows.length
}

/**
 * Expands the fan-out `id` and, first, every older fan-out of the same item not expanded yet, in one transaction: a
 * withdrawal's receivers are computed from a history that already holds the publication's deliveries. Returns the
 * number of deliveries queued (0 when another worker had expanded them).
 */
async function expandWithPredecessors({ id, payload }: { id: Id; payload: Payload }): Promise<number> {
  const req = await createLocalReq({}, payload)
  const owns = await initTransaction(req)
  try {
    const target = await payload.findByID({ collection: 'fanouts', depth: 0, disableErrors: true, id, overrideAccess: true, req, select: { itemCollection: true, itemId: true } })
    if (!target) return 0
    const { docs: pending } = await payload.find({
      collection: 'fanouts',
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
      sort: ['createdAt', 'id'],
      where: { and: [{ itemCollection: { equals: target.itemCollection } }, { itemId: { equals: target.itemId } }, { expandedAt: { exists: false } }, { id: { less_than_equal: id } }] },
    })
    let outlets: FanoutOutlet[] | undefined
    const loadOutlets = async () => (outlets ??= await outletsWithWebhooks(req))
    let queued = 0
    for (const fanout of pending) {
      const now = new Date().toISOString()
      if (!(await claimFanout({ id: fanout.id, now, payload, req }))) continue
      queued += await expandOne({ fanout, now, outlets: loadOutlets, req })
    }
    if (owns) await commitTransaction(req)
    return queued
  } catch (err) {
    if (owns) await killTransaction(req)
    throw err
  }
}

/** Expands the fan-outs waiting, emergencies first, then oldest first, up to `limit`; returns how many deliveries were queued. */
export async function expandFanouts({ limit = 50, payload }: { limit?: number; payload: Payload }): Promise<number> {
  const { docs } = await payload.find({
    collection: 'fanouts',
    depth: 0,
    limit,
    overrideAccess: true,
    pagination: false,
    select: { createdAt: true },
    sort: ['-emergency', 'createdAt', 'id'],
    where: { expandedAt: { exists: false } },
  })
  let queued = 0
  for (const { id } of docs) queued += await expandWithPredecessors({ id, payload })
  return queued
}

