// Reads one verified push (the body Nguồn's own webhooks carry: { type, timestamp, data: <ninjs item> }) into the desk
// item it brings, and says whether it is older than the desk row it would replace. No Payload import.
import { z } from 'zod'

import type { DeskRow } from './compareIncoming'

import { DELIVERY_EVENTS, type DeliveryEvent } from '../delivery/recipients'
import { readNinjsItem, type UpstreamItem } from './parseUpstream'

export type ReadPush = { event: DeliveryEvent; item: UpstreamItem; kind: 'ok' } | { kind: 'error'; message: string }

const PushEnvelope = z.object({
  data: z.record(z.string(), z.unknown(), { message: 'data: một tin ninjs / a ninjs item' }),
  timestamp: z.string().optional(),
  type: z.enum(DELIVERY_EVENTS as [DeliveryEvent, ...DeliveryEvent[]], { message: `type: một trong ${DELIVERY_EVENTS.join(', ')} / one of those` }),
})

/**
 * The event and the item of a push body. An `item.withdrawn` always withdraws (its ninjs says canceled; one that says
 * usable is read as canceled all the same); an expiry is not a withdrawal and carries the item as it stands.
 */
export function readPush({ baseUrl, body }: { baseUrl: string; body: string }): ReadPush {
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch {
    return { kind: 'error', message: 'Nội dung không phải JSON hợp lệ / The body is not valid JSON' }
  }
  const envelope = PushEnvelope.safeParse(value)
  if (!envelope.success) return { kind: 'error', message: `Không phải tin đẩy của Nguồn / Not a Nguồn push: ${z.prettifyError(envelope.error).replace(/\s+/g, ' ')}` }
  const read = readNinjsItem({ baseUrl, value: envelope.data.data })
  if (read.kind === 'error') return { kind: 'error', message: `Tin ninjs không dùng được / Unusable ninjs item: ${read.message}` }
  const { item } = read
  const isWithdrawal = envelope.data.type === 'item.withdrawn' && item.pubStatus === 'usable'
  return { event: envelope.data.type, item: isWithdrawal ? { ...item, pubStatus: 'canceled' } : item, kind: 'ok' }
}

/**
 * Whether the item is an older version than the row holds (both say when they were last changed upstream): a delivery
 * that arrives late, after a newer one, must not bring back older text or undo a withdrawal. Without both times it is not.
 */
export function isOlderThanDesk(row: Pick<DeskRow, 'upstreamUpdatedAt'>, item: Pick<UpstreamItem, 'updatedAt'>): boolean {
  // A missing time parses as NaN, and any comparison with NaN is false.
  // Stryker disable next-line StringLiteral: any text that is not a date parses as NaN, as '' does
  return Date.parse(item.updatedAt ?? '') < Date.parse(row.upstreamUpdatedAt ?? '')
}
