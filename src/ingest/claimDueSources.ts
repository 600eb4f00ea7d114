// Takes the due sources for this process with one conditional write, so two processes (the server's cron and an
// `npm run jobs` worker) never poll the same source at once: the claim moves nextPollAt to the end of a lease.
import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-sqlite/drizzle'

import { sqlSenderAdapter } from '../delivery/claimDueDeliveries'

type Id = number | string
type MongoSources = {
  collections: Record<string, { updateOne: (filter: object, update: object) => Promise<{ modifiedCount: number }> }>
}

/**
 * Claims up to `limit` active sources whose nextPollAt is unset or at most `now`, never polled first, then the longest
 * overdue; each claimed one's nextPollAt becomes `leaseUntil` (its poll then records the real next time; if this
 * process dies mid-poll the source is due again when the lease ends). Returns the ids claimed.
 *
 * SQL: one UPDATE … WHERE id IN (due, walking the nextPollAt index) RETURNING id. PostgreSQL locks the candidates with
 * FOR UPDATE SKIP LOCKED and re-checks dueness on the rows it updates, so a concurrent claim takes other sources or
 * none; SQLite's single writer makes the statement atomic. MongoDB: each candidate is taken with an updateOne that
 * matches only while nextPollAt still holds the value read.
 */
export async function claimDueSources({ leaseUntil, limit, now, payload }: { leaseUntil: Date; limit: number; now: Date; payload: Payload }): Promise<Id[]> {
  if (limit < 1) return []
  const at = now.toISOString()
  const db = sqlSenderAdapter(payload)
  if (db) {
    const isPostgres = db.name === 'postgres'
    // pollSchedule's isDue, in SQL (a timestamp column holds no unreadable time).
    const due = sql`active = ${sql.raw(isPostgres ? 'true' : '1')} AND (next_poll_at IS NULL OR next_poll_at <= ${at})`
    const statement = sql`UPDATE sources SET next_poll_at = ${leaseUntil.toISOString()}
      WHERE id IN (SELECT id FROM sources WHERE ${due} ORDER BY next_poll_at NULLS FIRST, id LIMIT ${limit}${sql.raw(isPostgres ? ' FOR UPDATE SKIP LOCKED' : '')})
        AND ${due}
      RETURNING id`
    const { rows } = await db.execute({ drizzle: db.drizzle, sql: statement })
    return rows.map((row) => row.id as Id)
  }
  const collection = (payload.db as unknown as Partial<MongoSources>).collections?.sources
  if (!collection) throw new Error('claimDueSources: unsupported database adapter')
  const { docs } = await payload.find({
    collection: 'sources',
    depth: 0,
    limit,
    overrideAccess: true,
    pagination: false,
    select: { nextPollAt: true },
    sort: 'nextPollAt',
    where: { and: [{ active: { equals: true } }, { or: [{ nextPollAt: { exists: false } }, { nextPollAt: { equals: null } }, { nextPollAt: { less_than_equal: at } }] }] },
  })
  const claimed: Id[] = []
  for (const doc of docs) {
    const read = doc.nextPollAt ? new Date(doc.nextPollAt) : null
    const result = await collection.updateOne({ _id: doc.id, active: true, nextPollAt: read }, { $set: { nextPollAt: leaseUntil } })
    if (result.modifiedCount === 1) claimed.push(doc.id)
  }
  return claimed
}
