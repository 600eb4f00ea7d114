// One round of the scheduled poller: claim the due sources, then poll them a few at a time, so a source that hangs
// until its timeout holds one slot and not the others.
import type { Payload } from 'payload'

import { claimDueSources } from './claimDueSources'
import { ingestSource } from './ingestSource'

/** Sources polled at once in a process: each is mostly waiting on the network, and each save takes the writer briefly. */
export const POLL_CONCURRENCY = 4
/** Sources one round claims: at 4 at a time and a 15 s timeout, a round of hanging sources still ends within 75 s. */
export const POLL_BATCH = 20
/** How long a claim holds a source: past the longest round (above) with its saves, so no other process takes it meanwhile. */
export const POLL_LEASE_MS = 5 * 60_000

export type PollRound = { failed: number; new: number; polled: number; updated: number; withdrawn: number }

/** Polls the sources due at `now` (at most `limit`), `concurrency` at a time; never throws for one source. */
export async function pollDueSources({
  concurrency = POLL_CONCURRENCY,
  limit = POLL_BATCH,
  now = new Date(),
  payload,
}: {
  concurrency?: number
  limit?: number
  now?: Date
  payload: Payload
}): Promise<PollRound> {
  const round: PollRound = { failed: 0, new: 0, polled: 0, updated: 0, withdrawn: 0 }
  const ids = await claimDueSources({ leaseUntil: new Date(now.getTime() + POLL_LEASE_MS), limit, now, payload })
  let next = 0
  const slot = async () => {
    while (next < ids.length) {
      const id = ids[next++]!
      round.polled++
      try {
        // ingestSource records every outcome and never throws; the catch is for what it cannot foresee.
        const result = await ingestSource({ payload, sourceId: id })
        if (result.kind === 'error') {
          round.failed++
          continue
        }
        round.new += result.new
        round.updated += result.updated
        round.withdrawn += result.withdrawn
      } catch (err) {
        round.failed++
        payload.logger.error({ err, msg: `ingest: polling source ${id} failed` })
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, ids.length)) }, slot))
  return round
}
