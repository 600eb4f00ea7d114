// Brings the database to this version's committed migrations when a process starts: once, however many processes
// start together, adopting a schema that earlier versions pushed, and refusing a database a newer version upgraded.
import type { Payload, PayloadRequest } from 'payload'

import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import {
  type AppliedMigration,
  describeNewerDatabase,
  describeUnrecognisedPush,
  type KnownMigration,
  type MigrationPlan,
  planMigrations,
  PUSHED_BATCH,
  type SchemaShape,
} from './migrationPlan'

/** A committed migration as `src/migrations/{dialect}/index.ts` lists it. */
export type MigrationFile = {
  name: string
  up: (args: { db: never; payload: Payload; req: PayloadRequest }) => Promise<void>
}

/** The parts of Payload's SQL adapters this module uses (both have them). */
export type SqlAdapter = {
  drizzle: unknown
  execute: (args: { drizzle: unknown; raw: string }) => Promise<{ rows: Record<string, unknown>[] }>
  name: string
  payload: Payload
  pool?: { connect: () => Promise<PoolClient> }
  sessions: Record<string, { db: unknown }>
}
type PoolClient = { query: (sql: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>; release: () => void }

/** A start that must not go on; the message is one line for the operator. */
export class SchemaError extends Error {
  override name = 'SchemaError'
}

/** Where the version that last changed the schema is kept (Payload's own key-value table, no schema of ours). */
export const SCHEMA_RECORD_KEY = 'nguon.schema'
/** PostgreSQL advisory lock key shared by every Nguồn process on the database ("nguon" in ASCII). */
export const MIGRATION_LOCK_KEY = 0x6e67756f6e
/** How long a process waits for another one's migrations before giving up. */
const MAX_WAIT_MS = 30 * 60_000

type Run = { adapter: SqlAdapter; migrationDir: string; migrations: MigrationFile[]; version: string }

export async function migrateOnStart(adapter: SqlAdapter, options: Omit<Run, 'adapter'>): Promise<void> {
  const run = { adapter, ...options }
  // Most starts have nothing to do: find that out without taking any lock.
  if (isNothingToDo(await plan(run, adapter.drizzle))) return
  if (adapter.name === 'postgres') await withAdvisoryLock(run, () => migratePostgres(run))
  else await migrateSqlite(run)
}

function isNothingToDo(p: MigrationPlan): boolean {
  return p.kind === 'migrate' && !p.pushed && p.run.length === 0
}

async function plan(run: Run, db: unknown): Promise<MigrationPlan> {
  const applied = await readApplied(run.adapter, db)
  const pushed = applied.some((m) => m.batch === PUSHED_BATCH)
  const known = run.migrations.map((m): KnownMigration => ({ name: m.name, shape: snapshotShape(run.migrationDir, m.name) }))
  return planMigrations({ applied, database: pushed ? await readShape(run.adapter, db) : undefined, known })
}

/**
 * SQLite: everything in one write transaction. BEGIN IMMEDIATE takes the database's write lock, so a second
 * process waits at its own BEGIN and then finds the work done. SQLite's DDL is transactional: all or nothing.
 */
async function migrateSqlite(run: Run): Promise<void> {
  const req = await beginWaiting(run)
  try {
    await apply(run, req, { eachInOwnTransaction: false })
    await commitTransaction(req)
  } catch (err) {
    await killTransaction(req)
    throw err
  }
}

/** Another process may be migrating: keep trying to begin (each try already waits; see src/sqliteWrites.ts). */
async function beginWaiting(run: Run): Promise<PayloadRequest> {
  const started = Date.now()
  let told = false
  for (;;) {
    const req = await createLocalReq({}, run.adapter.payload)
    try {
      await initTransaction(req)
      return req
    } catch (err) {
      if (!/SQLITE_BUSY|database is locked/i.test(String(err)) || Date.now() - started > MAX_WAIT_MS) throw err
      if (!told) run.adapter.payload.logger.info({ msg: 'Schema: another process holds the database; waiting for it to finish' })
      told = true
    }
  }
}

/**
 * Runs `work` while no other Nguồn process on the same PostgreSQL database runs its own start-up work (the seed of an
 * empty database). SQLite needs no lock here: its writes begin with the database's write lock, and the seed reads
 * what it would create inside its transaction.
 */
export async function withStartupLock<T>(payload: Payload, work: () => Promise<T>): Promise<T> {
  const adapter = payload.db as unknown as SqlAdapter
  if (adapter.name !== 'postgres' || !adapter.pool) return work()
  let result!: T
  await withAdvisoryLock({ adapter, migrationDir: '', migrations: [], version: '' }, async () => {
    result = await work()
  })
  return result
}

/**
 * PostgreSQL: a session advisory lock held while migrating, so other processes wait and then find the work done.
 * Each migration runs in its own transaction with its record, as Payload's `migrate` does (a later migration may use
 * an enum value an earlier one added, which PostgreSQL allows only after that one committed).
 */
async function withAdvisoryLock(run: Run, work: () => Promise<void>): Promise<void> {
  const client = await run.adapter.pool!.connect()
  try {
    const { rows } = await client.query('SELECT pg_try_advisory_lock($1) AS "locked"', [MIGRATION_LOCK_KEY])
    if (!rows[0]?.locked) {
      run.adapter.payload.logger.info({ msg: 'Start-up: another process is preparing the database; waiting for it to finish' })
      await client.query(`SET statement_timeout = ${MAX_WAIT_MS}`)
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY])
    }
    try {
      await work()
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY])
    }
  } finally {
    client.release()
  }
}

async function migratePostgres(run: Run): Promise<void> {
  await apply(run, undefined, { eachInOwnTransaction: true })
}

/** Plans again under the lock (another process may have done it) and carries the plan out. */
async function apply(run: Run, outer: PayloadRequest | undefined, { eachInOwnTransaction }: { eachInOwnTransaction: boolean }): Promise<void> {
  const { adapter, version } = run
  const { payload } = adapter
  const started = Date.now()
  const dbOf = (req: PayloadRequest | undefined) => (req?.transactionID ? adapter.sessions[String(req.transactionID)]?.db : undefined) ?? adapter.drizzle
  const p = await plan(run, dbOf(outer))
  if (p.kind === 'newer-database') {
    throw new SchemaError(describeNewerDatabase({ ours: version, theirs: await readRecordedVersion(adapter, dbOf(outer)), unknown: p.unknown }))
  }
  if (p.kind === 'unrecognised-push') throw new SchemaError(describeUnrecognisedPush(p.missing))
  if (isNothingToDo(p)) return

  const inTransaction = async (work: (req: PayloadRequest) => Promise<void>) => {
    if (!eachInOwnTransaction) return work(outer!)
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    try {
      await work(req)
      await commitTransaction(req)
    } catch (err) {
      await killTransaction(req)
      throw err
    }
  }
  const applied = await readApplied(adapter, dbOf(outer))
  let batch = Math.max(0, ...applied.map((m) => m.batch)) + 1

  if (p.pushed) {
    await inTransaction(async (req) => {
      for (const name of p.adopt) await payload.create({ collection: 'payload-migrations', data: { batch, name }, req })
      await adapter.execute({ drizzle: dbOf(req), raw: `DELETE FROM payload_migrations WHERE batch = ${PUSHED_BATCH}` })
    })
    payload.logger.info({
      msg:
        `Schema: adopted a schema pushed by an earlier version at ${p.adopt.at(-1) ?? 'the migrations already recorded'}` +
        (p.adopt.length ? ` (${p.adopt.length} migration${p.adopt.length > 1 ? 's' : ''} recorded as applied, nothing changed)` : '') +
        (p.extra.length ? `; it also has ${p.extra.join(', ')}, kept as they are` : ''),
    })
    if (p.adopt.length) batch++
  }
  for (const name of p.run) {
    const migration = run.migrations.find((m) => m.name === name)!
    const migrationStarted = Date.now()
    await inTransaction(async (req) => {
      await migration.up({ db: dbOf(req) as never, payload, req })
      await payload.create({ collection: 'payload-migrations', data: { batch, name }, req })
    })
    payload.logger.info({ msg: `Schema: migrated ${name} (${Date.now() - migrationStarted} ms)` })
  }
  await inTransaction(async (req) => {
    await payload.db.upsert({
      collection: 'payload-kv',
      data: { data: { at: new Date().toISOString(), migrations: run.migrations.map((m) => m.name), version }, key: SCHEMA_RECORD_KEY },
      req,
      select: {},
      where: { key: { equals: SCHEMA_RECORD_KEY } },
    })
  })
  payload.logger.info({ msg: `Schema: up to date for Nguồn ${version} (${run.migrations.length} migrations, ${Date.now() - started} ms)` })
}

/**
 * How this database stands against the committed migrations, for /readyz: how many this version has that it has not
 * recorded (another process is applying them, or is about to), and how many it has that this version does not know
 * (a newer version upgraded it while this one runs).
 */
export async function schemaStatus(adapter: SqlAdapter, migrations: Pick<MigrationFile, 'name'>[]): Promise<{ pending: number; unknown: number }> {
  const recorded = new Set((await readApplied(adapter, adapter.drizzle)).filter((m) => m.batch !== PUSHED_BATCH).map((m) => m.name))
  const known = new Set(migrations.map((m) => m.name))
  return {
    pending: migrations.filter((m) => !recorded.has(m.name)).length,
    unknown: [...recorded].filter((name) => name !== 'dev' && !known.has(name)).length,
  }
}

async function readApplied(adapter: SqlAdapter, db: unknown): Promise<AppliedMigration[]> {
  const exists =
    adapter.name === 'postgres'
      ? `SELECT to_regclass('payload_migrations') IS NOT NULL AS "found"`
      : `SELECT COUNT(*) > 0 AS "found" FROM sqlite_master WHERE type = 'table' AND name = 'payload_migrations'`
  const { rows } = await adapter.execute({ drizzle: db, raw: exists })
  if (!rows[0]?.found) return []
  const recorded = await adapter.execute({ drizzle: db, raw: 'SELECT name, batch FROM payload_migrations' })
  return recorded.rows.map((row) => ({ batch: Number(row.batch), name: String(row.name) }))
}

async function readShape(adapter: SqlAdapter, db: unknown): Promise<SchemaShape> {
  const raw =
    adapter.name === 'postgres'
      ? 'SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns WHERE table_schema = current_schema()'
      : `SELECT m.name AS "table", p.name AS "column" FROM sqlite_master m JOIN pragma_table_info(m.name) p
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'`
  const shape: SchemaShape = {}
  for (const row of (await adapter.execute({ drizzle: db, raw })).rows) (shape[String(row.table)] ??= []).push(String(row.column))
  return shape
}

/** The tables and columns a migration's drizzle snapshot (`<name>.json` beside it) describes, if it has one. */
function snapshotShape(migrationDir: string, name: string): SchemaShape | undefined {
  const file = path.join(migrationDir, `${name}.json`)
  if (!existsSync(file)) return undefined
  const snapshot = JSON.parse(readFileSync(file, 'utf8')) as { tables: Record<string, { columns: Record<string, unknown>; name: string }> }
  return Object.fromEntries(Object.values(snapshot.tables).map((table) => [table.name, Object.keys(table.columns)]))
}

async function readRecordedVersion(adapter: SqlAdapter, db: unknown): Promise<null | string> {
  try {
    const { rows } = await adapter.execute({ drizzle: db, raw: `SELECT data FROM payload_kv WHERE key = '${SCHEMA_RECORD_KEY}'` })
    const data = rows[0]?.data
    const record = (typeof data === 'string' ? JSON.parse(data) : data) as { version?: unknown } | undefined
    return typeof record?.version === 'string' ? record.version : null
  } catch {
    return null
  }
}
