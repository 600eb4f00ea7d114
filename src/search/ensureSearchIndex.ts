// At start-up: the search index exists (a pushed database has no migrations) and holds the content (after an upgrade).
import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-sqlite/drizzle'

import { reindexAll } from './indexItem'
import { createSearchIndex, fillTermsFromIndex, NOT_SUPPORTED, POSTGRES_TABLE, searchDialect, SQLITE_TABLE, SQLITE_TERMS_TABLE } from './searchIndex'
import { SEARCHED_COLLECTIONS } from './searchRows'

type SqlAdapter = { drizzle: unknown; execute: (args: { drizzle: unknown; sql: unknown }) => Promise<{ rows: Record<string, unknown>[] }> }

export async function ensureSearchIndex(payload: Payload): Promise<void> {
  const dialect = searchDialect(payload)
  if (!dialect) {
    payload.logger.warn({ msg: `nguon: ${NOT_SUPPORTED}` })
    return
  }
  await createSearchIndex(payload)
  const db = payload.db as unknown as SqlAdapter
  const table = sql.raw(`"${dialect === 'sqlite' ? SQLITE_TABLE : POSTGRES_TABLE}"`)
  const [indexed] = (await db.execute({ drizzle: db.drizzle, sql: sql`SELECT COUNT(*) AS n FROM (SELECT 1 FROM ${table} LIMIT 1) AS one` })).rows
  if (Number(indexed?.n ?? 0) > 0) {
    // SQLite indexed before its word list existed (a database pushed by an earlier version): the list from the index.
    if (dialect === 'sqlite') {
      const [listed] = (await db.execute({ drizzle: db.drizzle, sql: sql`SELECT COUNT(*) AS n FROM (SELECT 1 FROM ${sql.raw(`"${SQLITE_TERMS_TABLE}"`)} LIMIT 1) AS one` })).rows
      if (Number(listed?.n ?? 0) === 0) await fillTermsFromIndex(payload)
    }
    return
  }
  for (const collection of SEARCHED_COLLECTIONS) {
    const { totalDocs } = await payload.count({ collection, overrideAccess: true })
    if (totalDocs === 0) continue
    const started = Date.now()
    const rows = await reindexAll({ payload })
    payload.logger.info({ msg: `nguon: search index built from the content (${rows} rows, ${Date.now() - started} ms)` })
    return
  }
}
