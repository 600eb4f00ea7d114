// An admin's "Resend": the same message (webhook-id and body) goes out again from attempt one.
import type { Payload } from 'payload'

import { wakeSenders } from './senderWakeups'

type Outcome = { body: Record<string, unknown>; status: 200 | 404 | 409 }

export async function resend({ id, now = new Date(), payload }: { id: number | string; now?: Date; payload: Payload }): Promise<Outcome> {
  const delivery = await payload.findByID({ collection: 'deliveries', depth: 0, disableErrors: true, id, overrideAccess: true }).catch(() => null)
  if (!delivery) return { body: { error: 'Không tìm thấy lượt gửi / Delivery not found' }, status: 404 }
  if (delivery.state === 'in_progress') return { body: { error: 'Lượt gửi đang được gửi / This delivery is being sent right now' }, status: 409 }
  const doc = await payload.update({
    collection: 'deliveries',
    data: { attempts: 0, claimedAt: null, deliveredAt: null, lastError: null, lastStatus: null, nextAttemptAt: now.toISOString(), state: 'pending' },
    depth: 0,
    id,
    overrideAccess: true,
  })
  await wakeSenders({ payload })
  return { body: { doc }, status: 200 }
}
