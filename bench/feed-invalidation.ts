// What one publication for one channel costs the feed cache with 1,000 outlets: renderings re-made and the time until
// every outlet's feed is warm again, under the old rule (every change drops every feed) and the scoped one, in one process.
// Run: npm run bench:feed-invalidation [-- outlets=1000 articles=400 concurrency=8]; TEST_DATABASE_URL=postgres://… runs it on PostgreSQL.
import os from 'node:os'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { bumpFeedGenerationFor } from '../hooks/bumpFeedGeneration'
import { feedRenderCount } from '../src/feeds/feedCache'
import { generateFeedToken, hashFeedToken } from '../src/feeds/outletToken'
import { startTestPayload, testDatabaseKind } from '../tests/helpers/testPayload'
import { startTestServer } from '../tests/helpers/testServer'

const OUTLETS = Number(process.argv[2] ?? 1000)
const ARTICLES = Number(process.argv[3] ?? 400)
const CONCURRENCY = Number(process.argv[4] ?? 8)
const CHANNELS = ['newspaper', 'television', 'radio', 'web'] as const

const t = await startTestPayload('bench-feedgen')
const { payload } = t

/** Runs `work` in one transaction of a request that may write content as the workflow does. */
async function inTransaction(work: (req: PayloadRequest) => Promise<void>): Promise<void> {
  const req = await createLocalReq({ context: { nguonWorkflowWrite: true } }, payload)
  await initTransaction(req)
  try {
    await work(req)
    await commitTransaction(req)
  } catch (err) {
    await killTransaction(req)
    throw err
  }
}

// Seeding as direct adapter writes (no hooks): articles spread over the four text channels, outlets one channel each.
const seedStarted = Date.now()
const unit = await payload.create({ collection: 'units', data: { code: 'BENCH', kind: 'department', name: 'Đơn vị đo tải' } as never, overrideAccess: true })
const outlets: { channel: (typeof CHANNELS)[number]; token: string }[] = []
await inTransaction(async (req) => {
  const newest = Date.now() - 60_000
  for (let i = 0; i < ARTICLES; i++) {
    const at = new Date(newest - i * 1000).toISOString()
    await payload.db.create({
      collection: 'articles',
      data: {
        _status: 'published',
        approvedAt: at,
        audiences: ['public'],
        channels: [CHANNELS[i % CHANNELS.length]],
        createdAt: at,
        slug: `bai-so-${i}`,
        summary: { vi: `Tóm tắt bài số ${i}.` },
        title: { vi: `Bài số ${i}: tuyên truyền kỷ niệm 75 năm Ngày Nhân quyền thế giới` },
        unit: unit.id,
        updatedAt: at,
        version: 1,
        workflowStatus: 'published',
      },
      req,
    })
  }
  for (let i = 0; i < OUTLETS; i++) {
    const token = generateFeedToken()
    const channel = CHANNELS[i % CHANNELS.length]!
    await payload.db.create({
      collection: 'outlets',
      data: { accessLevel: 'press', active: true, channels: [channel], kind: 'newspaper', name: `Cơ quan ${i}`, tokenHash: hashFeedToken(token) },
      req,
    })
    outlets.push({ channel, token })
  }
})
const seedSeconds = (Date.now() - seedStarted) / 1000
const server = await startTestServer({ config: t.config, getPayload: async () => payload })

/** Fetches every outlet's feed, CONCURRENCY at a time; the wall time and the renderings it took. */
async function warmAll(): Promise<{ ms: number; renders: number }> {
  const renders = feedRenderCount()
  const started = performance.now()
  let next = 0
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < outlets.length) {
        const { channel, token } = outlets[next++]!
        const res = await fetch(`${server.url}/feeds/${channel}/rss.xml`, { headers: { 'accept-encoding': 'br, gzip', authorization: `Bearer ${token}` } })
        if (res.status !== 200) throw new Error(`feed answered ${res.status}`)
        await res.arrayBuffer()
      }
    }),
  )
  return { ms: performance.now() - started, renders: feedRenderCount() - renders }
}

/** One publication for newspaper through the hooks, as an approval writes it; with `everything`, also the old rule's drop. */
let published = 0
async function publishForNewspaper(everything: boolean): Promise<void> {
  published++
  await inTransaction(async (req) => {
    await payload.create({
      collection: 'articles',
      data: {
        _status: 'published',
        audiences: ['public'],
        channels: ['newspaper'],
        slug: `moi-${published}`,
        summary: `Tin mới ${published}.`,
        title: `Tin mới ${published} cho báo in`,
        unit: unit.id,
        workflowStatus: 'published',
      } as never,
      overrideAccess: true,
      req,
    })
    if (everything) await bumpFeedGenerationFor(req, 'everything')
  })
}

const cold = await warmAll()
const rounds: { label: string; ms: number; renders: number }[] = []
for (const [label, everything] of [
  ['old rule: every feed dropped', true],
  ['scoped: the channel’s feeds dropped', false],
  ['old rule: every feed dropped', true],
  ['scoped: the channel’s feeds dropped', false],
] as const) {
  // Every feed warm before the change: a rendering older than 5 minutes is made again on its own (MAX_RENDER_AGE_MS).
  for (let pass = 1; (await warmAll()).renders !== 0; pass++) if (pass === 5) throw new Error('the cache does not stay warm')
  await publishForNewspaper(everything)
  const after = await warmAll()
  rounds.push({ label, ...after })
}
const mean = (label: string, key: 'ms' | 'renders') => {
  const rows = rounds.filter((r) => r.label === label)
  return rows.reduce((sum, r) => sum + r[key], 0) / rows.length
}
const oldLabel = 'old rule: every feed dropped'
const newLabel = 'scoped: the channel’s feeds dropped'
const cpus = os.cpus()
console.log(`
Nguồn feed invalidation benchmark — ${new Date().toISOString()}
Machine   ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown'}), load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, node ${process.version}
Database  ${testDatabaseKind()}; ${OUTLETS} outlets (one text channel each, ${OUTLETS / CHANNELS.length} per channel), ${ARTICLES} published articles; seeded in ${seedSeconds.toFixed(1)} s
Load      every outlet fetches its channel's rss.xml, ${CONCURRENCY} at a time, loopback, same process; first warm-up ${cold.ms.toFixed(0)} ms, ${cold.renders} renderings

after one publication for newspaper    renderings re-made   time until all ${OUTLETS} feeds warm (ms)
${rounds.map((r) => `${r.label.padEnd(38)} ${String(r.renders).padStart(18)} ${r.ms.toFixed(0).padStart(30)}`).join('\n')}

renderings  old/scoped = ${(mean(oldLabel, 'renders') / mean(newLabel, 'renders')).toFixed(1)}×
time        old/scoped = ${(mean(oldLabel, 'ms') / mean(newLabel, 'ms')).toFixed(1)}×
`)
await server.close()
await t.stop()
process.exit(0)
