// A database whose schema an earlier version pushed (`npm start` before 0.2.0, `npm run dev`) is adopted at start:
// the migrations it already has are recorded, the later ones run, and not a row is lost.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations as postgresMigrations } from '../../src/migrations/postgres'
import { migrations as sqliteMigrations } from '../../src/migrations/sqlite'
import { type MigrationFile, migrateOnStart, SchemaError, type SqlAdapter } from '../../src/schema/migrateOnStart'
import { seedPlan232 } from '../../src/seed/seedPlan232'
import { startTestPayload, testDatabaseKind, type TestPayload } from '../helpers/testPayload'

const root = path.resolve(import.meta.dirname, '../..')
const kind = testDatabaseKind()
const committed = (kind === 'postgres' ? postgresMigrations : sqliteMigrations) as MigrationFile[]

type Rows = Record<string, unknown>[]

describe(`a schema pushed by an earlier version, on ${kind}`, () => {
  let t: TestPayload
  let adapter: SqlAdapter
  const migrationDir = mkdtempSync(path.join(tmpdir(), 'nguon-adoption-migrations-'))
  const sql = async (raw: string): Promise<Rows> => (await adapter.execute({ drizzle: adapter.drizzle, raw })).rows
  const recorded = async () => (await sql('SELECT name, batch FROM payload_migrations ORDER BY name')).map((r) => [r.name, Number(r.batch)])
  const counts = async (): Promise<Record<string, number>> => {
    const tables =
      kind === 'postgres'
        ? await sql(`SELECT table_name AS "t" FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`)
        : await sql(`SELECT name AS "t" FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    const result: Record<string, number> = {}
    for (const { t: table } of tables) result[String(table)] = Number((await sql(`SELECT COUNT(*) AS "n" FROM "${String(table)}"`))[0]!.n)
    return result
  }

  // A migration made after the pushing version: one new table, with its snapshot as `migrate:create` writes it.
  const later: MigrationFile = {
    name: '29990101_000000_later_table',
    up: async ({ db }) => {
      await adapter.execute({ drizzle: db, raw: 'CREATE TABLE "later_table" ("id" integer PRIMARY KEY, "note" text)' })
    },
  }

  beforeAll(async () => {
    process.env.NGUON_SCHEMA = 'push' // as versions before 0.2.0 did on `npm start`, and `npm run dev` does
    t = await startTestPayload('schema-adoption')
    adapter = t.payload.db as unknown as SqlAdapter
    await seedPlan232(t.payload, { demoPassword: 'nguon-demo-2023' })
    const source = path.join(root, 'src/migrations', kind)
    for (const file of readdirSync(source).filter((f) => f.endsWith('.json'))) copyFileSync(path.join(source, file), path.join(migrationDir, file))
    const latest = readdirSync(source).filter((f) => f.endsWith('.json')).sort().at(-1)!
    const snapshot = JSON.parse(readFileSync(path.join(source, latest), 'utf8')) as { tables: Record<string, unknown> }
    snapshot.tables[kind === 'postgres' ? 'public.later_table' : 'later_table'] = { columns: { id: {}, note: {} }, name: 'later_table' }
    writeFileSync(path.join(migrationDir, `${later.name}.json`), JSON.stringify(snapshot))
  })
  afterAll(async () => {
    await t?.stop()
    rmSync(migrationDir, { force: true, recursive: true })
  })

  it('is marked as pushed, as Payload leaves it', async () => {
    expect(await recorded()).toEqual([['dev', -1]])
  })

  it('refuses to adopt a pushed schema no snapshot describes, changing nothing', async () => {
    const alien = mkdtempSync(path.join(tmpdir(), 'nguon-alien-migrations-'))
    writeFileSync(path.join(alien, 'x_initial.json'), JSON.stringify({ tables: { t: { columns: { id: {} }, name: 'not_our_table' } } }))
    try {
      const start = migrateOnStart(adapter, { migrationDir: alien, migrations: [{ name: 'x_initial', up: async () => undefined }], version: 'test' })
      await expect(start).rejects.toThrow(SchemaError)
      await expect(start).rejects.toThrow(/matches none of this version's migrations \(it lacks not_our_table, not_our_table\.id\); nothing was changed/)
      expect(await recorded()).toEqual([['dev', -1]])
    } finally {
      rmSync(alien, { force: true, recursive: true })
    }
  })

  it('records the migrations it has, runs the later one, drops the push marker and keeps every row', async () => {
    const before = await counts()
    expect(before.units).toBe(10)
    expect(before.articles).toBeGreaterThan(0)

    await migrateOnStart(adapter, { migrationDir, migrations: [...committed, later], version: 'test' })

    expect(await recorded()).toEqual([...committed.map((m) => [m.name, 1]), [later.name, 2]])
    const after = await counts()
    expect(after.later_table).toBe(0)
    delete after.later_table
    // payload_migrations: the `dev` marker went, one row per migration came; payload_kv: the schema's record.
    expect(after).toEqual({ ...before, payload_kv: before.payload_kv! + 1, payload_migrations: committed.length + 1 })
  })

  it('does nothing more on the next start', async () => {
    const before = await sql('SELECT name, batch, updated_at FROM payload_migrations ORDER BY name')
    await migrateOnStart(adapter, { migrationDir, migrations: [...committed, later], version: 'test' })
    expect(await sql('SELECT name, batch, updated_at FROM payload_migrations ORDER BY name')).toEqual(before)
  })
})
