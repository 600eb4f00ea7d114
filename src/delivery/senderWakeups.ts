// Wakes the webhook sender of every process on PostgreSQL (a separate `npm run jobs` worker among them) when deliveries
// are queued, with LISTEN/NOTIFY; SQLite and MongoDB rely on the in-process signal and the worker's two-second tick.
import type { Payload, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-sqlite/drizzle'

import { wakeSender } from './senderSignal'

/** The PostgreSQL channel a sender listens on. */
export const WAKE_CHANNEL = 'nguon_deliveries'
/** Waits before listening again after the connection failed, doubling up to the last. */
const RECONNECT_DELAYS_MS = [500, 1_000, 2_000, 5_000, 10_000]

type Execute = { execute: (query: unknown) => Promise<unknown> }
type PgAdapter = { drizzle: Execute; name: string; pool?: { connect: () => Promise<PgClient> }; sessions: Record<string, { db: Execute } | undefined> }
type PgClient = {
  on: (event: 'end' | 'error' | 'notification', listener: (arg: unknown) => void) => void
  query: (sql: string) => Promise<unknown>
  release: (err?: boolean | Error) => void
  removeAllListeners: () => void
}

const postgresOf = (payload: Payload): null | PgAdapter => {
  const db = payload.db as unknown as Partial<PgAdapter>
  return db.name === 'postgres' && db.drizzle && db.sessions ? (db as PgAdapter) : null
}

/**
 * Says that deliveries were queued: on PostgreSQL every listening process's sender looks at once, this one's among
 * them; elsewhere the sender in this process does (src/delivery/senderSignal.ts). The NOTIFY joins `req`'s
 * transaction, so PostgreSQL delivers it on commit (when the rows are visible) and never after a rollback.
 */
export async function wakeSenders({ payload, req }: { payload: Payload; req?: PayloadRequest }): Promise<void> {
  const db = postgresOf(payload)
  // A sender on PostgreSQL listens (this process's too), and hears it once the rows are visible: one wake-up, not two.
  if (!db) return wakeSender()
  const transactionID = req?.transactionID ? await req.transactionID : undefined
  const tx = (transactionID ? db.sessions[String(transactionID)]?.db : undefined) ?? db.drizzle
  await tx.execute(sql.raw(`NOTIFY ${WAKE_CHANNEL}`))
}

/**
 * On PostgreSQL, calls `onWake` whenever a process notifies WAKE_CHANNEL, on a connection of its own taken from the
 * pool and taken again after an error (the tick covers what is missed meanwhile). Returns the stop, which gives the
 * connection back closed; elsewhere returns a stop that does nothing.
 */
export function listenForWakeups({ onWake, payload }: { onWake: () => void; payload: Payload }): () => void {
  const pool = postgresOf(payload)?.pool
  if (!pool) return () => undefined
  let isStopped = false
  let client: null | PgClient = null
  let failures = 0
  let retry: null | ReturnType<typeof setTimeout> = null

  const drop = (err?: Error) => {
    const current = client
    client = null
    if (!current) return
    current.removeAllListeners()
    current.on('error', () => undefined) // a closing connection may still report its end
    current.release(err ?? true) // closed, not back in the pool: it would keep listening there
  }
  const again = (err: unknown) => {
    drop(err instanceof Error ? err : new Error(String(err)))
    // One failure may be reported twice (the connection's error, then the LISTEN it was running): one retry.
    if (isStopped || retry) return
    const delay = RECONNECT_DELAYS_MS[Math.min(failures++, RECONNECT_DELAYS_MS.length - 1)]!
    payload.logger.error({ err, msg: `Webhook wake-ups: the LISTEN connection failed; listening again in ${delay} ms (the two-second tick goes on meanwhile)` })
    retry = setTimeout(() => void listen(), delay)
    retry.unref?.()
  }
  const listen = async () => {
    retry = null
    try {
      const connected = await pool.connect()
      if (isStopped) return void connected.release(true)
      client = connected
      connected.on('notification', () => onWake())
      connected.on('error', again)
      connected.on('end', () => {
        if (client === connected) again(new Error('connection ended'))
      })
      await connected.query(`LISTEN ${WAKE_CHANNEL}`)
      failures = 0
      // Deliveries queued while no one listened are found now, not at the next tick.
      onWake()
    } catch (err) {
      again(err)
    }
  }
  void listen()
  return () => {
    isStopped = true
    if (retry) clearTimeout(retry)
    drop()
  }
}
