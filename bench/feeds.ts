// Feed serving speed against a plain node:http server returning the same bytes, in the same process.
// Run: npx tsx bench/feeds.ts [seconds-per-case=5] [concurrency=16]
import http, { type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

import { seedPlan232 } from '../src/seed/seedPlan232'
import { startTestPayload } from '../tests/helpers/testPayload'
import { startTestServer } from '../tests/helpers/testServer'

const seconds = Number(process.argv[2] ?? 5)
const concurrency = Number(process.argv[3] ?? 16)
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency })

function get(url: string, headers: Record<string, string>): Promise<{ headers: IncomingHttpHeaders; status: number }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers }, (res) => {
      res.resume()
      res.on('end', () => resolve({ headers: res.headers, status: res.statusCode ?? 0 }))
    })
    req.on('error', reject)
  })
}

async function load(url: string, headers: Record<string, string>, expectStatus: number): Promise<number> {
  const deadline = Date.now() + seconds * 1000
  let done = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < deadline) {
        const { status } = await get(url, headers)
        if (status !== expectStatus) throw new Error(`${url} answered ${status}, expected ${expectStatus}`)
        done++
      }
    }),
  )
  return done / seconds
}

const t = await startTestPayload('bench')
await seedPlan232(t.payload, { demoPassword: null })
const { docs: units } = await t.payload.find({ collection: 'units', limit: 1, overrideAccess: true })
for (let i = 0; i < 50; i++) {
  await t.payload.create({
    collection: 'articles',
    context: { nguonWorkflowWrite: true },
    data: {
      _status: 'published',
      approvedAt: new Date(Date.now() - i * 60_000).toISOString(),
      audiences: ['public'],
      channels: ['newspaper', 'web'],
      summary: `Tóm tắt bài số ${i + 1} về thành tựu bảo đảm quyền con người.`,
      title: `Bài số ${i + 1}: Hà Tĩnh tuyên truyền kỷ niệm 75 năm Ngày Nhân quyền thế giới`,
      unit: units[0]!.id,
      version: 1,
      workflowStatus: 'published',
    } as never,
    overrideAccess: true,
  })
}
const outlet = await t.payload.create({ collection: 'outlets', data: { accessLevel: 'press', channels: ['newspaper'], kind: 'newspaper', name: 'Báo Hà Tĩnh' } as never, overrideAccess: true })
const { generateFeedToken, hashFeedToken } = await import('../src/feeds/outletToken')
const token = generateFeedToken()
await t.payload.update({ collection: 'outlets', data: { tokenHash: hashFeedToken(token) } as never, id: outlet.id, overrideAccess: true })

const ours = await startTestServer({ config: t.config, getPayload: async () => t.payload })
const path = '/feeds/newspaper/rss.xml'
const auth = { authorization: `Bearer ${token}` }

// The baseline serves exactly the bytes and headers our route sent, from memory.
const sample = await fetch(`${ours.url}${path}`, { headers: { ...auth, 'accept-encoding': 'br' } })
const body = Buffer.from(await sample.arrayBuffer())
const sampleHeaders = Object.fromEntries([...sample.headers].filter(([name]) => !['connection', 'keep-alive', 'date', 'transfer-encoding', 'content-length'].includes(name)))
const etag = sample.headers.get('etag')!
const baseline = http.createServer((req, res) => {
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, { etag }).end()
    return
  }
  res.writeHead(200, sampleHeaders).end(body)
})
await new Promise<void>((resolve) => baseline.listen(0, '127.0.0.1', resolve))
const baseUrl = `http://127.0.0.1:${(baseline.address() as AddressInfo).port}`

console.log(`Feed: ${path}, 50 items, ${body.length} bytes brotli; ${concurrency} concurrent keep-alive clients, ${seconds} s per case; node ${process.version}`)
const rows: [string, number, number][] = []
for (const [label, headers, status] of [
  ['200, brotli body', { ...auth, 'accept-encoding': 'br' }, 200],
  ['304, If-None-Match', { ...auth, 'accept-encoding': 'br', 'if-none-match': etag }, 304],
] as const) {
  const base = await load(`${baseUrl}${path}`, headers, status)
  const mine = await load(`${ours.url}${path}`, headers, status)
  rows.push([label, base, mine])
}
for (const [label, base, mine] of rows) {
  console.log(`${label.padEnd(22)} baseline ${base.toFixed(0).padStart(6)} req/s   nguon ${mine.toFixed(0).padStart(6)} req/s   ratio ${(mine / base).toFixed(2)}`)
}
baseline.close()
agent.destroy()
await ours.close()
await t.stop()
process.exit(0)
