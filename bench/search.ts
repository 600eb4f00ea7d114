// Search latency and index size at 1,000, 10,000 and 100,000 items: fills the index with generated Vietnamese text
// (rows written as the hooks write them), then times folded, exact, prefix, phrase and rare-word queries as an
// anonymous reader and as an editor, through the same function /api/search calls. Prints p50/p95 and the ratio of each
// size's p95 to the 1,000-item p95 measured in the same process.
//
//   npm run bench:search [-- --sizes 1000,10000,100000 --runs 40 --phrase-rate 0.004]
//   DATABASE_URL=postgres://…/empty_db npm run bench:search   (uses that database as is: give it an empty one)
//   DATABASE_URL=file:/tmp/s.db npm run bench:search -- --sizes 100000 --reuse   (a second run re-times the kept index)
//   npm run bench:search -- --baseline src/search/searchIndex.baseline.ts   (and that module's times, run in turn)
//   npm run bench:search -- --candidates 200   (another count and ranking bound)
//   npm run bench:search -- --no-merge   (SQLite: time the index as filled, in many segments, without the nightly merge)
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { SearchRow } from '../src/search/searchRows'

const args = process.argv.slice(2)
const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback)
const SIZES = option('--sizes', '1000,10000,100000').split(',').map(Number)
const RUNS = Number(option('--runs', '40'))
// How often a word of the text is one of the campaign's phrases: 0.004 puts each phrase in about 8 % of items.
const BUDGET_MS = 15_000
const PHRASE_RATE = Number(option('--phrase-rate', '0.004'))
// With a kept database (DATABASE_URL given): a size whose items are all indexed already is timed without refilling.
const REUSE = args.includes('--reuse')
// Another searchIndex module (e.g. an earlier version, `git show <commit>:src/search/searchIndex.ts >
// src/search/searchIndex.baseline.ts`), timed in turn with the current one on the same index: the ratio column.
const BASELINE = option('--baseline', '')
// The count and ranking bound (src/search/searchIndex.ts DEFAULT_CANDIDATES unless given): to weigh a smaller bound.
const CANDIDATES = args.includes('--candidates') ? Number(option('--candidates', '')) : undefined
// SQLite: after each fill, the index is merged as the nightly searchMaintenanceTask leaves it, unless --no-merge.
const MERGE = !args.includes('--no-merge')
if (CANDIDATES !== undefined && !(Number.isInteger(CANDIDATES) && CANDIDATES > 0)) {
  console.error('--candidates takes a whole number above 0, e.g. --candidates 200')
  process.exit(2)
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'nguon-bench-search-'))
process.env.DATABASE_URL ??= `file:${path.join(dataDir, 'nguon.db')}`
process.env.NGUON_DATA_DIR = dataDir
process.env.PAYLOAD_SECRET ??= randomBytes(32).toString('hex')
process.env.DISABLE_PAYLOAD_HMR = 'true'
process.env.NGUON_RUN_JOBS = 'false'

// A deterministic generator, so every run searches the same text.
let seed = 18
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31)
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!

const ONSETS = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x']
const RHYMES = ['a', 'ai', 'am', 'an', 'ang', 'anh', 'ao', 'ăn', 'âm', 'ân', 'âu', 'e', 'em', 'en', 'ê', 'ên', 'i', 'im', 'in', 'inh', 'o', 'oa', 'oan', 'ong', 'ô', 'ôi', 'ông', 'ơ', 'ơi', 'ơn', 'u', 'ung', 'uy', 'uyên', 'ư', 'ưng', 'ươi', 'ương', 'y']
const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323']
const syllable = () => {
  const rhyme = pick(RHYMES)
  // The tone goes on the rhyme's first vowel: close enough for search, which folds it anyway.
  return `${pick(ONSETS)}${(rhyme[0] + pick(TONES)).normalize('NFC')}${rhyme.slice(1)}`.normalize('NFC')
}
// A vocabulary with a few very common words and a long tail, as in real text (Zipf-like draw).
const VOCABULARY = Array.from({ length: 6000 }, syllable)
const word = () => VOCABULARY[Math.floor(VOCABULARY.length * random() ** 2.2)]!
const PHRASES = ['nhân quyền', 'quyền con người', 'tự do tôn giáo', 'Hà Tĩnh', 'kỷ niệm 75 năm', 'ngày 10/12/2023']
const sentence = (n: number) => Array.from({ length: n }, () => (random() < PHRASE_RATE ? pick(PHRASES) : word())).join(' ')

const QUERIES: [label: string, q: string][] = [
  ['rare name (0.1 %)', 'krong pac'],
  ['folded phrase words', 'quyen con nguoi'],
  ['exact (with marks)', 'nhân quyền'],
  ['capitals', 'TỰ DO TÔN GIÁO'],
  ['prefix (as you type)', 'ha ti'],
  ['quoted phrase', '"kỷ niệm 75 năm"'],
  ['date', '10/12/2023'],
  ['frequent word', VOCABULARY[5900]!],
  ['very frequent word', VOCABULARY[0]!],
]

const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!

async function main() {
  const [{ getPayload }, { default: configPromise }, { closeDatabaseConnections }, search, rows, { parseSearchQuery }, { searchScope }] = await Promise.all([
    import('payload'),
    import('../payload.config'),
    import('../src/db'),
    import('../src/search/searchIndex'),
    import('../src/search/searchRows'),
    import('../src/search/query'),
    import('../src/search/searchScope'),
  ])
  const payload = await getPayload({ config: await configPromise })
  const before = BASELINE ? ((await import(path.resolve(BASELINE))) as { searchIndex: typeof search.searchIndex }) : null
  const dialect = search.searchDialect(payload)
  console.log(`search benchmark on ${dialect}, ${RUNS} runs per query (after one warm-up), sizes ${SIZES.join(', ')}, phrase rate ${PHRASE_RATE}, bound ${CANDIDATES ?? search.DEFAULT_CANDIDATES}`)
  const scopes = { anonymous: searchScope(null), editor: searchScope({ id: 1, roles: ['editor'], unit: 3 }) }
  const baseline: Record<string, number> = {}
  const rawExecute = (raw: string) =>
    (payload.db as unknown as { execute: (a: { drizzle: unknown; raw: string }) => Promise<{ rows: Record<string, unknown>[] }>; drizzle: unknown }).execute({
      drizzle: (payload.db as unknown as { drizzle: unknown }).drizzle,
      raw,
    })
  const table = dialect === 'sqlite' ? search.SQLITE_TABLE : search.POSTGRES_TABLE
  const kept = REUSE ? Number((await rawExecute(`SELECT MAX(doc_id) AS n FROM "${table}"`)).rows[0]?.n ?? 0) : 0
  let indexed = 0
  if (!REUSE || !SIZES.includes(kept)) await search.clearSearchIndex({ payload })
  for (const size of SIZES) {
    const started = performance.now()
    const batch: SearchRow[] = []
    if (REUSE && size === kept) indexed = size
    for (let i = indexed; i < size; i++) {
      const collection = rows.SEARCHED_COLLECTIONS[i % 5] as Exclude<(typeof rows.SEARCHED_COLLECTIONS)[number], 'media'>
      const title = sentence(8)
      // A name no generated syllable spells, in one item of 1,000: a selective query at every size.
      const body = `${sentence(120)}${i % 1000 === 499 ? ' Krông Pắc' : ''}`
      const state = random()
      const doc = {
        _status: state < 0.7 ? 'published' : 'draft',
        audiences: [random() < 0.8 ? 'public' : 'cadres'],
        body: { root: { children: [{ children: [{ text: body, type: 'text' }], type: 'paragraph' }], type: 'root' } },
        campaign: 1,
        distribution: 'public',
        headline: title,
        id: i + 1,
        intro: body,
        keyMessage: body,
        claim: body,
        text: `${title} ${body}`,
        title,
        unit: 1 + (i % 10),
        updatedAt: new Date(Date.UTC(2023, 10, 30) + i * 60_000).toISOString(),
        workflowStatus: state < 0.7 ? 'published' : 'draft',
      }
      batch.push(...rows.itemRows({ collection, latest: doc, live: doc }))
      if (batch.length >= 2000) await search.insertSearchRows({ payload, rows: batch.splice(0) })
    }
    await search.insertSearchRows({ payload, rows: batch.splice(0) })
    indexed = size
    if (dialect === 'postgres') await rawExecute('VACUUM ANALYZE search_index')
    const filled = performance.now()
    const segments = await search.searchSegments(payload)
    const merged = dialect === 'sqlite' && MERGE ? await search.mergeSearchIndex({ payload }) : null
    const bytes = await search.searchIndexSize(payload)
    console.log(
      `\n${size.toLocaleString('en')} items indexed in ${((filled - started) / 1000).toFixed(1)} s; index ${(bytes / 1_048_576).toFixed(1)} MiB` +
        (dialect !== 'sqlite' ? '' : merged ? `; ${segments} segments merged into ${merged.segments} in ${((performance.now() - filled) / 1000).toFixed(1)} s (${merged.steps} steps)` : `; ${segments} segments, not merged`),
    )
    console.log(
      `${'query'.padEnd(24)} ${'reader'.padEnd(10)} ${'hits'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p95/1k'.padStart(7)} ${'runs'.padStart(5)}` +
        (before ? ` ${'base hits'.padStart(9)} ${'base p50'.padStart(9)} ${'base p95'.padStart(9)} ${'p50/base'.padStart(9)} ${'p95/base'.padStart(9)}` : ''),
    )
    for (const [label, q] of QUERIES) {
      const query = parseSearchQuery(q)
      for (const [reader, scope] of Object.entries(scopes)) {
        const once = () => search.searchIndex({ candidates: CANDIDATES, filters: {}, limit: 20, page: 1, payload, query, scope })
        const base = before && (() => before.searchIndex({ filters: {}, limit: 20, page: 1, payload, query, scope }))
        const { totalDocs } = await once()
        const baseTotal = base ? (await base()).totalDocs : 0
        const ms: number[] = []
        const baseMs: number[] = []
        // On a loaded machine a slow query stops after BUDGET_MS (at least 5 runs), so the whole run ends.
        const began = performance.now()
        for (let r = 0; r < RUNS && (r < 5 || performance.now() - began < BUDGET_MS * (base ? 2 : 1)); r++) {
          const t0 = performance.now()
          await once()
          ms.push(performance.now() - t0)
          if (base) {
            const t1 = performance.now()
            await base()
            baseMs.push(performance.now() - t1)
          }
        }
        baseMs.sort((a, b) => a - b)
        ms.sort((a, b) => a - b)
        const key = `${label}/${reader}`
        const p95 = percentile(ms, 0.95)
        baseline[key] ??= p95
        const compared = base
          ? ` ${String(baseTotal).padStart(9)} ${percentile(baseMs, 0.5).toFixed(1).padStart(9)} ${percentile(baseMs, 0.95).toFixed(1).padStart(9)}` +
            ` ${(percentile(ms, 0.5) / percentile(baseMs, 0.5)).toFixed(2).padStart(9)} ${(p95 / percentile(baseMs, 0.95)).toFixed(2).padStart(9)}`
          : ''
        console.log(
          `${label.padEnd(24)} ${reader.padEnd(10)} ${String(totalDocs).padStart(7)} ${percentile(ms, 0.5).toFixed(1).padStart(8)} ${p95.toFixed(1).padStart(8)} ${(p95 / baseline[key]!).toFixed(2).padStart(7)} ${String(ms.length).padStart(5)}${compared}`,
        )
      }
    }
  }
  await payload.destroy()
  await closeDatabaseConnections(payload.db)
  rmSync(dataDir, { force: true, recursive: true })
  process.exit(0)
}

main().catch((err: unknown) => {
  console.error(err)
  rmSync(dataDir, { force: true, recursive: true })
  process.exit(1)
})
