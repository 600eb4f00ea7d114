import { describe, expect, it } from 'vitest'

import { Deliveries } from '../../../collections/Deliveries'
import { DELIVERY_EVENTS, DELIVERY_STATES, outletsHoldingItem, type PastDelivery } from '../../../src/delivery/recipients'

const d = (outletId: number | string, event: PastDelivery['event'], state: PastDelivery['state']): PastDelivery => ({ event, outletId, state })

const optionValues = (name: string): string[] => {
  const field = Deliveries.fields.find((f) => 'name' in f && f.name === name)
  if (!field || field.type !== 'select') throw new Error(`no select field ${name} in Deliveries`)
  return field.options.map((option) => (typeof option === 'string' ? option : option.value))
}

describe('outletsHoldingItem', () => {
  it.each<[string, PastDelivery[], string[]]>([
    ['a publication waiting to be sent', [d(1, 'item.published', 'pending')], ['1']],
    ['a publication being sent right now', [d(1, 'item.published', 'in_progress')], ['1']],
    ['a correction that reached an outlet', [d(1, 'item.corrected', 'success')], ['1']],
    ['a correction still on its way', [d(1, 'item.corrected', 'pending')], ['1']],
    ['a correction that failed, with no copy before it', [d(1, 'item.corrected', 'failed')], []],
    ['a kill that failed still ends the hold', [d(1, 'item.published', 'success'), d(1, 'item.withdrawn', 'failed')], []],
    ['a kill for one outlet leaves the others holding', [d(1, 'item.published', 'success'), d(2, 'item.published', 'pending'), d(2, 'item.withdrawn', 'success')], ['1']],
    ['string and number ids name the same outlet', [d(1, 'item.published', 'success'), d('1', 'item.expired', 'pending')], []],
  ])('%s', (_label, history, expected) => {
    expect(outletsHoldingItem(history).sort()).toEqual(expected)
  })

  it('counts a publication as held while it is on its way or once it arrived, and not once it failed', () => {
    const isHeld: Record<string, boolean> = { failed: false, in_progress: true, pending: true, retrying: true, success: true }
    expect(Object.keys(isHeld).sort()).toEqual(optionValues('state').sort())
    for (const state of optionValues('state') as PastDelivery['state'][]) {
      expect(outletsHoldingItem([d(1, 'item.published', state)]), state).toEqual(isHeld[state] ? ['1'] : [])
    }
  })
})

describe('delivery vocabulary', () => {
  it('names exactly the events and states the Deliveries collection stores', () => {
    expect(DELIVERY_EVENTS).toEqual(optionValues('event'))
    expect(DELIVERY_STATES).toEqual(optionValues('state'))
  })
})
