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

/**
 * Claims up to `limit` deliveries that are due (or abandoned by a stopped worker), emergencies first, then by due time,
 * skipping outlets in `excludeOutlets` (their server has all the requests it may have) and any delivery with an older
 * open delivery for the same outlet and item (a withdrawal never overtakes its publication). Returns the claimed ids.
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
}): Promise<Id[]> {
  const db = sqlSenderAdapter(payload)
  if (!db || limit < 1) return []
  const isPostgres = db.name === 'postgres'
  const at = now.toISOString()
  const due = dueBy.toISOString()
  const stale = staleBefore.toISOString()
  const claimable = (t: string) =>
    sql.raw(`((${t}.state IN ('pending', 'retrying') AND ${t}.next_attempt_at <= `).append(sql`${due}`).append(sql.raw(`) OR (${t}.state = 'in_progress' AND ${t}.claimed_at < `)).append(sql`${stale}`).append(sql.raw('))'))
  const excluded = excludeOutlets.length ? sql` AND d.outlet_id NOT IN (${idList(excludeOutlets)})` : sql``
  const statement = sql`UPDATE deliveries SET state = 'in_progress', claimed_at = ${at}, updated_at = ${at}
    WHERE id IN (
      SELECT d.id FROM deliveries d
      WHERE ${claimable('d')}${excluded}
        AND NOT EXISTS (SELECT 1 FROM deliveries o WHERE o.outlet_id = d.outlet_id AND o.item_collection = d.item_collection
          AND o.item_id = d.item_id AND o.id < d.id AND o.state IN ${OPEN})
      ORDER BY COALESCE(d.emergency, ${sql.raw(isPostgres ? 'false' : '0')}) DESC, d.next_attempt_at, d.id
      LIMIT ${limit}${sql.raw(isPostgres ? ' FOR UPDATE SKIP LOCKED' : '')}
    ) AND ${claimable('deliveries')}
    RETURNING id`
  const { rows } = await db.execute({ drizzle: db.drizzle, sql: statement })
  return rows.map((row) => row.id as Id)
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
