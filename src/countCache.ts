// Totals of the content lists, counted once per change instead of once per request.
//
// Payload answers every paginated list (REST, GraphQL, the admin's lists, `payload.count`) with `totalDocs`, counted by
// the database over everything that matches: at 100,000 published items the anonymous `GET /api/articles?limit=50` spent
// about 110 ms of its 135–163 ms counting, on both databases, however few items it returned (bench/scale.ts). The count
// only changes when the table changes, so it is kept here, keyed by the exact statement, together with the table's
// *count generation*: a number the database itself moves, in the writing transaction, whenever a row of the table is
// inserted, updated or deleted (triggers made by the `count_generations` migrations; on SQLite one counter row a table,
// on PostgreSQL one row a write statement, summed, so that concurrent writers never wait for each other's row lock).
// A cached total is used only while the generation read just before is the one it was counted under.
//
// - Counts inside a transaction (a write's own reads) are never cached nor answered from the cache: the transaction may
//   see its own uncommitted rows, or roll back.
// - The generation is read outside any transaction, so it only moves when a change is committed, and is read before the
//   count: a count that saw a later commit is stored under the earlier generation, which no later reader asks for.
// - Only the versioned content tables (items and their versions) have triggers. Payload writes the parent row with every
//   change of a document (its `updated_at`), so the tables a count joins (locales, relations, has-many values) change
//   only together with it.
// - A database without the triggers (a schema pushed by `npm run dev`, a migration not yet applied) is counted as before.
import { LRUCache } from 'lru-cache'

/** The tables whose totals are cached; each has count-generation triggers (src/migrations/*\/…_count_generations.ts). */
export const COUNTED_TABLES: readonly string[] = ['articles', 'talking_points', 'briefs', 'slogans', 'bulletins'].flatMap((t) => [t, `_${t}_v`])

/** The table the triggers write; outside drizzle's schema (like the search index), so pushes and schema checks skip it. */
export const COUNT_GENERATIONS_TABLE = 'count_generations'

/** Triggers each dialect's migration makes: three a table on SQLite (insert, update, delete), one on PostgreSQL. */
export const expectedTriggers = (dialect: 'postgres' | 'sqlite'): number => COUNTED_TABLES.length * (dialect === 'sqlite' ? 3 : 1)

/** PostgreSQL keeps one row a write statement; past this many rows of a table a reader folds them into one. */
export const COMPACT_AFTER_ROWS = 200

type Query = { params: unknown[]; sql: string }
export type CountDialect = { sqlToQuery: (sql: unknown) => Query }
type Join = { condition?: unknown; table?: unknown; type?: string }
export type CountArgs = { column?: unknown; db: unknown; joins: Join[]; tableName: string; where?: unknown }
export type CountDistinct = (this: unknown, args: CountArgs) => Promise<number>

export type CountCacheStats = { bypassed: number; hits: number; misses: number }

/** What the cache needs from a database: its generation of a table (null: no triggers) and, on PostgreSQL, compaction. */
export type GenerationSource = {
  compact?: (table: string) => Promise<void>
  enabled: () => Promise<boolean>
  generation: (table: string) => Promise<{ generation: string; rows: number }>
}

const tableNameOf = (table: unknown): string => {
  const name = (table as Record<symbol, unknown> | undefined)?.[Symbol.for('drizzle:Name')]
  return typeof name === 'string' ? name : String(table)
}

const columnNameOf = (column: unknown): string => {
  if (column === undefined || column === null) return ''
  const name = (column as { name?: unknown }).name
  return typeof name === 'string' ? name : 'column'
}

/** The exact statement a count runs, as a cache key: table, column, joins and conditions with their parameters. */
export function countKey(dialect: CountDialect, args: CountArgs): string {
  const text = (sql: unknown) => {
    if (sql === undefined || sql === null) return ''
    const query = dialect.sqlToQuery(sql)
    return `${query.sql}\u0000${JSON.stringify(query.params)}`
  }
  const joins = args.joins.map((join) => `${join.type ?? 'leftJoin'} ${tableNameOf(join.table)} on ${text(join.condition)}`)
  return [args.tableName, columnNameOf(args.column), ...joins, text(args.where)].join('\u0001')
}

/**
 * Wraps an adapter's `countDistinct` (Payload's drizzle adapters count every paginated list through it) with the cache.
 * `outside` is the adapter's non-transaction drizzle instance: a count on any other is inside a transaction.
 */
export function cachedCountDistinct(
  original: CountDistinct,
  { dialect, outside, source, stats, max = 2_000 }: { dialect: () => CountDialect; max?: number; outside: () => unknown; source: GenerationSource; stats?: CountCacheStats },
): CountDistinct {
  const cache = new LRUCache<string, { count: number; generation: string }>({ max })
  const counted = new Set(COUNTED_TABLES)
  return async function (this: unknown, args: CountArgs): Promise<number> {
    if (!counted.has(args.tableName) || args.db !== outside() || !(await source.enabled())) {
      if (stats) stats.bypassed += 1
      return original.call(this, args)
    }
    const key = countKey(dialect(), args)
    let generation: string
    try {
      const read = await source.generation(args.tableName)
      generation = read.generation
      // Two processes folding at once may deadlock on each other's rows; one of them gives up, which is harmless.
      if (read.rows > COMPACT_AFTER_ROWS && source.compact) await source.compact(args.tableName).catch(() => undefined)
    } catch {
      // Without a generation (the table gone, a dropped connection) the list is counted as if there were no cache.
      if (stats) stats.bypassed += 1
      return original.call(this, args)
    }
    const cached = cache.get(key)
    if (cached && cached.generation === generation) {
      if (stats) stats.hits += 1
      return cached.count
    }
    if (stats) stats.misses += 1
    const count = await original.call(this, args)
    cache.set(key, { count, generation })
    return count
  }
}

type Rows = Record<string, unknown>[]
/** Runs one statement outside any transaction. */
export type RunQuery = (text: string, params: unknown[]) => Promise<Rows>

/** Answers `enabled` from the last check; a database without the triggers is looked at again after `recheckMs`. */
function memoEnabled(check: () => Promise<boolean>, recheckMs = 30_000): () => Promise<boolean> {
  let known: { at: number; value: boolean } | undefined
  return async () => {
    if (known && (known.value || Date.now() - known.at < recheckMs)) return known.value
    const value = await check().catch(() => false)
    known = { at: Date.now(), value }
    return value
  }
}

export function sqliteGenerations(run: RunQuery): GenerationSource {
  return {
    enabled: memoEnabled(async () => {
      const [row] = await run(`SELECT count(*) AS "n" FROM "sqlite_master" WHERE "type" = 'trigger' AND "name" LIKE 'count_generation_%'`, [])
      return Number(row?.n) === expectedTriggers('sqlite')
    }),
    generation: async (table) => {
      const [row] = await run(`SELECT "n" FROM "${COUNT_GENERATIONS_TABLE}" WHERE "table_name" = ?`, [table])
      return { generation: String(row?.n ?? 'none'), rows: 1 }
    },
  }
}

// Stryker disable all: PostgreSQL's statements run against PostgreSQL in tests/integration/count-cache.test.ts (CI); the unit tests Stryker runs have no PostgreSQL
export function postgresGenerations(run: RunQuery): GenerationSource {
  return {
    compact: async (table) => {
      // One statement: the rows it deletes and the row with their sum commit together; rows other transactions add
      // meanwhile are not in its snapshot and stay. The sum, the generation, does not move.
      await run(
        `WITH "folded" AS (DELETE FROM "${COUNT_GENERATIONS_TABLE}" WHERE "table_name" = $1 RETURNING "n") ` +
          `INSERT INTO "${COUNT_GENERATIONS_TABLE}" ("table_name", "n") SELECT $1, sum("n") FROM "folded" HAVING count(*) > 0`,
        [table],
      )
    },
    enabled: memoEnabled(async () => {
      const [row] = await run(`SELECT count(*)::int AS "n" FROM "pg_trigger" WHERE "tgname" LIKE 'count_generation_%' AND NOT "tgisinternal"`, [])
      return Number(row?.n) === expectedTriggers('postgres')
    }),
    generation: async (table) => {
      const [row] = await run(`SELECT coalesce(sum("n"), 0)::text AS "g", count(*)::int AS "rows" FROM "${COUNT_GENERATIONS_TABLE}" WHERE "table_name" = $1`, [table])
      return { generation: String(row?.g ?? 'none'), rows: Number(row?.rows ?? 0) }
    },
  }
}
// Stryker restore all
