// How much the largest GraphQL query the budget allows slows /healthz: its latency idle, then while that query runs
// back to back (the SQLite driver's calls are synchronous, so they share the event loop with every other request).
// Run: npm run bench:graphql [-- samples=30]; TEST_DATABASE_URL=postgres://… runs it on PostgreSQL.
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { GRAPHQL_BUDGET } from '../src/http/graphqlBudget'
import { seedPlan232 } from '../src/seed/seedPlan232'
import { login } from '../tests/helpers/api'
import { startTestPayload, testDatabaseKind } from '../tests/helpers/testPayload'
import { startTestServer } from '../tests/helpers/testServer'

const samples = Number(process.argv[2] ?? 30)
const ITEMS = 600

const t = await startTestPayload('bench-graphql')
const { payload } = t
await seedPlan232(payload, { demoPassword: 'nguon-demo-2023', sampleContent: false })
const unit = (await payload.find({ collection: 'units', limit: 1, overrideAccess: true })).docs[0]!
const req = await createLocalReq({ context: { nguonWorkflowWrite: true } }, payload)
await initTransaction(req)
try {
  for (let i = 0; i < ITEMS; i++) {
    const at = new Date(Date.now() - 60_000 - i * 1000).toISOString()
    await payload.db.create({
      collection: 'articles',
      data: {
        _status: 'published', approvedAt: at, audiences: ['public'], channels: ['web'], createdAt: at, slug: `bai-${i}`,
        summary: { vi: `Tóm tắt bài số ${i} về thành tựu bảo đảm quyền con người.` }, title: { vi: `Bài số ${i}` },
        unit: unit.id, updatedAt: at, version: 1, workflowStatus: 'published',
      },
      req,
    })
  }
  await commitTransaction(req)
} catch (err) {
  await killTransaction(req)
  throw err
}
const server = await startTestServer({ config: t.config, getPayload: async () => payload })
const token = await login(server.url, 'admin@nguon.local', 'nguon-demo-2023')

const lists = Math.floor(GRAPHQL_BUDGET.maxDocuments / 200)
const heaviest = `{ ${Array.from({ length: lists }, (_, i) => `a${i}: Articles(limit: 100, page: ${i + 1}) { docs { id title summary unit { code } } }`).join(' ')} }`
const attack = `{ ${Array.from({ length: 150 }, (_, i) => `a${i}: Articles(limit: 100) { docs { id title } }`).join(' ')} }`
const graphql = async (query: string) => {
  const started = performance.now()
  const res = await fetch(`${server.url}/api/graphql`, { body: JSON.stringify({ query }), headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' }, method: 'POST' })
  await res.arrayBuffer()
  return { ms: performance.now() - started, status: res.status }
}
const health = async () => {
  const started = performance.now()
  await (await fetch(`${server.url}/healthz`)).arrayBuffer()
  return performance.now() - started
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const max = (xs: number[]) => Math.max(...xs)

const idle: number[] = []
for (let i = 0; i < samples; i++) idle.push(await health())

let running = true
const heavyTimes: number[] = []
const loop = (async () => {
  while (running) {
    const { ms, status } = await graphql(heaviest)
    if (status !== 200) throw new Error(`the heaviest allowed query answered ${status}`)
    heavyTimes.push(ms)
  }
})()
const busy: number[] = []
for (let i = 0; i < samples; i++) {
  busy.push(await health())
  await new Promise((resolve) => setTimeout(resolve, 20))
}
running = false
await loop
const refused = await graphql(attack)

const f = (ms: number) => `${ms.toFixed(1)} ms`
console.log(`\nGraphQL vs /healthz (${testDatabaseKind()}, ${ITEMS} articles, ${samples} samples)`)
console.log(`  heaviest allowed query (${lists} lists of 100 with units): median ${f(median(heavyTimes))}, ${heavyTimes.length} runs`)
console.log(`  /healthz idle:  median ${f(median(idle))}, max ${f(max(idle))}`)
console.log(`  /healthz busy:  median ${f(median(busy))}, max ${f(max(busy))}`)
console.log(`  ratio busy/idle: median ${(median(busy) / median(idle)).toFixed(1)}×, max ${(max(busy) / max(idle)).toFixed(1)}×`)
console.log(`  150 aliased lists of 100: ${refused.status} in ${f(refused.ms)} (was 200 after 2–8 s)\n`)
await server.close()
await t.stop()
