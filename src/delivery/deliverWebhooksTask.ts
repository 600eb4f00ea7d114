// The jobs-queue task that runs the webhook sender in the background: expiry check, then one round of due deliveries.
import type { TaskConfig } from 'payload'

import { queueExpiredItems } from './queueExpiredItems'
import { sendDueDeliveries } from './sendDueDeliveries'

export const DELIVERY_QUEUE = 'deliveries'
export const DELIVER_WEBHOOKS_TASK = 'deliverWebhooks' as const
/** How often the expiry check runs; each round sends, but expiries need not be noticed within the second. */
const EXPIRY_CHECK_INTERVAL_MS = 15_000

let lastExpiryCheck = 0

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
    const sent = await sendDueDeliveries({ payload: req.payload })
    // The round runs every two seconds and its queue is silent (payload.config.ts): say something only when it did something.
    if (sent || expired) req.payload.logger.info({ expired, msg: `Webhooks: ${sent} sent, ${expired} expired items queued`, sent })
    return { output: { expired, sent } }
  },
}
