// Picks Payload's database adapter from DATABASE_URL: SQLite embedded by default, PostgreSQL in production, MongoDB supported.
import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { DatabaseSettings } from './settings'

import { type LibsqlClient, serializeWrites } from './sqliteWrites'

import { migrations as postgresMigrations } from './migrations/postgres'
import { migrations as sqliteMigrations } from './migrations/sqlite'

/** Schema migrations per SQL dialect; production applies them at start (development pushes the schema instead). */
const migrationsDir = (kind: 'postgres' | 'sqlite') => path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'migrations', kind)

/** How long a SQLite writer waits for a lock before giving up. */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000

export function databaseAdapter(database: DatabaseSettings): DatabaseAdapterObj {
  switch (database.kind) {
    case 'sqlite': {
      mkdirSync(path.dirname(database.url.slice('file:'.length)), { recursive: true })
      return withSerializedWrites(sqliteAdapter({
        busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
        client: { url: database.url },
        migrationDir: migrationsDir('sqlite'),
        prodMigrations: sqliteMigrations,
        // `immediate` takes the write lock at BEGIN, so concurrent writers queue instead of failing on upgrade.
        transactionOptions: { behavior: 'immediate' },
        wal: true,
      }))
    }
    case 'postgres':
      return postgresAdapter({
        migrationDir: migrationsDir('postgres'),
        pool: { connectionString: database.url },
        prodMigrations: postgresMigrations,
      })
    case 'mongodb':
      return mongooseAdapter({ url: database.url })
  }
}

/** Once the SQLite client exists, its writers queue one at a time (see src/sqliteWrites.ts). */
function withSerializedWrites(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      const connect = adapter.connect
      adapter.connect = async function (this: typeof adapter, options) {
        await connect?.call(this, options)
        const client = (this as unknown as { client?: LibsqlClient }).client
        if (client) serializeWrites(client)
      }
      return adapter
    },
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
