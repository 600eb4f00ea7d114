// Serialises every write of one item inside the caller's transaction, on every database: whoever holds the lock
// reads the item's state afresh, decides and writes; a concurrent writer waits and then reads what the first wrote.
import type { PayloadRequest } from 'payload'

import { eq, sql } from '@payloadcms/db-sqlite/drizzle'

type Id = number | string

type DrizzleTable = Record<string, unknown> & { id: unknown }
type SqlAdapter = {
  drizzle: unknown
  execute: (args: { db?: unknown; drizzle?: unknown; sql: unknown }) => Promise<unknown>
  name: string
  sessions: Record<string, { db: unknown } | undefined>
  tableNameMap: Map<string, string>
  tables: Record<string, DrizzleTable>
}
type MongoAdapter = {
  collections: Record<string, { updateOne: (filter: unknown, update: unknown, options: unknown) => Promise<unknown> }>
  name: 'mongoose'
  sessions: Record<string, unknown>
}

/** Thrown when a lock is asked for outside a transaction: without one it would protect nothing. */
export class NoTransactionError extends Error {
  override name = 'NoTransactionError'
}

const toSnakeCase = (slug: string) => slug.replace(/-/g, '_')

/**
 * Takes the item's lock for the rest of `req`'s transaction (which the caller must have started):
 * - PostgreSQL: `SELECT … FOR UPDATE` on the item's row; a second writer blocks until the first commits, and
 *   its later reads (READ COMMITTED) see what the first wrote.
 * - SQLite: transactions begin IMMEDIATE (src/db.ts), so the holder already owns the database's write lock
 *   for the whole transaction, across processes; nothing more to take.
 * - MongoDB: a write to the item's document inside the transaction; a concurrent transaction writing the same
 *   document fails with a write conflict instead of both deciding (MongoDB needs a replica set for this).
 */
export async function lockItem({ collection, id, req }: { collection: string; id: Id; req: PayloadRequest }): Promise<void> {
  const transactionID = await req.transactionID
  if (!transactionID) throw new NoTransactionError(`lockItem(${collection}, ${id}) needs a transaction`)
  const adapter = req.payload.db as unknown as MongoAdapter | SqlAdapter
  if (adapter.name === 'sqlite') return
  if (adapter.name === 'postgres') {
    const db = adapter as SqlAdapter
    const table = db.tables[db.tableNameMap.get(toSnakeCase(collection)) ?? toSnakeCase(collection)]
    if (!table) throw new Error(`lockItem: no table for ${collection}`)
    const tx = db.sessions[transactionID]?.db as { execute: (q: unknown) => Promise<unknown> } | undefined
    if (!tx) throw new NoTransactionError(`lockItem(${collection}, ${id}): transaction ${transactionID} is gone`)
    await tx.execute(sql`select ${table.id} from ${table} where ${eq(table.id as never, Number(id))} for update`)
    return
  }
  if (adapter.name === 'mongoose') {
    const mongo = adapter as MongoAdapter
    const session = mongo.sessions[transactionID]
    await mongo.collections[collection]?.updateOne({ _id: id }, { $set: { _nguonLockedAt: new Date() } }, { session })
  }
}
