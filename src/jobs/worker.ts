// `npm run jobs`: the jobs queue (scheduled publishing, webhook rounds, bulletins, polling sources) in a process of its own, as many as
// the operator starts (deploy/systemd/nguon-jobs@.service).
//
// Instead of `payload jobs:run --cron`, for two reasons seen with two workers on PostgreSQL: a round that fails (Payload
// deletes a finished job while another worker still updates it: "Cannot read properties of null (reading 'log')")
// went unhandled and ended the worker; and Payload claims jobs by reading then updating them, so two workers could run
// the same job (a bulletin assembled or synthesized twice). Here a failed round is logged and the next one goes on,
// and on PostgreSQL one worker leads, holding a session advisory lock: the others stand by, and one takes over at its
// next tick when the leader stops or dies (its connection closes and the lock with it). Webhook deliveries are
// each claimed atomically (src/delivery/claimDelivery.ts), so a delivery a dead worker left half-sent is sent again
// by the next one, under the same webhook-id.
import { getPayload, type Payload } from 'payload'

import { closeDatabaseConnections } from '../db'
import { stopListeningForApprovals } from '../delivery/deliverWebhooksTask'
import { muteBrokenLogStreams } from '../http/lifecycle'

/** How often a round starts (Payload's CLI ran every two seconds). */
export const ROUND_MS = 2_000
/** PostgreSQL advisory lock held by the worker running a round ("jobs" in ASCII). */
export const JOBS_LOCK_KEY = 0x6a6f6273

type PoolClient = {
  on: (event: 'error', listener: (err: Error) => void) => void
  query: (sql: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
  release: (err?: Error) => void
}

async function round(payload: Payload): Promise<void> {
  await payload.jobs.handleSchedules({ allQueues: true })
  // Rounds every two seconds: only what went wrong is worth a log line.
  await payload.jobs.run({ allQueues: true, silent: { error: false, info: true } })
}

/**
 * Jobs a stopped leader was running stay marked `processing`, and Payload never runs such a job again (the webhook
 * round among them: no more deliveries). A worker that has just taken the lock knows no other worker runs a round, so
 * it starts those jobs again. (Web processes then must not run jobs themselves: NGUON_RUN_JOBS=false, as deploy/ sets.)
 */
async function takeOver(payload: Payload): Promise<void> {
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    data: { processing: false },
    depth: 0,
    overrideAccess: true,
    where: { and: [{ processing: { equals: true } }, { completedAt: { exists: false } }] },
  })
  const restarted = docs.length ? `; ${docs.length} job(s) a stopped worker left unfinished start again (${docs.map((d) => d.taskSlug ?? "workflow").join(', ')})` : ''
  payload.logger.info({ msg: `Jobs worker ${process.pid}: now running the queue${restarted}` })
}

let leader: PoolClient | undefined

/**
 * Whether this worker leads (PostgreSQL): it holds the jobs lock on a connection of its own for as long as it runs, so
 * the others stand by until it stops or dies (its connection closes, and the lock with it), then one of them takes
 * over. SQLite, a single machine's database, has no standby: each worker runs the queue.
 */
async function leads(payload: Payload): Promise<boolean> {
  const pool = (payload.db as unknown as { pool?: { connect: () => Promise<PoolClient> } }).pool
  if (payload.db.name !== 'postgres' || !pool) return true
  if (leader) return true
  const client = await pool.connect()
  const { rows } = await client.query('SELECT pg_try_advisory_lock($1) AS locked', [JOBS_LOCK_KEY])
  if (!rows[0]?.locked) {
    client.release()
    return false
  }
  leader = client
  client.on('error', (err: Error) => {
    // The connection that held the lock is gone, and the lock with it: stand by again.
    payload.logger.error({ err, msg: `Jobs worker ${process.pid}: lost the jobs lock; standing by` })
    if (leader === client) leader = undefined
    client.release(err)
    // Only the leader sends: a standby is not woken by approvals until it leads again.
    stopListeningForApprovals()
  })
  await takeOver(payload)
  return true
}

async function main(): Promise<void> {
  muteBrokenLogStreams()
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  // This process is the one that runs jobs, whatever an environment file shared with the web processes says.
  process.env.NGUON_RUN_JOBS = 'true'
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config, cron: false })
  payload.logger.info({ msg: `Jobs worker ${process.pid}: running the queue every ${ROUND_MS / 1000} s` })
  let stopping = false
  let running: Promise<void> = Promise.resolve()
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    payload.logger.info({ msg: `Jobs worker ${process.pid}: ${signal}, finishing the round under way` })
    await running
    leader?.release()
    await payload.destroy().catch(() => undefined)
    await closeDatabaseConnections(payload.db).catch(() => undefined)
    process.exit(0)
  }
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))
  while (!stopping) {
    const started = Date.now()
    running = leads(payload)
      .then((leading) => (leading ? round(payload) : undefined))
      .catch((err: unknown) => payload.logger.error({ err, msg: 'Jobs round failed; the next round goes on' }))
    await running
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, ROUND_MS - (Date.now() - started))))
  }
}

main().catch((err: unknown) => {
  console.error('nguon jobs: failed to start:', err)
  process.exit(1)
})
