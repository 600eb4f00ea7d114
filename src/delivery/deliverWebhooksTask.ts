// The jobs-queue task that runs the webhook sender in the background: expiry check, then one round of due deliveries.
import type { Payload, TaskConfig } from 'payload'

import { queueExpiredItems } from './queueExpiredItems'
import { sendDueDeliveries } from './sendDueDeliveries'
import { beforePayloadDestroy } from '../ops/beforePayloadDestroy'
import { onSenderWake } from './senderSignal'
import { listenForWakeups } from './senderWakeups'

export const DELIVERY_QUEUE = 'deliveries'
export const DELIVER_WEBHOOKS_TASK = 'deliverWebhooks' as const
/** How often the expiry check runs; each round sends, but expiries need not be noticed within the second. */
const EXPIRY_CHECK_INTERVAL_MS = 15_000

let lastExpiryCheck = 0

/** The round under way in this process, if any; a wake-up during it asks for one more. */
let current: null | Promise<number> = null
let isWanted = false
let listening: null | { payload: Payload; stop: () => void } = null

/** Runs sender rounds in this process until no wake-up came during the last one; never two at once here. */
function sendNow(payload: Payload): Promise<number> {
  isWanted = true
  if (current) return current
  current = (async () => {
    let sent = 0
    while (isWanted) {
      isWanted = false
      sent += await sendDueDeliveries({ payload })
    }
    return sent
  })().finally(() => {
    current = null
  })
  return current
}

/**
 * A process that runs this task also listens for deliveries queued in it (src/delivery/senderSignal.ts) and, on
 * PostgreSQL, in any process (LISTEN/NOTIFY, src/delivery/senderWakeups.ts), and sends at once; on SQLite and MongoDB a
 * separate `npm run jobs` worker finds them at its next round. The listening ends when Payload is destroyed, after the
 * round under way (its claimed deliveries are sent and recorded, not left for another worker to find stale).
 */
function listenForApprovals(payload: Payload): void {
  if (listening?.payload === payload) return
  listening?.stop()
  const wake = () => {
    // A process told not to run jobs (NGUON_RUN_JOBS=false, read at each wake-up as Payload's shouldAutoRun reads it) leaves sending to the one that does.
    if (listening?.payload !== payload || process.env.NGUON_RUN_JOBS === 'false') return
    sendNow(payload).catch((err: unknown) => payload.logger.error({ err, msg: 'Webhook round after an approval failed' }))
  }
  const stopInProcess = onSenderWake(wake)
  const stopListening = listenForWakeups({ onWake: wake, payload })
  let cancelShutdownStep = () => undefined as void
  const stop = () => {
    stopInProcess()
    stopListening()
    cancelShutdownStep()
    if (listening?.payload === payload) listening = null
  }
  cancelShutdownStep = beforePayloadDestroy(payload, async () => {
    stop()
    await current?.catch(() => undefined)
  })
  listening = { payload, stop }
}

/** Stops this process listening for wake-ups (a jobs worker that lost the lead); its next round listens again. */
export function stopListeningForApprovals(): void {
  listening?.stop()
}

export const deliverWebhooksTask: TaskConfig<{ input: Record<string, never>; output: { expired: number; sent: number } }> = {
  slug: DELIVER_WEBHOOKS_TASK,
  label: 'Gửi webhook cho cơ quan nhận tin / Send webhooks to outlets',
  outputSchema: [
    { name: 'expired', type: 'number' },
    { name: 'sent', type: 'number' },
  ],
  // Queued by the scheduler every two seconds while none is waiting or running; deliveries carry their own retries.
  schedule: [{ cron: '*/2 * * * * *', queue: DELIVERY_QUEUE }],
  retries: 0,
  handler: async ({ req }) => {
    let expired = 0
    if (Date.now() - lastExpiryCheck >= EXPIRY_CHECK_INTERVAL_MS) {
      expired = await queueExpiredItems({ payload: req.payload })
      lastExpiryCheck = Date.now()
    }
    listenForApprovals(req.payload)
    const sent = await sendNow(req.payload)
    // The round runs every two seconds and its queue is silent (payload.config.ts): say something only when it did something.
    if (sent || expired) req.payload.logger.info({ expired, msg: `Webhooks: ${sent} sent, ${expired} expired items queued`, sent })
    return { output: { expired, sent } }
  },
}
