// Picks Payload's database adapter from DATABASE_URL: SQLite embedded by default, PostgreSQL in production, MongoDB supported.
import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { DatabaseSettings } from './settings'

/** How long a SQLite writer waits for a lock before giving up. */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000

export function databaseAdapter(database: DatabaseSettings): DatabaseAdapterObj {
  switch (database.kind) {
    case 'sqlite': {
      mkdirSync(path.dirname(database.url.slice('file:'.length)), { recursive: true })
      return sqliteAdapter({
        busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
        client: { url: database.url },
        // `immediate` takes the write lock at BEGIN, so concurrent writers queue instead of failing on upgrade.
        transactionOptions: { behavior: 'immediate' },
        wal: true,
      })
    }
    case 'postgres':
      return postgresAdapter({ pool: { connectionString: database.url } })
    case 'mongodb':
      return mongooseAdapter({ url: database.url })
  }
}

/**
 * Closes the adapter's connections. Payload's destroy() resets the SQL adapters' state but leaves the
 * PostgreSQL pool (with one client it keeps checked out on purpose) and the SQLite client open, which
 * keeps a stopping process alive.
 */
export async function closeDatabaseConnections(db: unknown): Promise<void> {
  type PgClient = { release?: (err?: Error) => void }
  type PgPool = { _clients?: PgClient[]; end: () => Promise<void>; ended?: boolean; on: (e: 'error', f: () => void) => void }
  const adapter = db as { client?: { close?: () => void }; pool?: PgPool }
  const pool = adapter.pool
  if (pool && !pool.ended) {
    pool.on('error', () => undefined) // connections being closed may report their own termination
    const ending = pool.end()
    for (const client of [...(pool._clients ?? [])]) {
      try {
        client.release?.()
      } catch {
        // an idle client has no release; end() closes it
      }
    }
    await ending
  }
  adapter.client?.close?.()
}
