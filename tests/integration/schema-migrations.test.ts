// The schema every start but `npm run dev` makes: exactly the config's, from the committed migrations, once however
// many processes start together; and a database a newer version upgraded is refused before anything is served.
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations as postgresMigrations } from '../../src/migrations/postgres'
import { migrations as sqliteMigrations } from '../../src/migrations/sqlite'
import { APP_VERSION } from '../../src/release/version'
import { COUNTED_TABLES, expectedTriggers } from '../../src/countCache'
import { isOutsideDrizzleSchema } from '../../src/db'
import { migrateOnStart, SCHEMA_RECORD_KEY, type SqlAdapter } from '../../src/schema/migrateOnStart'
import { insecureServerUrlWarning } from '../../src/settings'
import { createPostgresDatabase, dropPostgresDatabase, startTestPayload, testDatabaseKind, type TestPayload } from '../helpers/testPayload'

const root = path.resolve(import.meta.dirname, '../..')
const kind = testDatabaseKind()
const committed = (kind === 'postgres' ? postgresMigrations : sqliteMigrations).map((m) => m.name)
const migrationDir = path.join(root, 'src/migrations', kind)

type Rows = Record<string, unknown>[]

describe(`the committed migrations on ${kind}`, () => {
  let t: TestPayload
  let adapter: SqlAdapter
  const sql = async (raw: string): Promise<Rows> => (await adapter.execute({ drizzle: adapter.drizzle, raw })).rows

  beforeAll(async () => {
    t = await startTestPayload('schema-migrations')
    adapter = t.payload.db as unknown as SqlAdapter
  })
  afterAll(async () => {
    await t?.stop()
  })

  it('build exactly the schema the config describes (else: a change without `migrate:create` for both dialects)', async () => {
    const { pushSchema } = (t.payload.db as unknown as { requireDrizzleKit: () => { pushSchema: (...args: unknown[]) => Promise<{ statementsToExecute: string[] }> } }).requireDrizzleKit()
    const db = t.payload.db as unknown as { drizzle: unknown; schema: unknown }
    const { statementsToExecute } = await pushSchema(db.schema, db.drizzle)
    // drizzle-kit re-sets every numeric default on PostgreSQL (it reads `0` back as text); such a statement is a
    // no-op when the column's default already is that value, which is checked here rather than assumed.
    const changes: string[] = []
    for (const statement of statementsToExecute) {
      const setDefault = statement.match(/^ALTER TABLE "([^"]+)" ALTER COLUMN "([^"]+)" SET DEFAULT (\d+(?:\.\d+)?);$/)
      if (setDefault && kind === 'postgres') {
        const [, table, column, value] = setDefault
        const [current] = await sql(`SELECT column_default AS "d" FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '${table}' AND column_name = '${column}'`)
        if (current && String(current.d) === value) continue
      }
      changes.push(statement)
    }
    expect(changes, 'statements a push would still run after the migrations').toEqual([])
  })

  it('equal the latest snapshot, table by table and column by column', async () => {
    const latest = readdirSync(migrationDir).filter((f) => f.endsWith('.json')).sort().at(-1)!
    const snapshot = JSON.parse(readFileSync(path.join(migrationDir, latest), 'utf8')) as { tables: Record<string, { columns: object; name: string }> }
    const expected = Object.values(snapshot.tables).map((table) => `${table.name}(${Object.keys(table.columns).sort().join(',')})`).sort()
    const rows =
      kind === 'postgres'
        ? await sql('SELECT table_name AS "t", column_name AS "c" FROM information_schema.columns WHERE table_schema = current_schema()')
        : await sql(`SELECT m.name AS "t", p.name AS "c" FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'`)
    const tables = new Map<string, string[]>()
    // The search index's and count generations' tables are outside drizzle's schema (src/search/searchIndex.ts, src/countCache.ts).
    for (const row of rows.filter((r) => !isOutsideDrizzleSchema(String(r.t)))) tables.set(String(row.t), [...(tables.get(String(row.t)) ?? []), String(row.c)])
    expect([...tables].map(([name, cols]) => `${name}(${cols.sort().join(',')})`).sort()).toEqual(expected)
  })

  it('keep the count-generation triggers on every counted table (a migration that rebuilds a table must make them again)', async () => {
    const rows =
      kind === 'postgres'
        ? await sql(`SELECT c.relname AS "t", count(*)::int AS "n" FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid WHERE g.tgname LIKE 'count_generation_%' AND NOT g.tgisinternal GROUP BY c.relname`)
        : await sql(`SELECT "tbl_name" AS "t", count(*) AS "n" FROM "sqlite_master" WHERE "type" = 'trigger' AND "name" LIKE 'count_generation_%' GROUP BY "tbl_name"`)
    const perTable = Object.fromEntries(rows.map((r) => [String(r.t), Number(r.n)]))
    expect(perTable).toEqual(Object.fromEntries(COUNTED_TABLES.map((table) => [table, expectedTriggers(kind) / COUNTED_TABLES.length])))
  })

  it('are each recorded once, with the version that made the schema', async () => {
    const recorded = await sql('SELECT name, batch FROM payload_migrations ORDER BY name')
    expect(recorded.map((r) => r.name)).toEqual(committed)
    expect(new Set(recorded.map((r) => Number(r.batch)))).toEqual(new Set([1]))
    const [record] = await sql(`SELECT data FROM payload_kv WHERE key = '${SCHEMA_RECORD_KEY}'`)
    const data = typeof record!.data === 'string' ? JSON.parse(record!.data) : record!.data
    expect(data).toMatchObject({ migrations: committed, version: APP_VERSION })
  })

  it('leave an up-to-date database alone on the next start (no lock, no write)', async () => {
    const before = await sql('SELECT name, batch, updated_at FROM payload_migrations ORDER BY name')
    await migrateOnStart(adapter, { migrationDir, migrations: kind === 'postgres' ? postgresMigrations : sqliteMigrations, version: APP_VERSION })
    expect(await sql('SELECT name, batch, updated_at FROM payload_migrations ORDER BY name')).toEqual(before)
  })

  it('refuse a database that a newer version upgraded, changing nothing, and the server says so in one line before serving', async () => {
    await sql(`INSERT INTO payload_migrations (name, batch, updated_at, created_at) VALUES ('29990101_000000_from_the_future', 2, '2999-01-01', '2999-01-01')`)
    await sql(`UPDATE payload_kv SET data = '{"version":"9.0.0"}' WHERE key = '${SCHEMA_RECORD_KEY}'`)
    try {
      const expected = `this database was upgraded by Nguồn 9.0.0; this is Nguồn ${APP_VERSION}, which does not know its migration 29990101_000000_from_the_future. Start Nguồn 9.0.0 or later, or restore the backup taken before the upgrade.`
      await expect(migrateOnStart(adapter, { migrationDir, migrations: kind === 'postgres' ? postgresMigrations : sqliteMigrations, version: APP_VERSION })).rejects.toThrow(expected)

      const dataDir = mkdtempSync(path.join(tmpdir(), 'nguon-newer-db-'))
      const started = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'src/server.ts'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL, NGUON_DATA_DIR: dataDir, NGUON_SCHEMA: '', NODE_ENV: 'production', PAYLOAD_SECRET: 's'.repeat(40), PORT: '0', SERVER_URL: 'http://nguon.lan' },
        timeout: 120_000,
      })
      rmSync(dataDir, { force: true, recursive: true })
      expect(started.status).toBe(1)
      // Production over plain http is told once at start (src/settings.ts), before the refusal's one line.
      expect(started.stderr.trim().split('\n')).toEqual([insecureServerUrlWarning({ isProduction: true, serverURL: 'http://nguon.lan' }), `nguon: ${expected}`])
      expect(started.stdout).not.toContain(' is running')
      expect((await sql('SELECT name FROM payload_migrations ORDER BY name')).map((r) => r.name)).toEqual([...committed, '29990101_000000_from_the_future'])
    } finally {
      await sql(`DELETE FROM payload_migrations WHERE name = '29990101_000000_from_the_future'`)
    }
  })
})

describe(`three processes started together on a new ${kind} database`, () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'nguon-three-'))
  const adminUrl = process.env.TEST_DATABASE_URL ?? ''
  const pgName = `nguon_test_three_${randomBytes(4).toString('hex')}`
  let url = ''
  beforeAll(async () => {
    url = kind === 'postgres' ? await createPostgresDatabase(adminUrl, pgName) : `file:${path.join(dataDir, 'three.db')}`
  })
  afterAll(async () => {
    if (kind === 'postgres') await dropPostgresDatabase(adminUrl, pgName)
    rmSync(dataDir, { force: true, recursive: true })
  })

  it('all start, the migrations run once (the others wait), and each is recorded once', async () => {
    const start = () =>
      new Promise<{ code: null | number; output: string }>((resolve) => {
        let output = ''
        const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'tests/helpers/payloadProcess.ts'], {
          cwd: root,
          env: { ...process.env, DATABASE_URL: url, NGUON_DATA_DIR: dataDir, NGUON_SCHEMA: 'migrations', NODE_ENV: 'production', PAYLOAD_SECRET: 's'.repeat(40) },
          stdio: ['ignore', 'pipe', 'pipe'],
        })
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
        child.on('exit', (code) => resolve({ code, output }))
      })
    const runs = await Promise.all([start(), start(), start()])
    for (const run of runs) expect(run.code, run.output).toBe(0)
    for (const run of runs) {
      const ready = JSON.parse(run.output.match(/^PAYLOAD_READY (.*)$/m)![1]!) as { migrations: { batch: number; name: string }[] }
      expect(ready.migrations).toEqual(committed.map((name) => ({ batch: 1, name })))
    }
    for (const name of committed) {
      expect(runs.filter((run) => run.output.includes(`Schema: migrated ${name} `)), name).toHaveLength(1)
    }
  }, 240_000)
})
