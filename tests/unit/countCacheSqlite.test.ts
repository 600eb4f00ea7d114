// The count cache's generations read from a real SQLite database (in memory, libsql as Payload's adapter uses it):
// whether the triggers are all there, each table's generation, and how long a missing trigger set is remembered.
import { createClient, type Client } from '@libsql/client'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { cachedCountDistinct, COUNT_GENERATIONS_TABLE, COUNTED_TABLES, expectedTriggers, sqliteGenerations } from '../../src/countCache'

const open = async (triggers: number) => {
  const client = createClient({ url: ':memory:' })
  await client.execute(`CREATE TABLE "${COUNT_GENERATIONS_TABLE}" ("table_name" text PRIMARY KEY, "n" integer NOT NULL)`)
  await client.execute('CREATE TABLE "t" ("id" integer PRIMARY KEY)')
  for (let i = 0; i < triggers; i++) {
    await client.execute(`CREATE TRIGGER "count_generation_${i}" AFTER INSERT ON "t" BEGIN
      INSERT INTO "${COUNT_GENERATIONS_TABLE}" VALUES ('articles', 1) ON CONFLICT ("table_name") DO UPDATE SET "n" = "n" + 1; END`)
  }
  // Another trigger of the database, not one of the count's.
  await client.execute('CREATE TRIGGER "audit" AFTER INSERT ON "t" BEGIN SELECT 1; END')
  const run = async (text: string, params: unknown[]) => (await client.execute({ args: params as never, sql: text })).rows as unknown as Record<string, unknown>[]
  return { client, run }
}

let client: Client | undefined
afterEach(() => {
  client?.close()
  vi.useRealTimers()
})

describe('the counted tables', () => {
  it('are the versioned content tables and their versions, with three triggers each on SQLite and one on PostgreSQL', () => {
    expect(COUNTED_TABLES).toEqual(['articles', '_articles_v', 'talking_points', '_talking_points_v', 'briefs', '_briefs_v', 'slogans', '_slogans_v', 'bulletins', '_bulletins_v'])
    expect([expectedTriggers('sqlite'), expectedTriggers('postgres')]).toEqual([30, 10])
    expect(COUNT_GENERATIONS_TABLE).toBe('count_generations')
  })
})

describe('sqliteGenerations', () => {
  it('is enabled only when every count trigger is there, and reads each table’s generation', async () => {
    const db = await open(expectedTriggers('sqlite'))
    client = db.client
    const source = sqliteGenerations(db.run)
    expect(await source.enabled()).toBe(true)
    expect(await source.generation('articles')).toEqual({ generation: 'none', rows: 1 })
    await db.client.execute('INSERT INTO "t" DEFAULT VALUES')
    expect(await source.generation('articles')).toEqual({ generation: String(expectedTriggers('sqlite')), rows: 1 })
    expect(await source.generation('briefs')).toEqual({ generation: 'none', rows: 1 })
  })

  it('remembers a database without all its triggers for 30 seconds, one with them for good', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-06T00:00:00Z'), toFake: ['Date'] })
    const db = await open(expectedTriggers('sqlite') - 1)
    client = db.client
    const source = sqliteGenerations(db.run)
    expect(await source.enabled()).toBe(false)
    await db.client.execute(`CREATE TRIGGER "count_generation_last" AFTER DELETE ON "t" BEGIN SELECT 1; END`)
    vi.setSystemTime(new Date('2026-12-06T00:00:29.999Z'))
    expect(await source.enabled()).toBe(false)
    vi.setSystemTime(new Date('2026-12-06T00:00:30.000Z'))
    expect(await source.enabled()).toBe(true)
    await db.client.execute('DROP TRIGGER "count_generation_last"')
    vi.setSystemTime(new Date('2026-12-07T00:00:00Z'))
    expect(await source.enabled()).toBe(true)
  })

  it('reads a database it cannot ask as one without the triggers', async () => {
    const source = sqliteGenerations(async () => {
      throw new Error('SQLITE_BUSY')
    })
    expect(await source.enabled()).toBe(false)
  })

  it('caches counts on a real database without stats being asked for', async () => {
    const db = await open(expectedTriggers('sqlite'))
    client = db.client
    let counted = 0
    const outside = {}
    const count = cachedCountDistinct(async () => ++counted, {
      dialect: () => ({ sqlToQuery: () => ({ params: [], sql: 'x' }) }),
      outside: () => outside,
      source: sqliteGenerations(db.run),
    })
    const args = { db: outside, joins: [], tableName: 'articles' }
    expect([await count(args), await count(args)]).toEqual([1, 1])
    await db.client.execute('INSERT INTO "t" DEFAULT VALUES')
    expect(await count(args)).toBe(2)
    expect(await count({ ...args, db: {} })).toBe(3)
  })
})
