// Costs against the size of the archive: seeds 1,000 → 10,000 → 100,000 items (articles, talking points, briefs in
// several units, with the versions, relations, locales and workflow events the workflow writes) and times, at each
// size, what editors, reviewers, outlets and readers ask for; then prints the ratio of the largest size to the first.
//
// Seeding: a template of items is driven through the real workflow over REST (draft → submit → approve/request
// changes/withdraw), then multiplied with SQL `INSERT … SELECT` over every table those items live in, with shifted ids,
// dates and slugs and rotating units. Copies are made of archive states only (published, withdrawn, draft, changes
// requested): the review queue keeps the template's few items in review, as a real archive would. The copies belong to
// older campaigns of about 1,000 items each (a province's month of work), made as they grow; the campaign under test
// keeps the template's items, so its report is measured against the archive, not against a campaign that grows with it.
// An informational last case moves every item into one campaign for its report, then back.
//
//   npm run bench:scale [-- --sizes 1000,10000,100000 --runs 7 --plans before]
//   npm run bench:scale -- postgres://postgres:postgres@127.0.0.1:5432/postgres   (makes a fresh database, drops it after)
// --plans <name> writes the plans of the slowest statement of each case (every statement of the campaign report) at the
// largest size to bench/plans/<dialect>-<name>.txt.
import { existsSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const args = process.argv.slice(2)
const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback)
const SIZES = option('--sizes', '1000,10000,100000').split(',').map(Number)
const RUNS = Math.max(5, Number(option('--runs', '7')))
const PLANS = option('--plans', '')
const postgresUrl = [...args, process.env.DATABASE_URL ?? ''].find((a) => /^postgres(ql)?:\/\//.test(a))
if (postgresUrl) process.env.TEST_DATABASE_URL = postgresUrl
else delete process.env.TEST_DATABASE_URL
process.env.DISABLE_PAYLOAD_HMR = 'true'
process.env.NGUON_RUN_JOBS = 'false'

type Row = Record<string, unknown>
type Id = number | string
/** `beforeEach` runs before every timed request, outside its time. */
type Case = { beforeEach?: () => Promise<unknown>; label: string; run: () => Promise<unknown>; runs?: number; setup?: () => Promise<void>; teardown?: () => Promise<void> }
type Captured = { ms: number; params: unknown[]; sql: string }

let stopAdmin = async () => undefined
const median = (ms: number[]) => [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)]!

async function main() {
  const [{ startWorkflowWorld }, { startRealServer }, { api }, { generateFeedToken, hashFeedToken }, { markFeedsStale }, { loadReviewQueue }, { createLocalReq }] = await Promise.all([
    import('../tests/helpers/workflow'),
    import('../tests/helpers/realServer'),
    import('../tests/helpers/api'),
    import('../src/feeds/outletToken'),
    import('../src/feeds/feedCache'),
    import('../src/admin/workflow/loadReviewQueue'),
    import('payload'),
  ])
  const world = await startWorkflowWorld('bench-scale')
  const { payload } = world.t
  const adapter = payload.db as unknown as { drizzle: unknown; execute: (a: { drizzle: unknown; raw: string }) => Promise<{ rows: Row[] }>; name: string }
  const dialect = adapter.name === 'postgres' ? 'postgres' : 'sqlite'
  const q = async (raw: string) => (await adapter.execute({ drizzle: adapter.drizzle, raw })).rows
  const quote = (name: string) => `"${name}"`

  // --- The template, through the workflow --------------------------------------------------------------------------
  const started = performance.now()
  type State = 'changes_requested' | 'draft' | 'in_review' | 'published' | 'withdrawn'
  const plan: [collection: string, state: State, count: number][] = [
    ['articles', 'published', 20], ['articles', 'in_review', 3], ['articles', 'draft', 3], ['articles', 'changes_requested', 2], ['articles', 'withdrawn', 2],
    ['talking-points', 'published', 7], ['talking-points', 'in_review', 2], ['talking-points', 'draft', 1],
    ['briefs', 'published', 7], ['briefs', 'in_review', 2], ['briefs', 'draft', 1],
  ]
  const authors = ['editor', 'editor2', 'chief'] as const
  let n = 0
  let newestArticle: { id: Id; slug: string } | undefined
  for (const [collection, state, count] of plan) {
    for (let i = 0; i < count; i++) {
      n++
      const author = authors[n % authors.length]!
      const text = `số ${n}: Hà Tĩnh tuyên truyền kỷ niệm 75 năm Ngày Nhân quyền thế giới`
      const data =
        collection === 'articles'
          ? { summary: `Tóm tắt bài ${text}`, title: `Bài ${text}` }
          : collection === 'briefs'
            ? { claim: `Luận điệu ${text}`, title: `Lập luận ${text}` }
            : { headline: `Đề cương ${text}`, keyMessage: `Thông điệp ${text}` }
      const created = await api<{ doc: { id: Id; slug?: string } }>(world.server.url, `/api/${collection}`, {
        body: world.complete(collection, { ...data, audiences: ['public'], channels: ['newspaper', 'web', 'radio'] }),
        token: world.tokens[author],
      })
      if (created.status !== 201) throw new Error(`create ${collection}: ${created.status} ${JSON.stringify(created.body)}`)
      const id = created.body.doc.id
      const steps: [string, Row][] = {
        changes_requested: [[author, { action: 'submit' }], ['reviewer', { action: 'request-changes', note: 'Bổ sung nguồn số liệu' }]],
        draft: [],
        in_review: [[author, { action: 'submit' }]],
        published: [[author, { action: 'submit' }], ['reviewer', { action: 'approve' }]],
        withdrawn: [[author, { action: 'submit' }], ['reviewer', { action: 'approve' }], ['reviewer', { action: 'withdraw', note: 'Gỡ để rà soát' }]],
      }[state] as [string, Row][]
      for (const [who, body] of steps) {
        const res = await world.act(who as never, id, body, collection)
        if (res.status !== 200) throw new Error(`${collection} ${id} ${String(body.action)}: ${res.status} ${JSON.stringify(res.body)}`)
      }
      if (collection === 'articles' && state === 'published') newestArticle = { id, slug: created.body.doc.slug ?? '' }
    }
  }
  const templateItems = n
  const outlets: { kind: string; token: string }[] = []
  for (const [kind, channel, accessLevel] of [['newspaper', 'newspaper', 'press'], ['radio', 'radio', 'public'], ['web', 'web', 'public']] as const) {
    const token = generateFeedToken()
    await payload.create({
      collection: 'outlets',
      data: { accessLevel, channels: [channel], kind, name: `Cơ quan ${kind}`, tokenHash: hashFeedToken(token) } as never,
      overrideAccess: true,
    })
    outlets.push({ kind: channel, token })
  }
  console.log(`template: ${templateItems} items through the workflow in ${((performance.now() - started) / 1000).toFixed(1)} s`)

  // --- Multiplying it in SQL ---------------------------------------------------------------------------------------
  const COLLECTIONS = [
    { slug: 'articles', table: 'articles' },
    { slug: 'talking-points', table: 'talking_points' },
    { slug: 'briefs', table: 'briefs' },
  ]
  const allTables = (
    dialect === 'postgres'
      ? await q(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`)
      : await q(`SELECT name FROM sqlite_master WHERE type = 'table'`)
  ).map((r) => String(r.name))
  const units = (await q(`SELECT id FROM units ORDER BY id`)).map((r) => Number(r.id))
  type Column = { name: string; ref?: string; type: string }
  async function columnsOf(table: string): Promise<Column[]> {
    if (dialect === 'postgres') {
      const cols = await q(`SELECT column_name AS name, data_type AS type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '${table}' ORDER BY ordinal_position`)
      const fks = await q(`SELECT kcu.column_name AS name, ccu.table_name AS ref FROM information_schema.table_constraints tc
        JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
        JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
        WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public' AND tc.table_name = '${table}'`)
      return cols.map((c) => ({ name: String(c.name), ref: fks.find((f) => f.name === c.name)?.ref as string | undefined, type: String(c.type) }))
    }
    const cols = await q(`SELECT name, type FROM pragma_table_info('${table}')`)
    const fks = await q(`SELECT "from" AS name, "table" AS ref FROM pragma_foreign_key_list('${table}')`)
    return cols.map((c) => ({ name: String(c.name), ref: fks.find((f) => f.name === c.name)?.ref as string | undefined, type: String(c.type).toLowerCase() }))
  }
  const isInteger = (type: string) => /int|serial|numeric/.test(type)
  const isDate = (c: Column) => (dialect === 'postgres' ? c.type.startsWith('timestamp') : /(^|_)at$/.test(c.name))

  type Copied = { columns: Column[]; filter: string; name: string; order: number }
  const copied: Copied[] = []
  const archived = new Map<string, number[]>()
  for (const c of COLLECTIONS) {
    // By the latest version's state: an item in review is a draft in its own table until approved.
    const ids = (
      await q(`SELECT parent_id AS id FROM _${c.table}_v WHERE latest = ${dialect === 'postgres' ? 'true' : '1'}
        AND version_workflow_status IN ('published', 'withdrawn', 'draft', 'changes_requested') ORDER BY parent_id`)
    ).map((r) => Number(r.id))
    archived.set(c.slug, ids)
    // The item's table, its versions, and every table below them (arrays, locales, relations, arrays in arrays…),
    // each filtered to the template items' rows through its parent.
    const names = allTables.filter((name) => name === c.table || name.startsWith(`${c.table}_`) || name === `_${c.table}_v` || name.startsWith(`_${c.table}_v_`))
    const columns = new Map<string, Column[]>()
    for (const name of names) columns.set(name, await columnsOf(name))
    const placed = new Map<string, Copied>()
    const place = (name: string): Copied => {
      const known = placed.get(name)
      if (known) return known
      const cols = columns.get(name)!
      let table: Copied
      if (name === c.table) table = { columns: cols, filter: `id IN (${ids.join(', ')})`, name, order: 0 }
      else {
        const parent = ['_parent_id', 'parent_id'].map((p) => cols.find((col) => col.name === p && col.ref && columns.has(col.ref))).find(Boolean)
        if (!parent) throw new Error(`${name}: no parent among ${names.join(', ')}`)
        const above = place(parent.ref!)
        table = { columns: cols, filter: `${quote(parent.name)} IN (SELECT id FROM ${quote(above.name)} WHERE ${above.filter})`, name, order: above.order + 1 }
      }
      placed.set(name, table)
      return table
    }
    for (const name of names) copied.push(place(name))
    copied.push({
      columns: await columnsOf('workflow_events'),
      filter: `item_collection = '${c.slug}' AND item_id IN (${ids.map((id) => `'${id}'`).join(', ')})`,
      name: 'workflow_events',
      order: 99,
    })
  }
  copied.sort((a, b) => a.order - b.order)
  const copiedNames = new Set(copied.map((t) => t.name))
  let stride = 1
  for (const name of copiedNames) {
    const [row] = await q(`SELECT max(id) AS m FROM ${quote(name)}`)
    if (typeof row?.m === 'number' || /^\d+$/.test(String(row?.m))) stride = Math.max(stride, Number(row!.m) + 1)
  }
  stride = 10 ** Math.ceil(Math.log10(stride + 1))
  const perCopy = [...archived.values()].reduce((sum, ids) => sum + ids.length, 0)
  const unitCase = (k: string) => `(CASE (${k}) % ${units.length} ${units.map((u, i) => `WHEN ${i} THEN ${u}`).join(' ')} END)`
  // Older campaigns, ~1,000 items each: copy k (k ≥ 1) belongs to archiveCampaigns[floor((k - 1) / copiesPerCampaign)].
  const copiesPerCampaign = Math.max(1, Math.round(1000 / perCopy))
  const archiveCampaigns: Id[] = []
  const campaignThemes = ['Phòng, chống thiên tai', 'An toàn giao thông', 'Chuyển đổi số', 'Xây dựng nông thôn mới', 'Phòng, chống ma túy', 'Bảo vệ môi trường', 'Cải cách hành chính', 'Kỷ niệm Quốc khánh 2/9']
  async function ensureArchiveCampaigns(lastCopy: number) {
    const hour = 3_600_000
    while (archiveCampaigns.length < Math.ceil(lastCopy / copiesPerCampaign)) {
      const i = archiveCampaigns.length
      // Copy k's dates are the template's moved k hours back: the campaign spans its copies, with a day either side.
      const endsAt = new Date(Date.now() - (i * copiesPerCampaign + 1) * hour + 86_400_000)
      const startsAt = new Date(Date.now() - ((i + 1) * copiesPerCampaign + 1) * hour - 30 * 86_400_000)
      const campaign = await payload.create({
        collection: 'campaigns',
        data: { endsAt: endsAt.toISOString(), startsAt: startsAt.toISOString(), status: 'closed', title: `${campaignThemes[i % campaignThemes.length]} — đợt ${Math.floor(i / campaignThemes.length) + 1}` } as never,
        overrideAccess: true,
      })
      archiveCampaigns.push(campaign.id)
    }
  }
  const literal = (id: Id) => (typeof id === 'number' ? String(id) : `'${id}'`)
  /** The campaign of copy `k` (an SQL expression): the one under test for the template (k = 0), an older one otherwise. */
  const campaignCase = (k: string) =>
    `(CASE WHEN (${k}) = 0 THEN ${literal(world.campaign)} ${archiveCampaigns.map((id, i) => `WHEN ((${k}) - 1) / ${copiesPerCampaign} = ${i} THEN ${literal(id)}`).join(' ')} END)`

  function expression(table: Copied, column: Column): string {
    const col = quote(column.name)
    const shift = `ks.k * ${stride}`
    if (column.name === 'id') return isInteger(column.type) ? `${col} + ${shift}` : `${col} || '-' || ks.k`
    if (column.ref && copiedNames.has(column.ref)) return isInteger(column.type) ? `${col} + ${shift}` : `${col} || '-' || ks.k`
    if (column.ref === 'campaigns') return `CASE WHEN ${col} IS NULL THEN NULL ELSE ${campaignCase('ks.k')} END`
    if (column.name === 'unit_id' || column.name === 'version_unit_id') return `CASE WHEN ${col} IS NULL THEN NULL ELSE ${unitCase('ks.k')} END`
    if (column.name === 'slug' || column.name === 'version_slug') return `${col} || '-' || ks.k`
    if (table.name === 'workflow_events' && column.name === 'item_id') return dialect === 'postgres' ? `(${col}::integer + ${shift})::text` : `CAST(CAST(${col} AS integer) + ${shift} AS text)`
    if (isDate(column)) return dialect === 'postgres' ? `${col} - ks.k * interval '1 hour'` : `strftime('%Y-%m-%dT%H:%M:%fZ', ${col}, '-' || ks.k || ' hours')`
    return col
  }
  let copies = 0
  async function growTo(size: number) {
    const target = Math.max(0, Math.ceil((size - templateItems) / perCopy))
    while (copies < target) {
      const from = copies + 1
      const to = Math.min(target, copies + 250)
      await ensureArchiveCampaigns(to)
      for (const table of copied) {
        const cols = table.columns.map((c) => quote(c.name)).join(', ')
        const exprs = table.columns.map((c) => expression(table, c)).join(', ')
        await q(`WITH RECURSIVE ks(k) AS (SELECT ${from} UNION ALL SELECT k + 1 FROM ks WHERE k < ${to})
          INSERT INTO ${quote(table.name)} (${cols}) SELECT ${exprs} FROM ${quote(table.name)} CROSS JOIN ks WHERE ${table.filter}`)
      }
      copies = to
    }
    if (dialect === 'postgres') {
      for (const name of copiedNames) {
        const id = (await columnsOf(name)).find((c) => c.name === 'id')
        if (id && isInteger(id.type)) await q(`SELECT setval(pg_get_serial_sequence('${name}', 'id'), (SELECT max(id) FROM ${quote(name)}))`)
      }
      await q('ANALYZE')
    } else await q('ANALYZE')
  }

  // --- What is measured --------------------------------------------------------------------------------------------
  const { docs: users } = await payload.find({ collection: 'users', depth: 0, limit: 10, overrideAccess: true, pagination: false })
  const reviewer = { ...users.find((u) => u.email === 'reviewer@nguon.local')!, collection: 'users' }
  const editor = users.find((u) => u.email === 'editor@nguon.local')!
  const editorUnit = typeof editor.unit === 'object' ? editor.unit?.id : editor.unit
  const url = world.server.url
  const newspaper = outlets[0]!
  const get = async (pathname: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${url}${pathname}`, { headers: { 'accept-encoding': 'br, gzip', ...headers }, redirect: 'manual' })
    const body = await res.arrayBuffer()
    if (res.status !== 200) throw new Error(`${pathname}: ${res.status} ${Buffer.from(body).toString().slice(0, 300)}`)
    return body
  }
  const feedPath = `/feeds/${newspaper.kind}/rss.xml?limit=50`
  const feedHeaders = { authorization: `Bearer ${newspaper.token}` }
  let cursor = ''
  const cases: Case[] = [
    { label: 'feed, cold (rss, limit 50)', run: () => (markFeedsStale(), get(feedPath, feedHeaders)) },
    { label: 'feed, warm', run: () => get(feedPath, feedHeaders) },
    {
      label: 'review queue (reviewer, in process)',
      run: async () => loadReviewQueue({ language: 'vi', req: await createLocalReq({ user: reviewer as never }, payload) }),
    },
    {
      label: 'admin list, editor (drafts, unit)',
      run: () => get(`/api/articles?depth=1&draft=true&limit=10&page=1&sort=-updatedAt&where[unit][in][0]=${editorUnit}`, { authorization: `JWT ${world.tokens.editor}` }),
    },
    { label: 'REST /api/articles?limit=50&depth=0', run: () => get('/api/articles?limit=50&depth=0') },
    // The same, each time just after a change to the table (its total counted again: src/countCache.ts).
    {
      beforeEach: () => q(`UPDATE articles SET updated_at = updated_at WHERE id = ${literal(newestArticle!.id)}`),
      label: 'REST list, first after a change',
      run: () => get('/api/articles?limit=50&depth=0'),
    },
    // What a client paging the archive should send: no total, the next page after the last item seen (here the 200th).
    { label: 'REST keyset page (pagination=false)', run: () => get(`/api/articles?limit=50&depth=0&pagination=false&sort=-updatedAt&where[updatedAt][less_than]=${encodeURIComponent(cursor)}`) },
    { label: 'campaign report (admin, JSON)', run: () => get(`/api/campaigns/${world.campaign}/report`, { authorization: `JWT ${world.tokens.admin}` }) },
    { label: 'public item page, cold', run: () => (markFeedsStale(), get(`/vi/articles/${newestArticle!.id}-${newestArticle!.slug}`)) },
  ]
  if (!args.includes('--no-whole-campaign')) {
    // Informational: what the report costs when one campaign holds the whole archive. It counts the campaign's own
    // items, so it grows with the campaign (flat would need counts kept as decisions happen), not with the archive.
    const whole = await payload.create({
      collection: 'campaigns',
      data: { endsAt: new Date().toISOString(), startsAt: new Date(Date.now() - 400 * 86_400_000).toISOString(), status: 'closed', title: 'Toàn bộ lưu trữ (đo đạc)' } as never,
      overrideAccess: true,
    })
    const campaignColumns = copied.flatMap((table) => table.columns.filter((c) => c.ref === 'campaigns').map((c) => ({ column: quote(c.name), table: quote(table.name) })))
    const setCampaign = async (value: (column: string) => string) => {
      for (const { column, table } of campaignColumns) await q(`UPDATE ${table} SET ${column} = ${value(column)} WHERE ${column} IS NOT NULL`)
      await q('ANALYZE')
    }
    cases.push({
      label: '(informational) report, 1 campaign = archive',
      run: () => get(`/api/campaigns/${whole.id}/report`, { authorization: `JWT ${world.tokens.admin}` }),
      runs: 3,
      setup: () => setCampaign(() => literal(whole.id)),
      // Every copied row's id is its template row's plus k × stride: that gives back its copy's campaign.
      teardown: () => setCampaign(() => campaignCase(`id / ${stride}`)),
    })
  }

  // The admin pages as the browser gets them: `npm start`'s server (src/server.ts, Next's production build) in a child
  // process on the same database, without jobs; it needs `npm run build` first.
  const hasBuild = existsSync(path.join(import.meta.dirname, '..', '.next', 'BUILD_ID'))
  if (hasBuild) {
    const admin = await startRealServer({
      dataDir: world.t.dataDir,
      env: { DATABASE_URL: process.env.DATABASE_URL!, NGUON_DATA_DIR: world.t.dataDir, NGUON_RUN_JOBS: 'false', PAYLOAD_SECRET: process.env.PAYLOAD_SECRET! },
    })
    process.once('exit', () => admin.child.kill())
    // As a browser navigates: Payload takes the session cookie only with Sec-Fetch-Site (or an allowed Origin).
    const page = async (pathname: string, who: 'editor' | 'reviewer', expected: string) => {
      const res = await fetch(`${admin.url}${pathname}`, { headers: { 'accept-encoding': 'br, gzip', cookie: `payload-token=${world.tokens[who]}`, 'sec-fetch-site': 'none' }, redirect: 'manual' })
      const html = await res.text()
      if (res.status !== 200 || !html.includes(expected)) writeFileSync(path.join(os.tmpdir(), 'nguon-bench-scale-page.html'), html)
      if (res.status !== 200 || !html.includes(expected)) throw new Error(`${pathname} as ${who}: ${res.status}, ${expected ? `no "${expected}" in` : ''} ${html.slice(0, 300)}`)
      return html
    }
    cases.splice(
      4,
      0,
      { label: 'admin list page, editor (server render)', run: () => page('/admin/collections/articles?limit=10', 'editor', 'Hà Tĩnh tuyên truyền') },
      { label: 'review queue page, reviewer (server render)', run: () => page('/admin/review-queue', 'reviewer', 'Hà Tĩnh tuyên truyền') },
    )
    stopAdmin = () => admin.stop().then(() => undefined)
  } else console.log('admin list page and review queue page (server render): skipped: run npm run build first')

  // Every statement, with its time, while a case runs (for --plans).
  let capture: Captured[] | null = null
  if (PLANS) {
    if (dialect === 'postgres') {
      const pg = (await import('pg')).default
      for (const proto of [pg.Client.prototype, pg.Pool.prototype] as unknown as { query: (...a: unknown[]) => unknown }[]) {
        const original = proto.query
        proto.query = function (this: unknown, ...a: unknown[]) {
          const text = typeof a[0] === 'string' ? a[0] : (a[0] as { text?: string })?.text
          const values = (Array.isArray(a[1]) ? a[1] : (a[0] as { values?: unknown[] })?.values) ?? []
          const t0 = performance.now()
          const result = original.apply(this, a)
          if (capture && text && result instanceof Promise) {
            const list = capture
            void result.then(() => list.push({ ms: performance.now() - t0, params: values, sql: text }), () => undefined)
          }
          return result
        }
      }
    } else {
      const client = (payload.db as unknown as { client: { execute: (...a: unknown[]) => Promise<unknown> } }).client
      const original = client.execute.bind(client)
      client.execute = async (...a: unknown[]) => {
        const stmt = a[0] as { args?: unknown[]; sql: string } | string
        const t0 = performance.now()
        const result = await original(...a)
        if (capture) capture.push({ ms: performance.now() - t0, params: typeof stmt === 'string' ? [] : (stmt.args ?? []), sql: typeof stmt === 'string' ? stmt : stmt.sql })
        return result
      }
    }
  }

  const results = new Map<number, number[]>()
  const slowest = new Map<string, Captured[]>()
  for (const size of SIZES) {
    const seedStart = performance.now()
    await growTo(size)
    const [{ items }] = (await q(`SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM talking_points) + (SELECT count(*) FROM briefs) AS items`)) as [{ items: number }]
    const [{ versions }] = (await q(`SELECT (SELECT count(*) FROM _articles_v) + (SELECT count(*) FROM _talking_points_v) + (SELECT count(*) FROM _briefs_v) AS versions`)) as [{ versions: number }]
    const [{ events }] = (await q(`SELECT count(*) AS events FROM workflow_events`)) as [{ events: number }]
    const [{ own }] = (await q(`SELECT (SELECT count(*) FROM articles WHERE campaign_id = ${literal(world.campaign)}) + (SELECT count(*) FROM talking_points WHERE campaign_id = ${literal(world.campaign)}) + (SELECT count(*) FROM briefs WHERE campaign_id = ${literal(world.campaign)}) AS own`)) as [{ own: number }]
    console.log(`\n${Number(items).toLocaleString('en')} items, ${Number(versions).toLocaleString('en')} versions, ${Number(events).toLocaleString('en')} workflow events (seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s); the campaign under test holds ${own} of them, ${archiveCampaigns.length} older campaigns the rest`)
    const [deep] = await q(`SELECT updated_at AS at FROM articles WHERE _status = 'published' ORDER BY updated_at DESC LIMIT 1 OFFSET 199`)
    cursor = new Date(String(deep?.at ?? new Date().toISOString())).toISOString()
    const medians: number[] = []
    for (const c of cases) {
      await c.setup?.()
      await c.run() // warm-up
      const ms: number[] = []
      const isLast = size === SIZES[SIZES.length - 1]
      for (let r = 0; r < (c.runs ?? RUNS); r++) {
        await c.beforeEach?.()
        if (isLast && PLANS && r === 0) capture = []
        const t0 = performance.now()
        await c.run()
        ms.push(performance.now() - t0)
        if (capture) {
          const reads = capture.filter((s) => /^\s*(select|with)\b/i.test(s.sql)).sort((a, b) => b.ms - a.ms)
          // The campaign report's every statement (states, channels, events, deliveries, feed reach); the slowest elsewhere.
          if (reads.length) slowest.set(c.label, c.label.includes('report') ? reads : reads.slice(0, 1))
          capture = null
        }
      }
      await c.teardown?.()
      medians.push(median(ms))
      console.log(`  ${c.label.padEnd(46)} median ${median(ms).toFixed(1).padStart(8)} ms   min ${Math.min(...ms).toFixed(1).padStart(8)} ms`)
    }
    results.set(Number(items), medians)
  }

  const sizes = [...results.keys()]
  const first = results.get(sizes[0]!)!
  const last = results.get(sizes[sizes.length - 1]!)!
  const cpus = os.cpus()
  console.log(`
Nguồn scale benchmark — ${new Date().toISOString()}, ${dialect}, median of ${RUNS} requests over HTTP (loopback, same process)
Machine ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown'}), load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, node ${process.version}

| case | ${sizes.map((s) => `${s.toLocaleString('en')} items`).join(' | ')} | ratio ${sizes[sizes.length - 1]!.toLocaleString('en')}/${sizes[0]!.toLocaleString('en')} |
| --- | ${sizes.map(() => '---').join(' | ')} | --- |
${cases.map((c, i) => `| ${c.label} | ${sizes.map((s) => `${results.get(s)![i]!.toFixed(1)} ms`).join(' | ')} | ${(last[i]! / first[i]!).toFixed(2)} |`).join('\n')}
`)

  if (PLANS) {
    const out: string[] = [`# ${dialect}, ${sizes[sizes.length - 1]!.toLocaleString('en')} items, ${new Date().toISOString()}: the slowest statement of each case (every statement of the campaign report) and its plan\n`]
    for (const [label, s] of [...slowest].flatMap(([label, list]) => list.map((s, i) => [list.length > 1 ? `${label} (${i + 1}/${list.length})` : label, s] as const))) {
      let sqlText = s.sql
      if (dialect === 'postgres') {
        const rows = await q(`EXPLAIN ANALYZE ${inline(s.sql, s.params, dialect)}`).catch((err: Error): Row[] => [{ 'QUERY PLAN': `(explain failed: ${err.message})` }])
        out.push(`## ${label} — ${s.ms.toFixed(1)} ms\n\n${sqlText}\n-- params: ${JSON.stringify(s.params)}\n\n${rows.map((r) => String(r['QUERY PLAN'])).join('\n')}\n`)
      } else {
        sqlText = inline(s.sql, s.params, dialect)
        const rows = await q(`EXPLAIN QUERY PLAN ${sqlText}`).catch((err: Error): Row[] => [{ detail: `(explain failed: ${err.message})` }])
        out.push(`## ${label} — ${s.ms.toFixed(1)} ms\n\n${sqlText}\n\n${rows.map((r) => `${r.id ?? ''}|${r.parent ?? ''} ${String(r.detail)}`).join('\n')}\n`)
      }
    }
    const file = path.join(import.meta.dirname, 'plans', `${dialect}-${PLANS}.txt`)
    writeFileSync(file, out.join('\n'))
    console.log(`plans written to ${file}`)
  }
  await stopAdmin()
  await world.stop()
  process.exit(0)
}

/** The statement with its parameters written in, for EXPLAIN. */
function inline(statement: string, params: unknown[], dialect: 'postgres' | 'sqlite'): string {
  const literal = (v: unknown) => (v === null || v === undefined ? 'NULL' : typeof v === 'number' || typeof v === 'bigint' ? String(v) : typeof v === 'boolean' ? (dialect === 'postgres' ? String(v) : v ? '1' : '0') : `'${String(v).replace(/'/g, "''")}'`)
  if (dialect === 'postgres') return statement.replace(/\$(\d+)/g, (_, i: string) => literal(params[Number(i) - 1]))
  let i = 0
  return statement.replace(/\?/g, () => literal(params[i++]))
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
