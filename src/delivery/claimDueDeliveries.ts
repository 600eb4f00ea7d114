// Takes a batch of due deliveries for this worker in one statement, so two workers never send the same attempt:
// PostgreSQL locks the candidates with FOR UPDATE SKIP LOCKED; SQLite's single writer makes the UPDATE atomic.
import type { Payload } from 'payload'

import { sql, type SQL } from '@payloadcms/db-sqlite/drizzle'

type Id = number | string
type SqlAdapter = { drizzle: unknown; execute: (args: { drizzle: unknown; sql: SQL }) => Promise<{ rows: Record<string, unknown>[] }>; name: string }

const OPEN = sql.raw(`('pending', 'retrying', 'in_progress')`)

/** Whole-number ids only (they are inlined into the statement). */
const idList = (ids: Id[]) => sql.raw(ids.map((id) => String(Number(id))).join(', '))

/** The adapter when it speaks SQL (SQLite, PostgreSQL); null for MongoDB, which claims one by one (claimDelivery.ts). */
export const sqlSenderAdapter = (payload: Payload): null | SqlAdapter => {
  const db = payload.db as unknown as Partial<SqlAdapter>
  return (db.name === 'sqlite' || db.name === 'postgres') && db.execute ? (db as SqlAdapter) : null
}

/** What the sender needs of a claimed delivery, returned by the claim itself (no second read). */
export type ClaimedDelivery = { attempts: number; body: string; emergency: boolean; event: string; id: Id; outlet: Id; webhookId: string }

const toClaimed = (row: Record<string, unknown>): ClaimedDelivery => ({
  attempts: Number(row.attempts ?? 0),
  body: String(row.body),
  emergency: Boolean(row.emergency),
  event: String(row.event),
  id: row.id as Id,
  outlet: row.outlet_id as Id,
  webhookId: String(row.webhook_id),
})

/**
 * Claims up to `limit` deliveries that are due (or abandoned by a stopped worker), emergencies first, then by due time,
 * skipping outlets in `excludeOutlets` (their server has all the requests it may have) and any delivery with an older
 * open delivery for the same outlet and item (a withdrawal never overtakes its publication). Returns what was claimed.
 *
 * One statement with an arm per kind of claimable row (due emergencies, abandoned claims, due others; pending and
 * retrying apart: each arm costs PostgreSQL about 1.3 ms to plan and run, even when it finds nothing), each walking `deliveries_due_idx` (emergency, state, next_attempt_at, id) in the order it claims
 * and stopping at the limit, so a claim costs what it takes and not the length of the queue, whatever the planner's
 * statistics say. One condition ordering every claimable row cost 7.7 ms a claim with 10,000 queued on SQLite (two
 * thirds of a 10,000-receiver fan-out's time), and on PostgreSQL up to 125 ms while the statistics still described an
 * empty queue.
 */
export async function claimDueDeliveries({
  dueBy,
  excludeOutlets,
  limit,
  now,
  payload,
  staleBefore,
}: {
  /** Due at or before this time (the round's start: a retry scheduled during the round waits for the next one). */
  dueBy: Date
  excludeOutlets: Id[]
  limit: number
  now: Date
  payload: Payload
  staleBefore: Date
}): Promise<ClaimedDelivery[]> {
  const db = sqlSenderAdapter(payload)
  if (!db || limit < 1) return []
  const isPostgres = db.name === 'postgres'
  const at = now.toISOString()
  const due = dueBy.toISOString()
  const stale = staleBefore.toISOString()
  // Every delivery has its emergency flag (expandFanouts writes it; the migration delivery_due_index set the flag
  // of any older row without one), so the two values are the whole queue.
  const emergency = (value: boolean) => sql.raw(`= ${isPostgres ? String(value) : Number(value)}`)
  const dueIn = (flag: boolean, state: 'pending' | 'retrying') => sql`d.emergency ${emergency(flag)} AND d.state = ${state} AND d.next_attempt_at <= ${due}`
  // [rank, condition]: rows are taken by rank, then due time, then id.
  const arms: [number, SQL][] = [
    [0, dueIn(true, 'retrying')],
    [0, dueIn(true, 'pending')],
    [1, sql`d.state = 'in_progress' AND d.claimed_at < ${stale}`],
    [2, dueIn(false, 'retrying')],
    [2, dueIn(false, 'pending')],
  ]
  // One parameter however many outlets are skipped (a hanging newsroom server with 500 webhooks): as 500 literals in
  // each arm, planning the claim took PostgreSQL twice as long.
  const skipped = excludeOutlets.map((id) => Number(id))
  const excluded = !skipped.length
    ? sql``
    : isPostgres
      ? sql` AND d.outlet_id NOT IN (SELECT unnest(${`{${skipped.join(',')}}`}::integer[]))`
      : sql` AND d.outlet_id NOT IN (SELECT value FROM json_each(${JSON.stringify(skipped)}))`
  const arm = ([rank, condition]: [number, SQL], n: number) =>
    sql`SELECT id, rank, due FROM (SELECT d.id, ${sql.raw(String(rank))} AS rank, d.next_attempt_at AS due FROM deliveries d
      WHERE ${condition}${excluded}
        AND NOT EXISTS (SELECT 1 FROM deliveries o WHERE o.outlet_id = d.outlet_id AND o.item_collection = d.item_collection
          AND o.item_id = d.item_id AND o.id < d.id AND o.state IN ${OPEN})
      ORDER BY d.next_attempt_at, d.id LIMIT ${limit}${sql.raw(isPostgres ? ' FOR UPDATE SKIP LOCKED' : '')}) arm${sql.raw(String(n))}`
  // PostgreSQL re-checks the locked rows (state only: each arm re-checked its own condition when it locked them);
  // SQLite's statement is atomic, and with a condition here its planner walked the due range testing each row
  // against the ids.
  const recheck = isPostgres ? sql` AND state IN ('pending', 'retrying', 'in_progress')` : sql``
  const statement = sql`UPDATE deliveries SET state = 'in_progress', claimed_at = ${at}, updated_at = ${at}
    WHERE id IN (SELECT id FROM (${sql.join(arms.map(arm), sql` UNION ALL `)}) claimable ORDER BY rank, due, id LIMIT ${limit})${recheck}
    RETURNING id, attempts, body, emergency, event, outlet_id, webhook_id`
  const { rows } = await db.execute({ drizzle: db.drizzle, sql: statement })
  return rows.map(toClaimed).sort((a, b) => Number(b.emergency) - Number(a.emergency) || Number(a.id) - Number(b.id))
}

/** Gives claimed deliveries back untouched (their server is busy): due again at once, for this worker or another. */
export async function releaseDeliveries({ ids, payload }: { ids: Id[]; payload: Payload }): Promise<void> {
  const db = sqlSenderAdapter(payload)
  if (!db || !ids.length) return
  const state = sql.raw(`CASE WHEN attempts > 0 THEN 'retrying' ELSE 'pending' END`)
  await db.execute({
    drizzle: db.drizzle,
    sql: sql`UPDATE deliveries SET state = ${db.name === 'postgres' ? sql`CAST(${state} AS enum_deliveries_state)` : state}, claimed_at = NULL
      WHERE id IN (${idList(ids)}) AND state = 'in_progress'`,
  })
}

/** Records many successful attempts in one statement. */
export async function recordSuccesses({ at, ids, payload, status }: { at: Date; ids: Id[]; payload: Payload; status: number }): Promise<void> {
  const db = sqlSenderAdapter(payload)
  if (!db || !ids.length) return
  const when = at.toISOString()
  await db.execute({
    drizzle: db.drizzle,
    sql: sql`UPDATE deliveries SET state = 'success', attempts = attempts + 1, claimed_at = NULL, delivered_at = ${when},
      last_error = NULL, last_status = ${status}, next_attempt_at = NULL, updated_at = ${when} WHERE id IN (${idList(ids)})`,
  })
}

/** What the sender reads of an outlet: where to post, whether it may, and the key to sign with. */
export type SendableOutlet = { id: Id; webhookDisabledReason: null | string; webhookEnabled: boolean | null; webhookSecret: null | string; webhookUrl: null | string }

/** The outlets `ids` (all outlets with a webhook URL when `ids` is null), read in one statement. */
export async function readSendableOutlets({ ids, payload }: { ids: Id[] | null; payload: Payload }): Promise<SendableOutlet[]> {
  const db = sqlSenderAdapter(payload)
  if (!db || ids?.length === 0) return []
  const which = ids ? sql`id IN (${idList(ids)})` : sql`webhook_url IS NOT NULL`
  const { rows } = await db.execute({
    drizzle: db.drizzle,
    sql: sql`SELECT id, webhook_url, webhook_enabled, webhook_disabled_reason, webhook_secret FROM outlets WHERE ${which}`,
  })
  return rows.map((row) => ({
    id: row.id as Id,
    webhookDisabledReason: (row.webhook_disabled_reason as null | string) ?? null,
    webhookEnabled: row.webhook_enabled === null || row.webhook_enabled === undefined ? null : Boolean(row.webhook_enabled),
    webhookSecret: (row.webhook_secret as null | string) ?? null,
    webhookUrl: (row.webhook_url as null | string) ?? null,
  }))
}

/** Every outlet with a webhook URL: its id and URL only (the sender's host map; no secret is read for it). */
export async function readWebhookUrls(payload: Payload): Promise<{ id: Id; webhookUrl: string }[]> {
  const db = sqlSenderAdapter(payload)
  if (!db) return []
  const { rows } = await db.execute({ drizzle: db.drizzle, sql: sql`SELECT id, webhook_url FROM outlets WHERE webhook_url IS NOT NULL` })
  return rows.map((row) => ({ id: row.id as Id, webhookUrl: String(row.webhook_url) }))
}
