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
