import { describe, expect, it } from 'vitest'

import { type FanoutOutlet, planFanout } from '../../../src/delivery/fanoutPlan'
import type { DeliverableItem } from '../../../src/delivery/wouldReceive'

const article: DeliverableItem = { audiences: ['public'], channels: ['web', 'radio'], collection: 'articles' }
const outlets: FanoutOutlet[] = [
  { accessLevel: 'public', channels: ['web'], id: 1 },
  { accessLevel: 'public', channels: ['web'], id: 2 },
  { accessLevel: 'public', channels: ['radio', 'web'], id: 3, languages: ['en'] },
  { accessLevel: 'internal', channels: ['web'], id: 4 },
  { accessLevel: 'public', channels: ['television'], id: 5 },
]

describe('planFanout', () => {
  it('sends a publication to the outlets that would see it, one rendition per language × level × channel', () => {
    const plan = planFanout({ event: 'item.published', holders: null, item: article, key: 'k', outlets })
    expect(plan.map((p) => p.outletId)).toEqual([1, 2, 3, 4])
    expect(new Set(plan.map((p) => p.renditionKey))).toEqual(new Set(['vi|public|web', 'en|public|radio', 'vi|internal|web']))
  })

  it('sends a correction or a kill to exactly the holders, whatever their filters say now', () => {
    const holders = new Set(['2', '5'])
    for (const event of ['item.corrected', 'item.withdrawn', 'item.expired'] as const) {
      expect(planFanout({ event, holders, item: article, key: 'k', outlets }).map((p) => p.outletId)).toEqual([2, 5])
    }
    expect(planFanout({ event: 'item.withdrawn', holders: null, item: article, key: 'k', outlets })).toEqual([])
  })

  it('gives a holder that no longer shares a channel with the item a rendition without one', () => {
    const [planned] = planFanout({ event: 'item.corrected', holders: new Set(['5']), item: article, key: 'k', outlets })
    expect(planned!.rendition).toEqual({ channel: undefined, language: 'vi', level: 'public' })
    expect(planned!.renditionKey).toBe('vi|public|')
  })

  it('derives the same webhook id per fan-out and outlet every time, and different ones otherwise', () => {
    const once = planFanout({ event: 'item.published', holders: null, item: article, key: 'k', outlets })
    const again = planFanout({ event: 'item.published', holders: null, item: article, key: 'k', outlets })
    const other = planFanout({ event: 'item.published', holders: null, item: article, key: 'k2', outlets })
    expect(again.map((p) => p.webhookId)).toEqual(once.map((p) => p.webhookId))
    expect(new Set([...once, ...other].map((p) => p.webhookId)).size).toBe(8)
    expect(once[0]!.webhookId).toMatch(/^msg_[A-Za-z0-9_-]{22}$/)
  })
})
