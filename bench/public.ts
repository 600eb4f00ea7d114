// Public page serving speed against the cached feed, in the same run: (a) the web channel's cached feed, (b) a cached
// public item page, (c) its 304, (d) the home page — one process, loopback, same load, 1,000 published public articles.
// Run: npm run bench:public [-- seconds-per-case=10 connections=16]; TEST_DATABASE_URL=postgres://… runs it on PostgreSQL.
import autocannon from 'autocannon'
import os from 'node:os'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { startTestPayload, testDatabaseKind } from '../tests/helpers/testPayload'
import { startTestServer } from '../tests/helpers/testServer'

const seconds = Number(process.argv[2] ?? 10)
const connections = Number(process.argv[3] ?? 16)
const ITEMS = 1_000

const t = await startTestPayload('bench-public')
const { payload } = t

// Seeding as bench/feeds.ts does: direct adapter writes in one transaction (no hooks, no version rows).
const unit = await payload.create({ collection: 'units', data: { code: 'BENCH', kind: 'department', name: 'Đơn vị đo tải' } as never, overrideAccess: true })
const req = await createLocalReq({ context: { nguonWorkflowWrite: true } }, payload)
await initTransaction(req)
let newestId: number | string = ''
try {
  const newest = Date.now() - 60_000
  for (let i = ITEMS - 1; i >= 0; i--) {
    const at = new Date(newest - i * 1000).toISOString()
    const n = ITEMS - i
    const doc = await payload.db.create({
      collection: 'articles',
      data: {
        _status: 'published',
        approvedAt: at,
        audiences: ['public'],
        body: null,
        channels: ['newspaper', 'web'],
        createdAt: at,
        slug: `bai-so-${n}`,
        summary: { vi: `Tóm tắt bài số ${n} về thành tựu bảo đảm quyền con người.` },
        title: { vi: `Bài số ${n}: Hà Tĩnh tuyên truyền kỷ niệm 75 năm Ngày Nhân quyền thế giới` },
        unit: unit.id,
        updatedAt: at,
        version: 1,
        workflowStatus: 'published',
      },
      req,
    })
    newestId = doc.id as number | string
  }
  await commitTransaction(req)
} catch (err) {
  await killTransaction(req)
  throw err
}

const ours = await startTestServer({ config: t.config, getPayload: async () => payload })
const feedPath = '/feeds/web/rss.xml?limit=50'
const pagePath = `/vi/articles/${newestId}-bai-so-${ITEMS}`
const headers = { 'accept-encoding': 'br, gzip' }
const first = await fetch(`${ours.url}${pagePath}`, { headers, redirect: 'manual' })
if (first.status !== 200) throw new Error(`the item page answered ${first.status}`)
const etag = first.headers.get('etag')!

type Row = { label: string; p99: number; rps: number }
async function measure(label: string, url: string, extra: Record<string, string>, expected: '2xx' | '3xx'): Promise<Row> {
  await autocannon({ connections, duration: 1, headers: { ...headers, ...extra }, url }) // warm-up: JIT, caches, sockets
  const result = await autocannon({ connections, duration: seconds, headers: { ...headers, ...extra }, url })
  const answered = result[expected]
  if (result.errors || result.timeouts || answered !== result.requests.total) {
    throw new Error(`${label}: ${answered} of ${result.requests.total} answered ${expected}; ${result.errors} errors, ${result.timeouts} timeouts`)
  }
  return { label, p99: result.latency.p99, rps: result.requests.average }
}

const rows = [
  await measure('(a) cached web feed, 200 brotli', `${ours.url}${feedPath}`, {}, '2xx'),
  await measure('(b) cached item page, 200 brotli', `${ours.url}${pagePath}`, {}, '2xx'),
  await measure('(c) cached item page, 304', `${ours.url}${pagePath}`, { 'if-none-match': etag }, '3xx'),
  await measure('(d) cached home page, 200 brotli', `${ours.url}/vi`, {}, '2xx'),
]
const [a, b, c, d] = rows.map((r) => r.rps) as [number, number, number, number]
const cpus = os.cpus()
console.log(`
Nguồn public pages benchmark — ${new Date().toISOString()}
Machine   ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown'}), load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, node ${process.version}
Database  ${testDatabaseKind()}, ${ITEMS.toLocaleString('en')} published public web articles
Load      autocannon, ${connections} keep-alive connections, ${seconds} s per case after 1 s warm-up, loopback, same process

case                               req/s   p99 (ms)
${rows.map((r) => `${r.label.padEnd(32)} ${r.rps.toFixed(0).padStart(7)} ${String(r.p99).padStart(10)}`).join('\n')}

page/feed (b/a) = ${(b / a).toFixed(2)}
304/feed  (c/a) = ${(c / a).toFixed(2)}
home/feed (d/a) = ${(d / a).toFixed(2)}
`)
await ours.close()
await t.stop()
process.exit(0)
