// The search index behind one interface: an FTS5 table on SQLite, a tsvector with a GIN index on PostgreSQL, both over
// the folded text (src/search/folding.ts). Writes take the caller's transaction, so an item is findable when it commits.
import type { Payload, PayloadRequest } from 'payload'

import { sql, type SQL } from '@payloadcms/db-sqlite/drizzle'

import { boundedTotal } from './searchBound'
import { expandablePrefix, fts5Match, INDEXED_PREFIX_LENGTH, markedWords, MAX_PREFIX_EXPANSION, prefixExpansion, type SearchQuery, tsQuery } from './query'
import type { SearchScope } from './searchScope'
import { indexedTerms, SEARCHED_COLLECTIONS, type SearchedCollection, type SearchRow } from './searchRows'

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
 * `totalIsLowerBound`, and its pages rank the bound's matches the engine finds first (SQLite: the newest keys;
 * PostgreSQL: the GIN index's order); fewer matches are counted exactly and all ranked. 200 is ten pages of 20: a
 * search past it is narrowed by more words or the filters. With 1,000, a query matching a few % of 100,000 items cost
 * up to 5.8× what it cost at 1,000 items (each candidate is found, read, access-checked and ranked); with 200 and the
 * index merged, 0.6–2.0× on SQLite (README → Search).
 */
export const DEFAULT_CANDIDATES = 200
/** bm25() weights of the FTS5 columns: only title_folded (4) and body_folded (1) are indexed. */
const BM25_WEIGHTS = [...Array(14).fill('0.0'), '4.0', '1.0'].join(', ')

/** MongoDB has no search here: said once at start-up, and /api/search answers 501. */
export const NOT_SUPPORTED = 'Tìm kiếm chưa hỗ trợ MongoDB; hãy dùng SQLite hoặc PostgreSQL / Search is not supported on MongoDB; use SQLite or PostgreSQL'

export const SQLITE_TABLE = 'search_fts'
/** SQLite: every folded word longer than the prefix indexes, so a search-as-you-type prefix is written as its words. */
export const SQLITE_TERMS_TABLE = 'search_terms'
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
    `CREATE TABLE IF NOT EXISTS "${SQLITE_TERMS_TABLE}" ("term" text PRIMARY KEY NOT NULL) WITHOUT ROWID`,
  ],
}

/** Tables that belong to the index (FTS5 keeps its data in shadow tables named after it); schema pushes leave them alone. */
export const isSearchTable = (name: string): boolean =>
  name === POSTGRES_TABLE || name === SQLITE_TABLE || name === SQLITE_TERMS_TABLE || name.startsWith(`${SQLITE_TABLE}_`)

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
  if (dialect === 'sqlite') await writeTerms({ payload, req, terms: indexedTerms(rows) })
}

/**
 * Adds words to SQLite's word list (src/search/query.ts, prefixExpansion), in the rows' transaction. Words are never
 * removed: a word no row holds any more costs a search nothing.
 */
async function writeTerms({ payload, req, terms }: { payload: Payload; req?: Partial<PayloadRequest>; terms: string[] }): Promise<void> {
  for (let i = 0; i < terms.length; i += 5000) {
    await run(payload, sql`INSERT OR IGNORE INTO ${sql.raw(`"${SQLITE_TERMS_TABLE}"`)} ("term") SELECT value FROM json_each(${JSON.stringify(terms.slice(i, i + 5000))})`, req)
  }
}

/** Inserts many rows in few statements (reindex, benchmark): callers have emptied the keys first. */
export async function insertSearchRows({ payload, req, rows }: { payload: Payload; req?: Partial<PayloadRequest>; rows: SearchRow[] }): Promise<void> {
  const dialect = searchDialect(payload)
  if (!dialect) return
  for (let i = 0; i < rows.length; i += 200) {
    const values = rows.slice(i, i + 200).map((row) => valuesOf(dialect, row))
    await run(payload, sql`INSERT INTO ${table(dialect)} (${columns(dialect)}) VALUES ${sql.join(values, sql`, `)}`, req)
  }
  if (dialect === 'sqlite') await writeTerms({ payload, req, terms: indexedTerms(rows) })
}

export async function clearSearchIndex({ payload, req }: { payload: Payload; req?: Partial<PayloadRequest> }): Promise<void> {
  const dialect = searchDialect(payload)
  if (dialect) await run(payload, sql`DELETE FROM ${table(dialect)}`, req)
  if (dialect === 'sqlite') await run(payload, sql`DELETE FROM ${sql.raw(`"${SQLITE_TERMS_TABLE}"`)}`, req)
}

/**
 * Pages FTS5 writes per merge step: at 100,000 items ≈ 20 ms a step, the longest ≈ 0.25 s (1,000 pages: ≈ 70 ms, the
 * longest ≈ 0.3 s; the whole merge ≈ 2.5 s either way). libsql runs a statement on the server's thread, so a step also
 * holds up requests that long; writers in other processes wait for it.
 */
export const MERGE_STEP_PAGES = 250

/**
 * SQLite: merges the full-text index's segments into one, a step at a time (FTS5's incremental optimize: `'merge'`
 * with a negative page count), each step its own short transaction. FTS5 adds a segment for every write and merges
 * them only in fours per level, so an index written item by item (or filled in batches) holds tens of segments, and
 * every search opens and seeks each of them: at 100,000 items, 23 segments made a search's fixed cost 0.5 ms and a
 * past-the-bound search twice what it is on one segment. Run nightly (searchMaintenanceTask) and after a reindex.
 * Answers the steps taken and the segments left; PostgreSQL and MongoDB answer at once (nothing to merge).
 */
export async function mergeSearchIndex({ maxSteps = 10_000, payload }: { maxSteps?: number; payload: Payload }): Promise<{ segments: number; steps: number }> {
  if (searchDialect(payload) !== 'sqlite') return { segments: 0, steps: 0 }
  const execute = async (raw: string) => (await adapterOf(payload).execute({ drizzle: adapterOf(payload).drizzle, raw })).rows
  const changes = async () => Number((await execute('SELECT total_changes() AS n'))[0]?.n ?? 0)
  let steps = 0
  while (steps < maxSteps) {
    const before = await changes()
    await execute(`INSERT INTO "${SQLITE_TABLE}"("${SQLITE_TABLE}", rank) VALUES('merge', -${MERGE_STEP_PAGES})`)
    steps++
    // FTS5: a step that merged anything changes at least two rows; one that found nothing to merge, fewer.
    if ((await changes()) - before < 2) break
    // Let the writes waiting for the database in between.
    await new Promise((resolve) => setImmediate(resolve))
  }
  return { segments: await searchSegments(payload), steps }
}

/** SQLite: how many segments the full-text index is in (1 after mergeSearchIndex, until the next write). */
export async function searchSegments(payload: Payload): Promise<number> {
  if (searchDialect(payload) !== 'sqlite') return 0
  const [row] = (await adapterOf(payload).execute({ drizzle: adapterOf(payload).drizzle, raw: `SELECT COUNT(DISTINCT segid) AS n FROM "${SQLITE_TABLE}_idx"` })).rows
  return Number(row?.n ?? 0)
}

/**
 * SQLite: the word list filled from the index's own vocabulary (a database indexed before the list existed); one
 * pass over the index.
 */
export async function fillTermsFromIndex(payload: Payload): Promise<void> {
  if (searchDialect(payload) !== 'sqlite') return
  const execute = (raw: string) => adapterOf(payload).execute({ drizzle: adapterOf(payload).drizzle, raw })
  await execute(`CREATE VIRTUAL TABLE IF NOT EXISTS temp."search_vocab" USING fts5vocab(main, "${SQLITE_TABLE}", 'row')`)
  try {
    await execute(`INSERT OR IGNORE INTO "${SQLITE_TERMS_TABLE}" ("term") SELECT term FROM temp."search_vocab" WHERE length(term) > ${INDEXED_PREFIX_LENGTH}`)
  } finally {
    await execute(`DROP TABLE IF EXISTS temp."search_vocab"`)
  }
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

/** The columns of the FTS5 table in their declared order: its `_content` shadow table stores them as c0, c1, … */
export const SQLITE_COLUMNS = ['collection', 'doc_id', 'variant', 'unit', 'campaign', 'status', 'is_public', 'reach', 'uploaded_by', 'has_latest',
  'publish_at', 'expire_at', 'updated_at', 'title', 'title_folded', 'body_folded', 'exact', 'body'] as const
type IndexColumn = (typeof SQLITE_COLUMNS)[number]

/** The columns a page's rows answer (SQLite reads them from the content table by key: through FTS5, ≈ 8 µs more a row). */
const PAGE_COLUMNS = ['collection', 'doc_id', 'status', 'title', 'body', 'unit', 'updated_at'] as const satisfies readonly IndexColumn[]

/** SQLite: the content table's column for `name` (read directly, see searchIndex); PostgreSQL: the column itself. */
const columnOf = (dialect: SearchDialect, name: IndexColumn): SQL =>
  sql.raw(dialect === 'sqlite' ? `c.c${SQLITE_COLUMNS.indexOf(name)}` : name)

/** The read access of `scope` as a condition on index rows (the same rules as the collections' `read` access). */
export function scopeCondition(scope: SearchScope, now: string, dialect: SearchDialect = 'postgres'): SQL {
  const c = (name: IndexColumn) => columnOf(dialect, name)
  if (scope.kind === 'public') {
    return sql`(${c('variant')} = 'live' AND ${c('is_public')} = 1 AND (${c('publish_at')} IS NULL OR ${c('publish_at')} <= ${now})
      AND (${c('expire_at')} IS NULL OR ${c('expire_at')} > ${now}))`
  }
  if (scope.kind === 'everything') return sql`(${c('variant')} = 'latest' OR ${c('has_latest')} = 0)`
  const inUnits = scope.units.length ? sql`${c('unit')} IN (${list(scope.units)})` : sql`1 = 0`
  const uploadedByMe = scope.userId === null ? sql`1 = 0` : sql`${c('uploaded_by')} = ${scope.userId}`
  return sql`((${c('collection')} <> 'media' AND ((${c('variant')} = 'latest' AND ${inUnits}) OR (${c('variant')} = 'live' AND NOT (${c('has_latest')} = 1 AND ${inUnits}))))
    OR (${c('collection')} = 'media' AND (${c('reach')} IN ('public', 'press', 'internal') OR ${uploadedByMe} OR ${inUnits})))`
}

function filterCondition(dialect: SearchDialect, filters: SearchFilters): SQL[] {
  const c = (name: IndexColumn) => columnOf(dialect, name)
  const parts: SQL[] = []
  if (filters.collections?.length) parts.push(sql`${c('collection')} IN (${list(filters.collections)})`)
  if (filters.status) parts.push(sql`${c('status')} = ${filters.status}`)
  if (filters.unit !== undefined) parts.push(sql`${c('unit')} = ${filters.unit}`)
  if (filters.campaign !== undefined) parts.push(sql`${c('campaign')} = ${filters.campaign}`)
  if (filters.from) parts.push(sql`${c('updated_at')} >= ${filters.from}`)
  if (filters.to) parts.push(sql`${c('updated_at')} <= ${filters.to}`)
  return parts
}

/** How many of the words typed with marks appear as typed: exact-diacritic matches rank first (má before mã, ma). */
function exactTier(dialect: SearchDialect, query: SearchQuery): SQL {
  const words = markedWords(query)
  if (!words.length) return sql`0`
  const exact = columnOf(dialect, 'exact')
  const position = (needle: string) =>
    dialect === 'sqlite' ? sql`instr(' ' || ${exact} || ' ', ${needle})` : sql`strpos(' ' || ${exact} || ' ', ${needle})`
  return sql.join(
    words.map((w) => sql`(CASE WHEN ${position(` ${w.exact}${w.prefix ? '' : ' '}`)} > 0 THEN 1 ELSE 0 END)`),
    sql` + `,
  )
}

/** Best first: the exact-diacritic tier, relevance (lower is better: BM25, -ts_rank), the newest, the key. */
const RANKING = sql.raw('tier DESC, relevance ASC, updated_at DESC, key DESC')

/**
 * One statement (a second round trip, or handing the candidate rows to Node, costs as much as ranking them) that
 * finds the matches `scope` may read, at most `bound` + 1 of them, ranks the first `bound` and answers the page's rows
 * with the texts, and the number of candidates (one row with `total` alone when the page is empty).
 *
 * SQLite: FTS5 hands out matches in rowid order, highest key first, and stops at the bound; the access and filter
 * columns (and the page's texts) are read from FTS5's content table (`search_fts_content`, columns c0… in declared
 * order) by key, which reads only the columns asked for: through the FTS5 table every row is read whole, long texts and all
 * (what made the first bounded version slower than unbounded ranking for queries under the bound: it read every
 * match twice that way, once to count and once to rank). When the query matches no more than the bound before access
 * (rawMatches), BM25 scores each match in the scan that finds it; else the first bound + 1 readable matches are
 * ranked as below.
 *
 * PostgreSQL: the GIN match, planned as a MATERIALIZED CTE without the LIMIT (a LIMIT next to the match made the
 * planner test every row's vector in a sequential scan until enough matched, ≈ 15 µs a row: 300 ms for a word in 5 %
 * of 100,000 items): the planner takes the GIN bitmap unless most rows match, and then a sequential scan finds the
 * first bound + 1 within a few thousand rows; the CTE is read only as far as the LIMIT. ts_rank (which reads the
 * vector out of TOAST) ranks the candidates when they are within the bound; past it they are ranked by the
 * exact-diacritic tier and then the newest.
 */
function pageStatement({ bound, dialect, filters, isPastBound, limit, match, now, page, query, scope }: {
  bound: number
  /** SQLite: the query's MATCH expression (fts5Match, with the prefix written as its words where it can be). */
  match: string
  /** SQLite: the query matches more than `bound` rows before access (rawMatches). */
  isPastBound: boolean
  dialect: SearchDialect
  filters: SearchFilters
  limit: number
  now: Date
  page: number
  query: SearchQuery
  scope: SearchScope
}): SQL {
  const conditions = [scopeCondition(scope, now.toISOString(), dialect), ...filterCondition(dialect, filters)]
  const offset = (page - 1) * limit
  if (dialect === 'postgres') {
    const tsquery = sql`to_tsquery('simple', ${tsQuery(query)})`
    return sql`WITH matched AS MATERIALIZED (
        SELECT "id" AS key, ${exactTier(dialect, query)} AS tier, updated_at, "vector"
        FROM ${table(dialect)} WHERE ${sql.join([sql`"vector" @@ ${tsquery}`, ...conditions], sql` AND `)}),
      candidates AS MATERIALIZED (SELECT key, tier, updated_at, "vector", ROW_NUMBER() OVER () AS found FROM (SELECT * FROM matched LIMIT ${bound + 1}) AS first),
      span AS (SELECT COUNT(*) AS n FROM candidates),
      ranked AS (
        SELECT key, tier, updated_at, CASE WHEN (SELECT n FROM span) <= ${bound} THEN -ts_rank("vector", ${tsquery}) ELSE 0 END AS relevance
        FROM candidates WHERE found <= ${bound}),
      page AS (SELECT key, tier, relevance, updated_at FROM ranked ORDER BY ${RANKING} LIMIT ${limit} OFFSET ${offset})
      SELECT span.n AS total, t."id" AS key, t.collection, t.doc_id, t.status, t.title, t.body, t.unit, t.updated_at
      FROM span LEFT JOIN page ON true LEFT JOIN ${table(dialect)} AS t ON t."id" = page.key
      ORDER BY page.tier DESC, page.relevance ASC, page.updated_at DESC, page.key DESC`
  }
  const fts = table(dialect)
  const candidates = sql`FROM ${fts} AS f JOIN ${sql.raw(`"${SQLITE_TABLE}_content"`)} AS c ON c.id = f.rowid
    WHERE ${sql.join([sql`${fts} MATCH ${match}`, ...conditions], sql` AND `)}`
  const answer = sql`page AS MATERIALIZED (SELECT key, tier, relevance, updated_at FROM ranked ORDER BY ${RANKING} LIMIT ${limit} OFFSET ${offset})
    SELECT span.n AS total, c.id AS key, ${sql.join(PAGE_COLUMNS.map((name) => sql`${columnOf(dialect, name)} AS ${sql.raw(name)}`), sql`, `)}
    FROM span LEFT JOIN page ON 1 LEFT JOIN ${sql.raw(`"${SQLITE_TABLE}_content"`)} AS c ON c.id = page.key
    ORDER BY page.tier DESC, page.relevance ASC, page.updated_at DESC, page.key DESC`
  if (!isPastBound) {
    // BM25 scores each match in the scan that finds it.
    return sql`WITH ranked AS MATERIALIZED (
        SELECT f.rowid AS key, ${exactTier(dialect, query)} AS tier, ${columnOf(dialect, 'updated_at')} AS updated_at,
          bm25(${fts}, ${sql.raw(BM25_WEIGHTS)}) AS relevance ${candidates}),
      span AS (SELECT COUNT(*) AS n FROM ranked),
      ${answer}`
  }
  // The candidates are ranked by BM25 in one more pass over FTS5's index for their key range when access left them
  // within the bound; else by a match of the whole query in the title, read from the row the access check has read
  // (BM25 in the first scan would score rows the bound drops; a second pass for the title cost more than the reading).
  return sql`WITH candidates AS MATERIALIZED (
      SELECT f.rowid AS key, ${exactTier(dialect, query)} AS tier, ${titleHit(query)} AS hit, ${columnOf(dialect, 'updated_at')} AS updated_at ${candidates}
      ORDER BY f.rowid DESC LIMIT ${bound + 1}),
    span AS MATERIALIZED (SELECT COUNT(*) AS n, MIN(key) AS lo, MAX(key) AS hi FROM candidates),
    scored AS MATERIALIZED (
      SELECT rowid AS key, bm25(${fts}, ${sql.raw(BM25_WEIGHTS)}) AS relevance FROM ${fts}
      WHERE ${fts} MATCH ${match} AND rowid BETWEEN (SELECT lo FROM span) AND (SELECT hi FROM span) AND (SELECT n FROM span) <= ${bound}),
    ranked AS (
      SELECT candidates.key AS key, tier, updated_at, COALESCE(scored.relevance, -hit) AS relevance
      FROM candidates LEFT JOIN scored ON scored.key = candidates.key
      WHERE (SELECT n FROM span) <= ${bound} OR candidates.key > (SELECT lo FROM span)),
    ${answer}`
}

/**
 * SQLite: 1 when the whole query appears in the item's folded title (a phrase as typed, the last word as a prefix
 * while it is being typed), else 0.
 */
function titleHit(query: SearchQuery): SQL {
  const title = sql`' ' || ${columnOf('sqlite', 'title_folded')} || ' '`
  const terms = query.terms.map((term) => sql`instr(${title}, ${` ${term.words.map((w) => w.folded).join(' ')}${term.prefix ? '' : ' '}`}) > 0`)
  return sql`(${sql.join(terms, sql` AND `)})`
}

/** SQLite: how many rows match before access, up to `bound` + 1, from FTS5's index alone (≈ 0.5 ms). */
async function rawMatches({ bound, match, payload }: { bound: number; match: string; payload: Payload }): Promise<number> {
  const fts = table('sqlite')
  const [row] = await run(payload, sql`SELECT COUNT(*) AS n FROM (SELECT 1 FROM ${fts} WHERE ${fts} MATCH ${match} LIMIT ${bound + 1})`)
  return Number(row?.n ?? 0)
}

/** SQLite: the query's MATCH expression, its prefix written as the words it starts when the word list allows (≈ 0.1 ms). */
async function sqliteMatch(payload: Payload, query: SearchQuery): Promise<string> {
  const prefix = expandablePrefix(query)
  if (!prefix) return fts5Match(query)
  const rows = await run(
    payload,
    sql`SELECT "term" FROM ${sql.raw(`"${SQLITE_TERMS_TABLE}"`)} WHERE "term" >= ${prefix} AND "term" < ${`${prefix}\u{10FFFF}`} ORDER BY "term" LIMIT ${MAX_PREFIX_EXPANSION + 1}`,
  )
  return fts5Match(query, prefixExpansion(prefix, rows.map((r) => String(r.term))))
}

/** One page of what `scope` may read that matches `query`, best first, and how many there are in all. */
export async function searchIndex({
  candidates: bound = DEFAULT_CANDIDATES,
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
  // SQLite first asks FTS5's index whether the query matches more than the bound at all (nothing: done), and then
  // runs the statement for that case: one that scores with BM25 as it scans is cheaper to prepare and run.
  const match = dialect === 'sqlite' ? await sqliteMatch(payload, query) : ''
  const raw = dialect === 'sqlite' ? await rawMatches({ bound, match, payload }) : bound + 1
  if (raw === 0) return { hits: [], totalDocs: 0, totalIsLowerBound: false }
  const rows = await run(payload, pageStatement({ bound, dialect, filters, isPastBound: raw > bound, limit, match, now, page, query, scope }))
  const { totalDocs, totalIsLowerBound } = boundedTotal({ bound, found: Number(rows[0]?.total ?? 0) })
  const hits = rows
    .filter((r) => r.key !== null && r.key !== undefined)
    .map((r) => ({
      body: String(r.body ?? ''),
      collection: r.collection as SearchedCollection,
      docId: Number(r.doc_id),
      status: (r.status as null | string) ?? null,
      title: String(r.title ?? ''),
      unit: r.unit === null || r.unit === undefined ? null : Number(r.unit),
      updatedAt: String(r.updated_at),
    }))
  return { hits, totalDocs, totalIsLowerBound }
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
