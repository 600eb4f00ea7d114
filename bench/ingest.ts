// Ingest cost: a 500-item RSS source from a loopback upstream, polled through ingestSource (what the scheduled round
// and POST /api/sources/{id}/poll call): (a) the first poll, creating 500 desk rows; (b) a re-poll the upstream answers
// 304; (c) a re-poll answered 200 with the same document (500 items compared, none written). The baseline, timed in
// turn in the same process: fetching and parsing the same document with no database (fetchUpstream + parseUpstream).
// Run: npm run bench:ingest [-- runs=5 items=500]; TEST_DATABASE_URL=postgres://… (or DATABASE_URL=postgres://…) runs
// it on PostgreSQL, in a fresh database on that server.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'

const isPostgresUrl = (url: string | undefined) => /^postgres(ql)?:\/\//.test(url ?? '')
if (!process.env.TEST_DATABASE_URL && isPostgresUrl(process.env.DATABASE_URL)) process.env.TEST_DATABASE_URL = process.env.DATABASE_URL
Object.assign(process.env, { NGUON_RUN_JOBS: 'false', NGUON_SOURCE_ALLOWED_HOSTS: '127.0.0.1' })

const { allowedSourceHosts, fetchUpstream } = await import('../src/ingest/fetchUpstream')
const { ingestSource } = await import('../src/ingest/ingestSource')
const { parseUpstream } = await import('../src/ingest/parseUpstream')
const { startTestPayload, testDatabaseKind } = await import('../tests/helpers/testPayload')

const argument = (n: number, otherwise: number) => Number(process.argv[n]?.replace(/^\w+=/, '') || otherwise)
const RUNS = argument(2, 5)
const ITEMS = argument(3, 500)

// Items shaped like a provincial portal's: a title, a summary, a body of a few paragraphs, a link and dates.
const paragraph = 'Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành và địa phương triển khai kế hoạch tuyên truyền, bảo đảm thông tin đến từng thôn, bản, tổ dân phố.'
const DOCUMENT = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Cổng thông tin tỉnh</title><link>https://tinh.example/</link><description>Tin tỉnh</description>
${Array.from({ length: ITEMS }, (_, n) => {
  const at = new Date(Date.UTC(2026, 11, 4, 8) - n * 600_000).toUTCString()
  return `<item><guid isPermaLink="false">urn:tinh:bench:${n}</guid><title>Tin số ${n}: tỉnh triển khai kế hoạch tuyên truyền năm 2027</title><link>https://tinh.example/tin/${n}</link><description>Tóm tắt tin số ${n} về kế hoạch tuyên truyền của tỉnh.</description><content:encoded><![CDATA[${Array.from({ length: 6 }, () => `<p>${paragraph}</p>`).join('')}]]></content:encoded><pubDate>${at}</pubDate></item>`
}).join('\n')}
</channel></rss>`
const ETAG = '"bench-1"'

/** `/feed` honours If-None-Match; `/feed-always` answers 200 with the same document whatever it is sent. */
const upstream = createServer((req, res) => {
  if (req.url === '/feed' && req.headers['if-none-match'] === ETAG) return void res.writeHead(304, { etag: ETAG }).end()
  res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: ETAG }).end(DOCUMENT)
})
await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
const origin = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`

const t = await startTestPayload('bench-ingest')
const { payload } = t

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const time = async (run: () => Promise<unknown>) => {
  const started = performance.now()
  await run()
  return performance.now() - started
}
const poll = async (id: number | string, expected: Record<string, number>) => {
  const result = await ingestSource({ payload, sourceId: id })
  if (result.kind !== 'ok' || Object.entries(expected).some(([key, value]) => result[key as keyof typeof result] !== value)) {
    throw new Error(`unexpected poll result: ${JSON.stringify(result)}, expected ${JSON.stringify(expected)}`)
  }
}
const floor = async () => {
  const fetched = await fetchUpstream({ allowed: allowedSourceHosts(), url: `${origin}/feed-always` })
  if (fetched.kind !== 'ok') throw new Error(`baseline fetch: ${fetched.kind}`)
  const parsed = parseUpstream({ baseUrl: fetched.finalUrl, body: fetched.body, contentType: fetched.contentType ?? undefined })
  if (parsed.kind !== 'ok' || parsed.items.length !== ITEMS) throw new Error('baseline parse did not read every item')
}

// Warm-up: JIT, the adapter's prepared statements, sockets; its rows are not timed.
const warm = await payload.create({ collection: 'sources', data: { name: 'Khởi động', pollIntervalSeconds: 300, url: `${origin}/feed` }, overrideAccess: true })
await floor()
await poll(warm.id, { new: ITEMS })
await poll(warm.id, { new: 0 })

const timings = { baseline: [] as number[], first: [] as number[], notModified: [] as number[], same: [] as number[] }
for (let run = 0; run < RUNS; run++) {
  // Each run a source of its own: its first poll creates every row, as a new source's does.
  const conditional = await payload.create({ collection: 'sources', data: { name: `Đo ${run}`, pollIntervalSeconds: 300, url: `${origin}/feed` }, overrideAccess: true })
  const always = await payload.create({ collection: 'sources', data: { name: `Đo ${run} (200)`, pollIntervalSeconds: 300, url: `${origin}/feed-always` }, overrideAccess: true })
  timings.baseline.push(await time(floor))
  timings.first.push(await time(() => poll(conditional.id, { new: ITEMS })))
  timings.notModified.push(await time(() => poll(conditional.id, { new: 0, unchanged: 0 })))
  await poll(always.id, { new: ITEMS })
  timings.same.push(await time(() => poll(always.id, { new: 0, unchanged: ITEMS, updated: 0 })))
}
const desk = (await payload.count({ collection: 'incoming', overrideAccess: true })).totalDocs

const base = median(timings.baseline)
const row = (label: string, values: number[]) =>
  `${label.padEnd(44)} ${median(values).toFixed(1).padStart(9)} ${Math.min(...values).toFixed(1).padStart(9)} ${Math.max(...values).toFixed(1).padStart(9)} ${(median(values) / base).toFixed(2).padStart(10)}`
const cpus = os.cpus()
console.log(`
Nguồn ingest benchmark — ${new Date().toISOString()}
Machine   ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown'}), load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, node ${process.version}
Database  ${testDatabaseKind()}; ${desk.toLocaleString('en')} desk rows at the end
Source    RSS 2.0, ${ITEMS} items, ${(Buffer.byteLength(DOCUMENT) / 1024).toFixed(0)} KiB, loopback upstream; ${RUNS} runs after one warm-up, each on new sources

case                                         median ms    min ms    max ms  × baseline
${row('baseline: fetch + parse, no database', timings.baseline)}
${row('(a) first poll: 500 new rows', timings.first)}
${row('(b) re-poll, 304 Not Modified', timings.notModified)}
${row('(c) re-poll, 200 with the same items', timings.same)}

304 / first poll  (b/a) = ${(median(timings.notModified) / median(timings.first)).toFixed(3)}
same / first poll (c/a) = ${(median(timings.same) / median(timings.first)).toFixed(3)}
`)
await new Promise((resolve) => upstream.close(resolve))
await t.stop()
process.exit(0)
