// Who a fan-out goes to and which rendered copy each receiver gets, without a database: copies are rendered once per
// language × access level × channel, however many outlets share them.
import type { Channel, Locale } from '../content/vocabulary'
import type { DeliveryEvent } from './recipients'

import { webhookIdFor } from './webhookMessage'
import { type AccessLevel, type DeliverableItem, languageOf, sharedChannel, type SubscribingOutlet, wouldReceive } from './wouldReceive'

export type FanoutOutlet = SubscribingOutlet & { id: number | string }

/** What decides the bytes an outlet receives: its language, its access level (media links) and the channel it takes the item on. */
export type Rendition = { channel: Channel | undefined; language: Locale; level: AccessLevel }

export type PlannedDelivery = { outletId: number | string; rendition: Rendition; renditionKey: string; webhookId: string }

export const renditionKey = ({ channel, language, level }: Rendition): string => `${language}|${level}|${channel ?? ''}`

/**
 * A publication goes to every outlet whose feeds would show the item; a correction, kill or expiry goes to exactly the
 * outlets that hold a copy (`holders`, from the delivery history), whatever their filters say now. Each delivery's
 * webhook id derives from the fan-out's key and the outlet, so expanding the same fan-out twice yields the same ids.
 */
export function planFanout({
  event,
  holders,
  item,
  key,
  outlets,
}: {
  event: DeliveryEvent
  holders: ReadonlySet<string> | null
  item: DeliverableItem
  key: string
  outlets: FanoutOutlet[]
}): PlannedDelivery[] {
  const isPublication = event === 'item.published'
  return outlets
    .filter((outlet) => (isPublication ? wouldReceive(outlet, item) : (holders?.has(String(outlet.id)) ?? false)))
    .map((outlet) => {
      const rendition: Rendition = { channel: sharedChannel(outlet, item), language: languageOf(outlet), level: outlet.accessLevel }
      return { outletId: outlet.id, rendition, renditionKey: renditionKey(rendition), webhookId: webhookIdFor(`${key}:${outlet.id}`) }
    })
}
