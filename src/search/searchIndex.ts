// The search index behind one interface: an FTS5 table on SQLite, a tsvector with a GIN index on PostgreSQL, both over
// the folded text (src/search/folding.ts). Writes take the caller's transaction, so an item is findable when it commits.
import type { Payload, PayloadRequest } from 'payload'

import { sql, type SQL } from '@payloadcms/db-sqlite/drizzle'

import { fts5Match, markedWords, type SearchQuery, tsQuery } from './query'
import type { SearchScope } from './searchScope'
import { SEARCHED_COLLECTIONS, type SearchedCollection, type SearchRow } from './searchRows'

type Row = Record<string, unknown>
type SqlAdapter = {
  drizzle: unknown
  execute: (args: { db?: unknown; drizzle?: unknown; raw?: string; sql?: SQL }) => Promise<{ rows: Row[] }>
  name: string
  sessions: Record<string, { db: unknown } | undefined>
}

export type SearchDialect = 'postgres' | 'sqlite'

export type SearchPage = { hits: SearchHit[]; totalDocs: number; totalIsLowerBound: boolean }

/**
 * At most this many matches are counted and ranked. A query matching more reports `totalDocs` = this bound with
 * `totalIsLowerBound`, and its pages come from the bound's best matches by the engine's relevance (SQLite) or the
 * first ones the GIN index finds (PostgreSQL); fewer matches are counted exactly and all ranked.
 */
export const DEFAULT_CANDIDATES = 1000
/** bm25() weights of the FTS5 columns: only title_folded (4) and body_folded (1) are indexed. */
const BM25_WEIGHTS = [...Array(14).fill('0.0'), '4.0', '1.0'].join(', ')

/** MongoDB has no search here: said once at start-up, and /api/search answers 501. */
export const NOT_SUPPORTED = 'Tìm kiếm chưa hỗ trợ MongoDB; hãy dùng SQLite hoặc PostgreSQL / Search is not supported on MongoDB; use SQLite or PostgreSQL'

export const SQLITE_TABLE = 'search_fts'
export const POSTGRES_TABLE = 'search_index'

export type SearchFilters = {
  campaign?: number
  collections?: SearchedCollection[]
  from?: string
  status?: string
  to?: string
  unit?: number
}

export type SearchHit = {
  body: string
  collection: SearchedCollection
  docId: number
  status: null | string
  title: string
  unit: null | number
  updatedAt: string
}

export const searchDialect = (payload: Payload): null | SearchDialect => {
  const name = (payload.db as unknown as { name?: string }).name
  return name === 'sqlite' || name === 'postgres' ? name : null
}

const adapterOf = (payload: Payload) => payload.db as unknown as SqlAdapter

/** The connection of `req`'s transaction when it has one (the write then commits or rolls back with it). */
async function connectionOf(payload: Payload, req?: Partial<PayloadRequest>): Promise<unknown> {
  const adapter = adapterOf(payload)
  const id = req?.transactionID ? await req.transactionID : undefined
  return (id !== undefined && adapter.sessions[String(id)]?.db) || adapter.drizzle
}

const run = async (payload: Payload, statement: SQL, req?: Partial<PayloadRequest>): Promise<Row[]> =>
  (await adapterOf(payload).execute({ db: await connectionOf(payload, req), sql: statement })).rows

/** The statements that create the index (in the migrations, and at start-up on a database that was pushed). */
export const CREATE_INDEX_SQL: Record<SearchDialect, string[]> = {
  postgres: [
    `CREATE TABLE IF NOT EXISTS "${POSTGRES_TABLE}" ("id" bigint PRIMARY KEY, "collection" varchar NOT NULL, "doc_id" integer NOT NULL,
      "variant" varchar NOT NULL, "unit" integer, "campaign" integer, "status" varchar, "is_public" integer NOT NULL, "reach" varchar,
      "uploaded_by" integer, "has_latest" integer NOT NULL, "publish_at" varchar, "expire_at" varchar, "updated_at" varchar NOT NULL,
      "title" text NOT NULL, "body" text NOT NULL, "exact" text NOT NULL, "vector" tsvector NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS "${POSTGRES_TABLE}_vector_idx" ON "${POSTGRES_TABLE}" USING gin ("vector")`,
  ],
  // Small columns first: SQLite reads a row's columns in order, so filters never walk the long texts' overflow pages.
  sqlite: [
    `CREATE VIRTUAL TABLE IF NOT EXISTS "${SQLITE_TABLE}" USING fts5(collection UNINDEXED, doc_id UNINDEXED, variant UNINDEXED, unit UNINDEXED,
      campaign UNINDEXED, status UNINDEXED, is_public UNINDEXED, reach UNINDEXED, uploaded_by UNINDEXED, has_latest UNINDEXED,
      publish_at UNINDEXED, expire_at UNINDEXED, updated_at UNINDEXED, title UNINDEXED, title_folded, body_folded, exact UNINDEXED,
      body UNINDEXED, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3')`,
  ],
}

/** Tables that belong to the index (FTS5 keeps its data in shadow tables named after it); schema pushes leave them alone. */
export const isSearchTable = (name: string): boolean => name === POSTGRES_TABLE || name === SQLITE_TABLE || name.startsWith(`${SQLITE_TABLE}_`)

export async function createSearchIndex(payload: Payload): Promise<void> {
  const dialect = searchDialect(payload)
  if (!dialect) return
  for (const statement of CREATE_INDEX_SQL[dialect]) await adapterOf(payload).execute({ drizzle: adapterOf(payload).drizzle, raw: statement })
}

const table = (dialect: SearchDialect) => sql.raw(`"${dialect === 'sqlite' ? SQLITE_TABLE : POSTGRES_TABLE}"`)
const keyColumn = (dialect: SearchDialect) => sql.raw(dialect === 'sqlite' ? 'rowid' : '"id"')
const list = (values: (number | string)[]) => sql.join(values.map((v) => sql`${v}`), sql`, `)

/** Replaces the rows under `keys` with `rows`, in `req`'s transaction. */
export async function writeSearchRows({ keys, payload, req, rows }: { keys: number[]; payload: Payload; req?: Partial<PayloadRequest>; rows: SearchRow[] }): Promise<void> {
  const dialect = searchDialect(payload)
  if (!dialect) return
  if (keys.length) await run(payload, sql`DELETE FROM ${table(dialect)} WHERE ${keyColumn(dialect)} IN (${list(keys)})`, req)
  for (const row of rows) await run(payload, insertStatement(dialect, row), req)
}

/** Inserts many rows in few statements (reindex, benchmark): callers have emptied the keys first. */
export async function insertSearchRows({ payload, req, rows }: { payload: Payload; req?: Partial<PayloadRequest>; rows: SearchRow[] }): Promise<void> {
  const dialect = searchDialect(payload)
  if (!dialect) return
  for (let i = 0; i < rows.length; i += 200) {
    const values = rows.slice(i, i + 200).map((row) => valuesOf(dialect, row))
    await run(payload, sql`INSERT INTO ${table(dialect)} (${columns(dialect)}) VALUES ${sql.join(values, sql`, `)}`, req)
  }
}

export async function clearSearchIndex({ payload, req }: { payload: Payload; req?: Partial<PayloadRequest> }): Promise<void> {
  const dialect = searchDialect(payload)
  if (dialect) await run(payload, sql`DELETE FROM ${table(dialect)}`, req)
}

const COMMON_COLUMNS = 'exact, collection, doc_id, variant, unit, campaign, status, is_public, reach, uploaded_by, has_latest, publish_at, expire_at, updated_at, title, body'
const columns = (dialect: SearchDialect) =>
  sql.raw(dialect === 'sqlite' ? `rowid, title_folded, body_folded, ${COMMON_COLUMNS}` : `"id", "vector", ${COMMON_COLUMNS}`)

function valuesOf(dialect: SearchDialect, row: SearchRow): SQL {
  const common = sql`${row.exact}, ${row.collection}, ${row.docId}, ${row.variant}, ${row.unit}, ${row.campaign}, ${row.status}, ${row.isPublic},
    ${row.reach}, ${row.uploadedBy}, ${row.hasLatest}, ${row.publishAt}, ${row.expireAt}, ${row.updatedAt}, ${row.title}, ${row.body}`
  return dialect === 'sqlite'
    ? sql`(${row.key}, ${row.titleFolded}, ${row.bodyFolded}, ${common})`
    : sql`(${row.key}, setweight(to_tsvector('simple', ${row.titleFolded}), 'A') || setweight(to_tsvector('simple', ${row.bodyFolded}), 'B'), ${common})`
}

const insertStatement = (dialect: SearchDialect, row: SearchRow) => sql`INSERT INTO ${table(dialect)} (${columns(dialect)}) VALUES ${valuesOf(dialect, row)}`

/** The read access of `scope` as a condition on index rows (the same rules as the collections' `read` access). */
export function scopeCondition(scope: SearchScope, now: string): SQL {
  if (scope.kind === 'public') {
    return sql`(variant = 'live' AND is_public = 1 AND (publish_at IS NULL OR publish_at <= ${now}) AND (expire_at IS NULL OR expire_at > ${now}))`
  }
  if (scope.kind === 'everything') return sql`(variant = 'latest' OR has_latest = 0)`
  const inUnits = scope.units.length ? sql`unit IN (${list(scope.units)})` : sql`1 = 0`
  const uploadedByMe = scope.userId === null ? sql`1 = 0` : sql`uploaded_by = ${scope.userId}`
  return sql`((collection <> 'media' AND ((variant = 'latest' AND ${inUnits}) OR (variant = 'live' AND NOT (has_latest = 1 AND ${inUnits}))))
    OR (collection = 'media' AND (reach IN ('public', 'press', 'internal') OR ${uploadedByMe} OR ${inUnits})))`
}

function filterCondition(filters: SearchFilters): SQL[] {
  const parts: SQL[] = []
  if (filters.collections?.length) parts.push(sql`collection IN (${list(filters.collections)})`)
  if (filters.status) parts.push(sql`status = ${filters.status}`)
  if (filters.unit !== undefined) parts.push(sql`unit = ${filters.unit}`)
  if (filters.campaign !== undefined) parts.push(sql`campaign = ${filters.campaign}`)
  if (filters.from) parts.push(sql`updated_at >= ${filters.from}`)
  if (filters.to) parts.push(sql`updated_at <= ${filters.to}`)
  return parts
}

/** How many of the words typed with marks appear as typed: exact-diacritic matches rank first (má before mã, ma). */
function exactTier(dialect: SearchDialect, query: SearchQuery): SQL {
  const words = markedWords(query)
  if (!words.length) return sql`0`
  const position = (needle: string) =>
    dialect === 'sqlite' ? sql`instr(' ' || exact || ' ', ${needle})` : sql`strpos(' ' || exact || ' ', ${needle})`
  return sql.join(
    words.map((w) => sql`(CASE WHEN ${position(` ${w.exact}${w.prefix ? '' : ' '}`)} > 0 THEN 1 ELSE 0 END)`),
    sql` + `,
  )
}

/** One page of what `scope` may read that matches `query`, best first, and how many there are in all. */
export async function searchIndex({
  candidates: CANDIDATES = DEFAULT_CANDIDATES,
  filters,
  limit,
  now = new Date(),
  page,
  payload,
  query,
  scope,
}: {
  /** The count and ranking bound (tests lower it). */
  candidates?: number
  filters: SearchFilters
  limit: number
  now?: Date
  page: number
  payload: Payload
  query: SearchQuery
  scope: SearchScope
}): Promise<SearchPage> {
  const dialect = searchDialect(payload)
  if (!dialect) throw new Error(NOT_SUPPORTED)
  if (!query.terms.length) return { hits: [], totalDocs: 0, totalIsLowerBound: false }
  const adapter = adapterOf(payload)
  if (dialect === 'postgres') {
    // With a LIMIT, PostgreSQL prefers a sequential scan that tests every row's vector (≈ 15 µs each) until enough
    // match; the GIN index finds them all in about 1 ms. Kept to this read-only transaction.
    const drizzle = adapter.drizzle as { transaction: <T>(work: (tx: unknown) => Promise<T>) => Promise<T> }
    return drizzle.transaction(async (tx) => {
      await adapter.execute({ db: tx, sql: sql`SET LOCAL enable_seqscan = off` })
      return pageOfMatches(dialect, async (statement) => (await adapter.execute({ db: tx, sql: statement })).rows)
    })
  }
  return pageOfMatches(dialect, (statement) => run(payload, statement))

  async function pageOfMatches(dialect: SearchDialect, select: (statement: SQL) => Promise<Row[]>): Promise<SearchPage> {
  const conditions = [scopeCondition(scope, now.toISOString()), ...filterCondition(filters)]
  const where =
    dialect === 'sqlite'
      ? sql.join([sql`${table(dialect)} MATCH ${fts5Match(query)}`, ...conditions], sql` AND `)
      : sql.join([sql`"vector" @@ to_tsquery('simple', ${tsQuery(query)})`, ...conditions], sql` AND `)
  // Count first, at most CANDIDATES + 1 matches (no ranking, no long texts): exact when that few, else a lower bound.
  const counted = Number(
    (await select(sql`SELECT COUNT(*) AS n FROM (SELECT 1 FROM ${table(dialect)} WHERE ${where} LIMIT ${CANDIDATES + 1}) AS capped`))[0]?.n ?? 0,
  )
  const bounded = counted > CANDIDATES
  const totalDocs = Math.min(counted, CANDIDATES)
  if (totalDocs <= (page - 1) * limit) return { hits: [], totalDocs, totalIsLowerBound: bounded }
  const relevance =
    dialect === 'sqlite' ? sql.raw(bounded ? 'rank' : `bm25("${SQLITE_TABLE}", ${BM25_WEIGHTS})`) : sql`-ts_rank("vector", to_tsquery('simple', ${tsQuery(query)}))`
  // Many matches: only a bounded candidate set is ranked. SQLite's FTS5 orders by rank itself and stops after
  // CANDIDATES rows (the access and filter conditions are checked only on the rows it hands out); PostgreSQL takes the
  // first CANDIDATES matches the GIN index finds and ranks those.
  const bound = !bounded
    ? sql``
    : dialect === 'sqlite'
      ? sql` AND rank MATCH ${`bm25(${BM25_WEIGHTS})`} ORDER BY rank LIMIT ${CANDIDATES}`
      : sql` LIMIT ${CANDIDATES}`
  const rows = await select(
    // Ranked over the narrow columns (bm25() is only usable inside the FTS query); the texts are read for the page's
    // rows alone.
    sql`SELECT t.collection, t.doc_id, t.status, t.title, t.body, t.unit, t.updated_at FROM (
        SELECT key, tier, relevance, updated_at FROM (
          SELECT ${keyColumn(dialect)} AS key, ${exactTier(dialect, query)} AS tier, ${relevance} AS relevance, updated_at
          FROM ${table(dialect)} WHERE ${where}${bound}) AS matched
        ORDER BY tier DESC, relevance ASC, updated_at DESC LIMIT ${limit} OFFSET ${(page - 1) * limit}) AS page
      JOIN ${table(dialect)} AS t ON t.${keyColumn(dialect)} = page.key
      ORDER BY page.tier DESC, page.relevance ASC, page.updated_at DESC`,
  )
  return {
    hits: rows.map((r) => ({
      body: String(r.body ?? ''),
      collection: r.collection as SearchedCollection,
      docId: Number(r.doc_id),
      status: (r.status as null | string) ?? null,
      title: String(r.title ?? ''),
      unit: r.unit === null || r.unit === undefined ? null : Number(r.unit),
      updatedAt: String(r.updated_at),
    })),
    totalDocs,
    totalIsLowerBound: bounded,
  }
  }
}

/** The index's size on disk in bytes (PostgreSQL: table, index and TOAST; SQLite: the FTS5 shadow tables' pages). */
export async function searchIndexSize(payload: Payload): Promise<number> {
  const dialect = searchDialect(payload)
  if (dialect === 'postgres') {
    const [row] = await run(payload, sql`SELECT pg_total_relation_size(${POSTGRES_TABLE}) AS n`)
    return Number(row?.n ?? 0)
  }
  if (dialect === 'sqlite') {
    const [row] = await run(payload, sql`SELECT COALESCE(SUM(pgsize), 0) AS n FROM dbstat WHERE name LIKE ${`${SQLITE_TABLE}%`}`)
    return Number(row?.n ?? 0)
  }
  return 0
}

export { SEARCHED_COLLECTIONS }
