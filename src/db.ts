// Picks Payload's database adapter from DATABASE_URL: SQLite embedded by default, PostgreSQL in production, MongoDB supported.
import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { DatabaseSettings } from './settings'

import { cachedCountDistinct, type CountCacheStats, type CountDialect, type CountDistinct, COUNT_GENERATIONS_TABLE, type GenerationSource, postgresGenerations, sqliteGenerations } from './countCache'
import { APP_VERSION } from './release/version'
import { type MigrationFile, migrateOnStart, schemaStatus, type SqlAdapter } from './schema/migrateOnStart'
import { postgresScaleIndexes, sqliteScaleIndexes } from './schema/scaleIndexes'
import { isSearchTable, POSTGRES_TABLE } from './search/searchIndex'
import { type LibsqlClient, serializeWrites } from './sqliteWrites'

import { migrations as postgresMigrations } from './migrations/postgres'
import { migrations as sqliteMigrations } from './migrations/sqlite'

/** Schema migrations per SQL dialect; every start applies them (src/schema/migrateOnStart.ts), `npm run dev` pushes instead. */
const migrationsDir = (kind: 'postgres' | 'sqlite') => path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'migrations', kind)

/** How long a SQLite writer waits for a lock before giving up. */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000

export function databaseAdapter(database: DatabaseSettings): DatabaseAdapterObj {
  switch (database.kind) {
    case 'sqlite': {
      mkdirSync(path.dirname(database.url.slice('file:'.length)), { recursive: true })
      const adapter = withCachedCounts(withSearchTablesOutOfPush(withSerializedWrites(sqliteAdapter({
        afterSchemaInit: [sqliteScaleIndexes],
        busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
        client: { url: database.url },
        migrationDir: migrationsDir('sqlite'),
        push: database.schema === 'push',
        // `immediate` takes the write lock at BEGIN, so concurrent writers queue instead of failing on upgrade.
        transactionOptions: { behavior: 'immediate' },
        wal: true,
      }))), 'sqlite')
      return database.schema === 'migrations' ? withCommittedMigrations(adapter, 'sqlite', sqliteMigrations) : adapter
    }
    case 'postgres': {
      const adapter = withCachedCounts(withSearchTablesOutOfPush(postgresAdapter({
        afterSchemaInit: [postgresScaleIndexes],
        migrationDir: migrationsDir('postgres'),
        // JIT compiles a plan whose estimated cost is high, which Payload's per-row subqueries make every list's: at
        // 100,000 items that was 2.4 s of compilation for a 7-row review queue (bench/plans/postgres-before.txt).
        pool: { connectionString: database.url, options: '-c jit=off' },
        push: database.schema === 'push',
      })), 'postgres')
      return database.schema === 'migrations' ? withCommittedMigrations(adapter, 'postgres', postgresMigrations) : adapter
    }
    case 'mongodb':
      return mongooseAdapter({ url: database.url })
  }
}

/** Tables the app makes outside drizzle's schema (pushes and schema comparisons leave them alone). */
export const isOutsideDrizzleSchema = (name: string): boolean => isSearchTable(name) || name === COUNT_GENERATIONS_TABLE

/** How the list totals of this process were answered (src/countCache.ts); read by tests and benchmarks. */
export const countCacheStats: CountCacheStats = { bypassed: 0, hits: 0, misses: 0 }

/** List totals of the content tables are reused until the table changes (src/countCache.ts). */
function withCachedCounts(adapterObj: DatabaseAdapterObj, kind: 'postgres' | 'sqlite'): DatabaseAdapterObj {
  type Adapter = {
    client?: { execute: (statement: { args: unknown[]; sql: string }) => Promise<{ rows: Record<string, unknown>[] }> }
    countDistinct: CountDistinct
    drizzle: { dialect: CountDialect }
    pool?: { query: (text: string, params: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }
  }
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      const raw = adapter as unknown as Adapter
      const source: GenerationSource =
        kind === 'sqlite'
          ? sqliteGenerations(async (sql, params) => (await raw.client!.execute({ args: params, sql })).rows)
          : postgresGenerations(async (sql, params) => (await raw.pool!.query(sql, params)).rows)
      raw.countDistinct = cachedCountDistinct(raw.countDistinct, {
        dialect: () => raw.drizzle.dialect,
        outside: () => raw.drizzle,
        source,
        stats: countCacheStats,
      })
      return adapter
    },
  }
}

type PushSchema = (imports: unknown, drizzle: unknown, ...rest: unknown[]) => Promise<unknown>
type DrizzleKit = Record<string, unknown> & { pushSchema: PushSchema }

/**
 * The search index's tables (src/search/searchIndex.ts) are not in drizzle's schema (an FTS5 table cannot be), so a
 * schema push would drop them as unknown: pushes (`npm run dev`, the schema test) are shown the database without them.
 */
function withSearchTablesOutOfPush(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args) as ReturnType<DatabaseAdapterObj['init']> & { name: string; requireDrizzleKit?: () => DrizzleKit }
      const requireDrizzleKit = adapter.requireDrizzleKit
      if (!requireDrizzleKit) return adapter
      adapter.requireDrizzleKit = () => {
        const kit = requireDrizzleKit.call(adapter)
        const pushSchema: PushSchema =
          adapter.name === 'postgres'
            ? (imports, drizzle, schemaFilters, tablesFilter, ...rest) =>
                kit.pushSchema(imports, drizzle, schemaFilters, [...((tablesFilter as string[] | undefined) ?? []), `!${POSTGRES_TABLE}`, `!${COUNT_GENERATIONS_TABLE}`], ...rest)
            : (imports, drizzle, ...rest) => kit.pushSchema(imports, hideSearchTables(drizzle), ...rest)
        return { ...kit, pushSchema }
      }
      return adapter
    },
  }
}

/** A SQLite drizzle instance whose introspection queries (drizzle-kit's `all`) leave out the search tables' rows. */
function hideSearchTables(drizzle: unknown): unknown {
  const named = (row: unknown) =>
    ['tableName', 'table_name', 'name', 'tbl_name', 'table'].some((key) => {
      const value = (row as Record<string, unknown> | null)?.[key]
      return typeof value === 'string' && isOutsideDrizzleSchema(value)
    })
  return new Proxy(drizzle as object, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver)
      if (property !== 'all' || typeof value !== 'function') return value
      return async (...args: unknown[]) => {
        const rows = await (value as (...a: unknown[]) => unknown).apply(target, args)
        return Array.isArray(rows) ? rows.filter((row) => !named(row)) : rows
      }
    },
  })
}

/**
 * Committed migrations the database lacks (`pending`) or has beyond this version (`unknown`); MongoDB has none.
 * A database whose schema is pushed (`npm run dev`) is not measured against the migrations.
 */
export async function databaseSchemaStatus(db: { name: string }, schema: DatabaseSettings['schema']): Promise<{ pending: number; unknown: number }> {
  if (schema !== 'migrations' || (db.name !== 'postgres' && db.name !== 'sqlite')) return { pending: 0, unknown: 0 }
  return schemaStatus(db as unknown as SqlAdapter, db.name === 'postgres' ? postgresMigrations : sqliteMigrations)
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
 * Once connected, the schema is brought to the committed migrations (instead of Payload's own production-only
 * `prodMigrations`, which prompts on a pushed database and takes no lock). Payload's `migrate:*` commands
 * (PAYLOAD_MIGRATING) and a hot reload in development are left alone.
 */
function withCommittedMigrations(adapterObj: DatabaseAdapterObj, kind: 'postgres' | 'sqlite', migrations: unknown[]): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      const connect = adapter.connect
      adapter.connect = async function (this: typeof adapter, options) {
        await connect?.call(this, options)
        if (options?.hotReload || process.env.PAYLOAD_MIGRATING === 'true') return
        await migrateOnStart(this as unknown as SqlAdapter, { migrationDir: migrationsDir(kind), migrations: migrations as MigrationFile[], version: APP_VERSION })
      }
      return adapter
    },
  }
}

/** How long closing waits for queries still running on the PostgreSQL pool before cutting their connections. */
const CLOSE_GRACE_MS = 5_000

/**
 * Closes the adapter's connections. Payload's destroy() resets the SQL adapters' state but leaves the
 * PostgreSQL pool (with one client it keeps checked out on purpose) and the SQLite client open, which
 * keeps a stopping process alive.
 *
 * A checked-out client with no query running is released here; one still running a query (a request or
 * job finishing during shutdown) is left to its owner, whose release ends it, and is cut off after
 * CLOSE_GRACE_MS. Releases are made idempotent first, so an owner releasing after us is not an error.
 */
export async function closeDatabaseConnections(db: unknown, { graceMs = CLOSE_GRACE_MS } = {}): Promise<void> {
  type PgClient = { activeQuery?: unknown; end?: () => Promise<void>; queryQueue?: unknown[]; release?: (err?: Error | boolean) => void }
  type PgPool = {
    _clients?: PgClient[]
    _idle?: { client: PgClient }[]
    end: () => Promise<void>
    ended?: boolean
    ending?: boolean
    on: (e: 'error', f: () => void) => void
  }
  const adapter = db as { client?: { close?: () => void }; pool?: PgPool }
  const pool = adapter.pool
  if (pool && !pool.ended && !pool.ending) {
    pool.on('error', () => undefined) // connections being closed may report their own termination
    const idle = new Set((pool._idle ?? []).map((item) => item.client))
    const checkedOut = (pool._clients ?? []).filter((client) => !idle.has(client))
    for (const client of checkedOut) {
      const release = client.release
      let released = false
      client.release = (err) => {
        if (released) return
        released = true
        release?.call(client, err)
      }
    }
    const ending = pool.end()
    for (const client of checkedOut) {
      if (!client.activeQuery && !client.queryQueue?.length) client.release?.()
    }
    let timer: NodeJS.Timeout | undefined
    const grace = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), graceMs)))
    if ((await Promise.race([ending, grace])) === 'late') {
      for (const client of [...(pool._clients ?? [])]) client.release?.(true)
      await ending
    }
    clearTimeout(timer)
  }
  adapter.client?.close?.()
}
