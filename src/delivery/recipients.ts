// Who holds an item now, from its delivery history: kills and corrections go to those outlets and no one else.
export type DeliveryEvent = 'item.corrected' | 'item.expired' | 'item.published' | 'item.withdrawn'
export type DeliveryState = 'failed' | 'in_progress' | 'pending' | 'retrying' | 'success'

export const DELIVERY_EVENTS: DeliveryEvent[] = ['item.published', 'item.corrected', 'item.withdrawn', 'item.expired']
export const DELIVERY_STATES: DeliveryState[] = ['pending', 'in_progress', 'retrying', 'success', 'failed']
/** States a claimed or claimable delivery can be in: it has not ended yet. */
export const OPEN_STATES: DeliveryState[] = ['pending', 'in_progress', 'retrying']

export type PastDelivery = { event: DeliveryEvent; outletId: number | string; state: DeliveryState }

const carriesCopy = (event: DeliveryEvent) => event === 'item.published' || event === 'item.corrected'

/**
 * Outlets that hold a live copy: a publication or correction reached them (or is still on its way, so the
 * correction must follow it), and no kill or expiry was queued for them since. `history` is oldest first.
 */
export function outletsHoldingItem(history: PastDelivery[]): string[] {
  const holding = new Set<string>()
  for (const { event, outletId, state } of history) {
    const outlet = String(outletId)
    if (!carriesCopy(event)) holding.delete(outlet)
    else if (state === 'success' || OPEN_STATES.includes(state)) holding.add(outlet)
  }
  return [...holding]
}
