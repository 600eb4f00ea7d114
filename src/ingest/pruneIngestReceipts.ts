// Forgets push receipts once no retry can carry their webhook-id any more: one DELETE, at most once an hour per process.
import type { Payload } from 'payload'

/**
 * How long a receipt is kept. The sender retries one delivery for at most NGUON_WEBHOOK_MAX_ATTEMPTS × 6 hours (two days
 * by default) with the same webhook-id; a replay of captured bytes is refused after 5 minutes by its timestamp anyway.
 */
export const RECEIPT_KEPT_DAYS = 7
const PRUNE_EVERY_MS = 60 * 60_000

let lastPrunedAt = 0

/** Deletes the receipts received more than RECEIPT_KEPT_DAYS before `now`. */
export async function pruneIngestReceipts({ now = new Date(), payload }: { now?: Date; payload: Payload }): Promise<void> {
  const before = new Date(now.getTime() - RECEIPT_KEPT_DAYS * 24 * 60 * 60_000).toISOString()
  await payload.db.deleteMany({ collection: 'ingest-receipts', where: { receivedAt: { less_than: before } } })
}

/** Prunes after a push when this process has not for an hour; never throws (a failure is logged and tried an hour later). */
export function pruneIngestReceiptsNowAndThen({ now = new Date(), payload }: { now?: Date; payload: Payload }): void {
  if (now.getTime() - lastPrunedAt < PRUNE_EVERY_MS) return
  lastPrunedAt = now.getTime()
  pruneIngestReceipts({ now, payload }).catch((err: unknown) => payload.logger.error({ err, msg: 'ingest push: could not prune old receipts' }))
}
