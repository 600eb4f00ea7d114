// Takes one delivery for this worker with a single conditional write, so two workers never send the same attempt.
import type { Payload } from 'payload'

import { and, eq, inArray, lt, lte, or } from '@payloadcms/db-sqlite/drizzle'

type Id = number | string

type SqlAdapter = {
  drizzle: {
    update: (table: unknown) => {
      set: (values: Record<string, unknown>) => { where: (condition: unknown) => { returning: (fields: Record<string, unknown>) => Promise<unknown[]> } }
    }
  }
  tables: Record<string, Record<string, never>>
}
type MongoAdapter = { collections: Record<string, { updateOne: (filter: object, update: object) => Promise<{ modifiedCount: number }> }> }

/**
 * Moves a delivery to `in_progress` if it is pending or retrying and due, or was claimed before `staleBefore` by a worker
 * that never finished (a crash, a restart). True when this call won it. Payload's own update finds, then writes, which
 * two workers can both pass; so this goes to the adapter: one UPDATE … WHERE … RETURNING (SQL) or updateOne (MongoDB).
 */
export async function claimDelivery({ id, now, payload, staleBefore }: { id: Id; now: Date; payload: Payload; staleBefore: Date }): Promise<boolean> {
  const at = now.toISOString()
  const db = payload.db as unknown as Partial<MongoAdapter & SqlAdapter>
  const table = db.tables?.deliveries
  if (db.drizzle && table) {
    const rows = await db.drizzle
      .update(table)
      .set({ claimedAt: at, state: 'in_progress', updatedAt: at })
      .where(
        and(
          eq(table.id, id),
          or(
            and(inArray(table.state, ['pending', 'retrying']), lte(table.nextAttemptAt, at)),
            and(eq(table.state, 'in_progress'), lt(table.claimedAt, staleBefore.toISOString())),
          ),
        ),
      )
      .returning({ id: table.id })
    return rows.length === 1
  }
  const collection = db.collections?.deliveries
  if (!collection) throw new Error('claimDelivery: unsupported database adapter')
  const result = await collection.updateOne(
    { _id: id, $or: [{ nextAttemptAt: { $lte: now }, state: { $in: ['pending', 'retrying'] } }, { claimedAt: { $lt: staleBefore }, state: 'in_progress' }] },
    { $set: { claimedAt: now, state: 'in_progress', updatedAt: now } },
  )
  return result.modifiedCount === 1
}
