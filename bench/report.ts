// Campaign progress with 10,000 items: seeds them with bulk inserts, then times the report endpoint (JSON and CSV)
// over HTTP and, with --dashboard, the admin dashboard's server render in the real server (needs the Next build).
//
//   npx tsx bench/report.ts [--items 10000] [--dashboard]
//   DATABASE_URL=postgres://… npx tsx bench/report.ts   (uses that database as is: give it an empty one)
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const args = process.argv.slice(2)
const ITEMS = Number(args[args.indexOf('--items') + 1] || 10_000) || 10_000
const WITH_DASHBOARD = args.includes('--dashboard')
const RUNS = 30

const dataDir = mkdtempSync(path.join(tmpdir(), 'nguon-bench-report-'))
process.env.DATABASE_URL ??= `file:${path.join(dataDir, 'nguon.db')}`
process.env.NGUON_DATA_DIR = dataDir
process.env.PAYLOAD_SECRET ??= randomBytes(32).toString('hex')
process.env.DISABLE_PAYLOAD_HMR = 'true'
process.env.NGUON_RUN_JOBS = 'false'

type Row = Record<string, unknown>
type Insertable = { values: (rows: Row[]) => { returning: (cols: Row) => Promise<Row[]> } & PromiseLike<unknown> }
type Drizzle = { insert: (table: unknown) => Insertable }

const STATES = ['draft', 'in_review', 'changes_requested', 'scheduled', 'published', 'published', 'published', 'withdrawn'] as const
const CHANNELS = ['newspaper', 'television', 'radio', 'loudspeaker', 'web'] as const
const COLLECTIONS = [
  { slug: 'articles', table: 'articles', share: 0.55, text: (i: number) => ({ title: `Bài viết số ${i} về quyền con người` }) },
  { slug: 'talking-points', table: 'talking_points', share: 0.2, text: (i: number) => ({ headline: `Đề cương ${i}`, keyMessage: `Thông điệp chính ${i}` }) },
  { slug: 'briefs', table: 'briefs', share: 0.15, text: (i: number) => ({ claim: `Luận điệu ${i}`, title: `Lập luận phản bác ${i}` }) },
  { slug: 'slogans', table: 'slogans', share: 0.1, text: (i: number) => ({ text: `Khẩu hiệu số ${i}` }) },
] as const

const stats = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, min ${sorted[0]!.toFixed(1)} ms`
}

async function time(label: string, run: () => Promise<unknown>) {
  await run() // warm-up
  const ms: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now()
    await run()
    ms.push(performance.now() - started)
  }
  console.log(`${label.padEnd(44)} ${stats(ms)}`)
}

async function main() {
  const [{ getPayload }, { default: configPromise }, { seedPlan232 }, { startTestServer }, { login }, { closeDatabaseConnections }] = await Promise.all([
    import('payload'),
    import('../payload.config'),
    import('../src/seed/seedPlan232'),
    import('../tests/helpers/testServer'),
    import('../tests/helpers/api'),
    import('../src/db'),
  ])
  const config = await configPromise
  const payload = await getPayload({ config })
  await seedPlan232(payload, { demoPassword: 'nguon-demo-2023', sampleContent: false }) // exactly the 10,000 items below
  const campaign = (await payload.find({ collection: 'campaigns', depth: 0, limit: 1, overrideAccess: true })).docs[0]!
  const units = (await payload.find({ collection: 'units', depth: 0, limit: 50, overrideAccess: true })).docs.map((u) => u.id)
  const admin = (await payload.find({ collection: 'users', limit: 1, overrideAccess: true, where: { email: { equals: 'admin@nguon.local' } } })).docs[0]!

  const db = payload.db as unknown as { drizzle: Drizzle; tables: Record<string, Row & { id: unknown }> }
  const started = performance.now()
  let n = 0
  for (const c of COLLECTIONS) {
    const count = Math.round(ITEMS * c.share)
    const { table } = c
    for (let offset = 0; offset < count; offset += 400) {
      const batch = Array.from({ length: Math.min(400, count - offset) }, () => {
        const i = ++n
        const state = STATES[i % STATES.length]!
        const at = new Date(Date.UTC(2023, 10, 30) + (i % 20) * 86_400_000 + i * 1000).toISOString()
        return { at, i, state, unit: units[i % units.length], channels: CHANNELS.filter((_, j) => (i >> j) % 2 === 1 || j === i % 5) }
      })
      const isLive = (s: string) => s === 'published'
      const main = await db.drizzle
        .insert(db.tables[table])
        .values(
          batch.map((b) => ({
            _status: isLive(b.state) ? 'published' : 'draft',
            campaign: campaign.id,
            createdAt: b.at,
            ...(table === 'slogans' ? { number: 100 + b.i } : {}),
            unit: b.unit,
            updatedAt: b.at,
            version: isLive(b.state) ? 1 : 0,
            workflowStatus: b.state,
          })),
        )
        .returning({ id: db.tables[table]!.id })
      await db.drizzle.insert(db.tables[`${table}_locales`]).values(batch.map((b, k) => ({ ...c.text(b.i), _locale: 'vi', _parentID: main[k]!.id })))
      const versions = await db.drizzle
        .insert(db.tables[`_${table}_v`])
        .values(
          batch.map((b, k) => ({
            createdAt: b.at,
            latest: true,
            parent: main[k]!.id,
            updatedAt: b.at,
            version__status: isLive(b.state) ? 'published' : 'draft',
            version_campaign: campaign.id,
            version_createdAt: b.at,
            version_unit: b.unit,
            version_updatedAt: b.at,
            version_workflowStatus: b.state,
          })),
        )
        .returning({ id: db.tables[`_${table}_v`]!.id })
      const channelRows = (ids: Row[]) => batch.flatMap((b, k) => b.channels.map((value, order) => ({ order: order + 1, parent: ids[k]!.id, value })))
      await db.drizzle.insert(db.tables[`${table}_channels`]).values(channelRows(main))
      await db.drizzle.insert(db.tables[`_${table}_v_version_channels`]).values(channelRows(versions))
      await db.drizzle.insert(db.tables.workflow_events).values(
        batch.map((b, k) => ({ action: 'submit', actor: admin.id, at: b.at, createdAt: b.at, from: 'draft', itemCollection: c.slug, itemId: String(main[k]!.id), to: 'in_review', updatedAt: b.at })),
      )
    }
  }
  console.log(`seeded ${n} items (+ ${n} versions, channels, ${n} workflow events) in ${((performance.now() - started) / 1000).toFixed(1)} s on ${payload.db.name}`)

  // Autovacuum would analyze the fresh tables within a minute; do it now so the planner sees 10,000 rows.
  if (payload.db.name === 'postgres') await (payload.db as unknown as { execute: (a: { drizzle: unknown; raw: string }) => Promise<unknown> }).execute({ drizzle: db.drizzle, raw: 'ANALYZE' })
  const { countCampaignItems } = await import('../src/reports/countCampaignItems')
  const { loadCampaignReport } = await import('../src/reports/loadCampaignReport')
  await time('countCampaignItems (grouped queries only)', () => countCampaignItems({ campaignId: campaign.id, payload }))
  await time('loadCampaignReport (+ campaign, access)', () => loadCampaignReport({ campaignId: campaign.id, locale: 'vi', payload, user: admin as never }))

  const server = await startTestServer({ config, getPayload: async () => payload })
  const token = await login(server.url, 'admin@nguon.local')
  const editor = await login(server.url, 'editor@nguon.local')
  const get = (p: string, t = token) =>
    fetch(`${server.url}${p}`, { headers: { authorization: `JWT ${t}` } }).then(async (r) => {
      if (r.status !== 200) throw new Error(`${p}: ${r.status} ${await r.text()}`)
      return r.arrayBuffer()
    })
  const report = JSON.parse(Buffer.from(await get(`/api/campaigns/${campaign.id}/report`)).toString()) as { totals: { items: number } }
  console.log(`report totals: ${report.totals.items} items (Plan 232's 8 slogans included)`)
  await time('GET /api/campaigns/:id/report (admin, JSON)', () => get(`/api/campaigns/${campaign.id}/report`))
  await time('GET /api/campaigns/:id/report?format=csv', () => get(`/api/campaigns/${campaign.id}/report?format=csv`))
  await time('GET /api/campaigns/:id/report (editor, 1 row)', () => get(`/api/campaigns/${campaign.id}/report`, editor))
  await server.close()
  await payload.destroy()
  await closeDatabaseConnections(payload.db)

  if (WITH_DASHBOARD) {
    const { startRealServer } = await import('../tests/helpers/realServer')
    const real = await startRealServer({ dataDir, env: { NGUON_RUN_JOBS: 'false' } })
    try {
      // The JWT header, as Payload's cookie login also checks the request's origin.
      const cookieToken = await login(real.url, 'admin@nguon.local')
      const page = () =>
        fetch(`${real.url}/admin/campaign-progress`, { headers: { authorization: `JWT ${cookieToken}`, cookie: `payload-token=${cookieToken}` } }).then(async (r) => {
          const html = await r.text()
          if (r.status !== 200 || !html.includes('data-testid="campaign-progress"')) throw new Error(`dashboard: ${r.status} ${html.slice(0, 200)}`)
        })
      await time('GET /admin/campaign-progress (server render)', page)
      await time('GET /admin/campaign-progress/print', () =>
        fetch(`${real.url}/admin/campaign-progress/print`, { headers: { authorization: `JWT ${cookieToken}`, cookie: `payload-token=${cookieToken}` } }).then((r) => r.text()),
      )
    } finally {
      await real.stop()
    }
  }
  rmSync(dataDir, { force: true, recursive: true })
  process.exit(0)
}

main().catch((err) => {
  console.error(err)
  rmSync(dataDir, { force: true, recursive: true })
  process.exit(1)
})
