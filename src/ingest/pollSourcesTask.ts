// The jobs-queue task that polls due sources in the background: every ten seconds it starts a round (pollDueSources)
// unless this process's last one is still under way. Its slug is a value of PostgreSQL's task_slug enums (migration
// 20261205_122500_poll_sources_task).
import type { Payload, TaskConfig } from 'payload'

import { beforePayloadDestroy } from '../ops/beforePayloadDestroy'
import { pollDueSources, type PollRound } from './pollDueSources'

export const INGEST_QUEUE = 'ingest'
export const POLL_SOURCES_TASK = 'pollSources' as const

/** The round under way in this process, if any. */
let current: null | Promise<null | PollRound> = null
const waitedFor = new WeakSet<Payload>()

/**
 * Starts a round unless one is under way here; false when one was. The job does not wait for it: a source that hangs
 * until its timeout would otherwise hold the `npm run jobs` worker's whole round, webhooks included. Payload's
 * destroy waits for the round, so no poll is cut off mid-save.
 */
export function startPollRound(payload: Payload): boolean {
  if (current) return false
  if (!waitedFor.has(payload)) {
    waitedFor.add(payload)
    beforePayloadDestroy(payload, async () => void (await current))
  }
  current = pollDueSources({ payload })
    .then((round) => {
      // Rounds start every ten seconds and the queue is silent (payload.config.ts): say something only when sources were polled.
      if (round.polled) payload.logger.info({ ...round, msg: `Ingest: ${round.polled} sources polled, ${round.failed} failed; ${round.new} new, ${round.updated} updated, ${round.withdrawn} withdrawn items` })
      return round
    })
    .catch((err: unknown) => {
      payload.logger.error({ err, msg: 'Ingest: the polling round failed; the next one goes on' })
      return null
    })
    .finally(() => {
      current = null
    })
  return true
}

/** The round under way in this process (tests and shutdown wait for it); null when none is. */
export const pollRoundUnderWay = (): null | Promise<null | PollRound> => current

export const pollSourcesTask: TaskConfig<{ input: Record<string, never>; output: { started: boolean } }> = {
  slug: POLL_SOURCES_TASK,
  label: 'Lấy tin từ các nguồn đến hạn / Poll due sources',
  outputSchema: [{ name: 'started', type: 'checkbox' }],
  // Queued every ten seconds while none is waiting or running; each source keeps its own interval (nextPollAt).
  schedule: [{ cron: '*/10 * * * * *', queue: INGEST_QUEUE }],
  retries: 0,
  handler: ({ req }) => ({ output: { started: startPollRound(req.payload) } }),
}
