// The webhook sender's round is queued every two seconds; an idle round must not log ("Running 1 jobs" 676 times in
// 22 minutes drowned the log). Errors of the round are still logged.
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DELIVER_WEBHOOKS_TASK, DELIVERY_QUEUE } from '../../src/delivery/deliverWebhooksTask'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/** Runs the deliveries queue as Payload's autoRun cron does (same options from the config), collecting log lines. */
async function autoRunDeliveries(payload: Payload): Promise<string[]> {
  const autoRun = payload.config.jobs.autoRun as { limit?: number; queue?: string; silent?: unknown }[]
  const entry = autoRun.find((cron) => cron.queue === DELIVERY_QUEUE)!
  const lines: string[] = []
  const logger = payload.logger as unknown as Record<'error' | 'info' | 'warn', (...args: unknown[]) => void>
  const original = { error: logger.error, info: logger.info, warn: logger.warn }
  for (const level of ['error', 'info', 'warn'] as const) {
    logger[level] = (obj: unknown) => void lines.push(`${level}: ${typeof obj === 'string' ? obj : (obj as { msg?: string }).msg}`)
  }
  try {
    await payload.jobs.queue({ input: {}, queue: DELIVERY_QUEUE, task: DELIVER_WEBHOOKS_TASK })
    await payload.jobs.run({ limit: entry.limit, queue: entry.queue, silent: entry.silent as never })
  } finally {
    Object.assign(logger, original)
  }
  return lines
}

describe('job logs', () => {
  let t: TestPayload
  beforeAll(async () => {
    t = await startTestPayload('job-logs')
  }, 120_000)
  afterAll(async () => {
    await t?.stop()
  })

  it('logs nothing for a webhook round that has nothing to send', async () => {
    expect(await autoRunDeliveries(t.payload)).toEqual([])
    // …and the round did run: no job of it is left waiting.
    const waiting = await t.payload.count({
      collection: 'payload-jobs',
      overrideAccess: true,
      where: { and: [{ taskSlug: { equals: DELIVER_WEBHOOKS_TASK } }, { completedAt: { exists: false } }] },
    })
    expect(waiting.totalDocs).toBe(0)
  })

  it('keeps the deliveries queue logging its errors', () => {
    const autoRun = t.payload.config.jobs.autoRun as { queue?: string; silent?: unknown }[]
    const silent = autoRun.find((cron) => cron.queue === DELIVERY_QUEUE)!.silent
    expect(silent === true || (typeof silent === 'object' && (silent as { error?: boolean }).error)).toBe(false)
  })
})
