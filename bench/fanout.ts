// Webhook fan-out: approval time and time until the last receiver holds the item, for 10, 1,000 and 10,000 outlets
// (seeded through the Local API) whose webhooks point at four loopback servers, 5 % of them at a fifth that hangs; and, as the
// limit, the same run's plain-Node rate for posting signed bodies to a loopback receiver.
// Run: npm run bench:fanout [-- 10,1000,10000]; TEST_DATABASE_URL=postgres://… runs it on PostgreSQL.
import { Agent, createServer, request, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'

Object.assign(process.env, { NGUON_RUN_JOBS: 'false', NGUON_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1', NGUON_WEBHOOK_TIMEOUT_MS: '5000' })

const { generateWebhookSecret } = await import('../src/delivery/signature')
const { sendDueDeliveries } = await import('../src/delivery/sendDueDeliveries')
const { webhookRequestHeaders } = await import('../src/delivery/webhookMessage')
const { startWorkflowWorld } = await import('../tests/helpers/workflow')
const { testDatabaseKind } = await import('../tests/helpers/testPayload')

const SIZES = (process.argv[2] ?? '10,1000,10000').split(',').map(Number)
const SERVERS = 4
/** The fifth server never answers: the 5 % of receivers that hang live there, as one slow newsroom server would. */
const HANGING_SHARE = Number(process.env.BENCH_HANGING_SHARE ?? 0.05)

/** Which webhook ids each receiver path got, and when the last new one came. */
const got = new Map<string, Set<string>>()
let lastAt = 0
const hanging: ServerResponse[] = []
const servers: Server[] = []
for (let i = 0; i <= SERVERS; i++) {
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      const path = req.url ?? ''
      if (path.startsWith('/hang/')) return void hanging.push(res)
      const id = String(req.headers['webhook-id'])
      const seen = got.get(path) ?? new Set<string>()
      if (!seen.has(id)) lastAt = performance.now()
      seen.add(id)
      got.set(path, seen)
      res.writeHead(204).end()
    })
  })
  server.keepAliveTimeout = 30_000
  server.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  servers.push(server)
}
const portOf = (i: number) => (servers[i % SERVERS]!.address() as AddressInfo).port
const hangingPort = () => (servers[SERVERS]!.address() as AddressInfo).port

/** The limit: signed 3 KB bodies posted by plain Node over keep-alive, 64 at a time, to one loopback receiver. */
async function plainNodeRate(count = 2000): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 })
  const body = JSON.stringify({ data: 'x'.repeat(3000), type: 'item.published' })
  const secret = generateWebhookSecret()
  const started = performance.now()
  let next = 0
  const worker = async () => {
    while (next < count) {
      const n = next++
      const headers = webhookRequestHeaders({ body, id: `msg_plain_${n}`, now: new Date(), secret })
      await new Promise<void>((resolve, reject) => {
        const req = request({ agent, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, host: '127.0.0.1', method: 'POST', path: `/plain/${n % 50}`, port: portOf(0) }, (res) => {
          res.resume()
          res.on('end', resolve)
        })
        req.on('error', reject)
        req.end(body)
      })
    }
  }
  await Promise.all(Array.from({ length: 64 }, worker))
  agent.destroy()
  return count / ((performance.now() - started) / 1000)
}

const w = await startWorkflowWorld('fanout-bench')
const payload = w.t.payload
let outlets = 0
let hangingOutlets = 0
async function addOutlets(upTo: number) {
  for (; outlets < upTo; outlets++) {
    // Every twentieth outlet's server hangs until the timeout (5 % of the receivers).
    const hangs = HANGING_SHARE > 0 && outlets % Math.round(1 / HANGING_SHARE) === 7
    if (hangs) hangingOutlets++
    await payload.create({
      collection: 'outlets',
      data: { accessLevel: 'public', channels: ['web'], kind: 'web', name: `Cơ quan ${outlets}`, webhookSecret: generateWebhookSecret(), webhookUrl: hangs ? `http://127.0.0.1:${hangingPort()}/hang/${outlets}` : `http://127.0.0.1:${portOf(outlets)}/ok/${outlets}` } as never,
      overrideAccess: true,
    })
  }
}

/** Sender rounds back to back, as a worker woken by the approval runs them, until every answering receiver holds the item. */
async function deliver(expected: number, since: number): Promise<{ lastMs: number }> {
  let done = false
  const sender = (async () => {
    while (!done) await sendDueDeliveries({ payload })
  })()
  const count = () => [...got.entries()].filter(([path, ids]) => path.startsWith('/ok/') && ids.size >= 1).length
  let report = performance.now()
  while (count() < expected) {
    await new Promise((resolve) => setTimeout(resolve, 20))
    if (process.env.BENCH_DEBUG && performance.now() - report > 2000) {
      report = performance.now()
      const states = await payload.count({ collection: 'deliveries', overrideAccess: true, where: { state: { equals: 'in_progress' } } })
      console.log(`${((report - since) / 1000).toFixed(1)} s: ${count()} received, ${states.totalDocs} in progress`)
    }
  }
  const lastMs = lastAt - since
  done = true
  await sender
  return { lastMs }
}

const plain = await plainNodeRate()
const rows: string[] = []
let approval10 = 0
// A first approval warms up the code paths (not counted).
await w.act('reviewer', (await w.articleIn('in_review')).id, { action: 'approve' })
for (const size of SIZES) {
  const seedStarted = performance.now()
  await addOutlets(size)
  const seedS = (performance.now() - seedStarted) / 1000
  await sendDueDeliveries({ payload }) // the warm-up item reaches the new outlets' queue first
  got.clear()
  const item = await w.articleIn('in_review', { title: `Tin khẩn ${size}` })
  const started = performance.now()
  const res = await w.act('reviewer', item.id, { action: 'approve' })
  const approvalMs = performance.now() - started
  if (res.status !== 200) throw new Error(`approval failed: ${res.status}`)
  const answering = outlets - hangingOutlets
  const { lastMs } = await deliver(answering, started)
  if (size === SIZES[0]) approval10 = approvalMs
  rows.push(
    `| ${size.toLocaleString('en')} | ${approvalMs.toFixed(0)} ms (${(approvalMs / approval10).toFixed(2)}×) | ${(lastMs / 1000).toFixed(2)} s | ${(answering / (lastMs / 1000)).toFixed(0)}/s (${((answering / (lastMs / 1000) / plain) * 100).toFixed(0)} % of plain Node) | ${seedS.toFixed(0)} s |`,
  )
  console.log(rows.at(-1))
}

console.log(`\n${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${testDatabaseKind()}; receivers: ${SERVERS} loopback servers in this process, and ${HANGING_SHARE * 100} % of outlets on a fifth that hangs (timeout 5 s)`)
console.log(`plain Node, 64 in flight over keep-alive: ${plain.toFixed(0)} signed 3 KB posts/s`)
console.log('| receivers | approval request (vs 10) | last answering receiver holds the item | deliveries/s | seeding |')
console.log('| --- | --- | --- | --- | --- |')
for (const row of rows) console.log(row)
for (const res of hanging) res.destroy()
for (const server of servers) {
  server.closeAllConnections()
  server.close()
}
await w.stop()
process.exit(0)
