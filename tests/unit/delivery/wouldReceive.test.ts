import { describe, expect, it } from 'vitest'

import { outletsHoldingItem, type PastDelivery } from '../../../src/delivery/recipients'
import { audienceFieldOf, type DeliverableItem, languageOf, sharedChannel, type SubscribingOutlet, wouldReceive } from '../../../src/delivery/wouldReceive'

const outlet: SubscribingOutlet = { accessLevel: 'public', active: true, channels: ['newspaper', 'web'] }
const article: DeliverableItem = { audiences: ['public'], campaign: 3, channels: ['web'], collection: 'articles', unit: { id: 7 } }

describe('wouldReceive', () => {
  it.each<[string, Partial<SubscribingOutlet>, Partial<DeliverableItem>, boolean]>([
    ['a subscribed public outlet receives a public item', {}, {}, true],
    ['an inactive outlet receives nothing', { active: false }, {}, false],
    ['no shared channel', { channels: ['radio'] }, {}, false],
    ['a content type the outlet does not take', { contentTypes: ['slogans'] }, {}, false],
    ['a content type the outlet takes', { contentTypes: ['articles'] }, {}, true],
    ['another campaign', { campaigns: [4] }, {}, false],
    ['its campaign (populated)', { campaigns: [{ id: 3 }] }, {}, true],
    ['another unit', { units: [8] }, {}, false],
    ['its unit', { units: ['7'] }, {}, true],
    ['a press item for a public outlet', {}, { audiences: ['press'] }, false],
    ['a press item for a press outlet', { accessLevel: 'press' }, { audiences: ['press'] }, true],
    ['a cadres item for an internal outlet', { accessLevel: 'internal' }, { audiences: ['cadres'] }, true],
    ['a cadres item for a press outlet', { accessLevel: 'press' }, { audiences: ['cadres'] }, false],
    ['an internal brief for a press outlet', { accessLevel: 'press' }, { audiences: undefined, collection: 'briefs', distribution: 'internal' }, false],
    ['a public brief for a public outlet', {}, { audiences: undefined, collection: 'briefs', distribution: 'public' }, true],
    ['an English-only outlet (Vietnamese falls back)', { languages: ['en'] }, {}, true],
    ['an outlet without channels', { channels: null }, {}, false],
    ['an outlet with no channels listed', { channels: undefined }, {}, false],
    ['an item without channels', {}, { channels: null }, false],
    ['an item with no channels listed', {}, { channels: undefined }, false],
    ['one of its campaigns', { campaigns: [4, { id: 3 }] }, {}, true],
    ['one of its units', { units: [8, { id: 7 }] }, {}, true],
    ['none of its units', { units: [8, 9] }, {}, false],
    ['an item without a unit, for an outlet taking any unit', {}, { unit: null }, true],
    ['an item without a unit, for an outlet filtering by unit', { units: [7] }, { unit: null }, false],
    ['an item with no unit set, for an outlet filtering by unit', { units: [7] }, { unit: undefined }, false],
    ['an item without a campaign, for an outlet filtering by campaign', { campaigns: [3] }, { campaign: null }, false],
    ['an item without a unit, for an outlet whose unit filter holds an unset entry', { units: [null, 8] }, { unit: null }, false],
    ['its unit, beside an unset entry in the filter', { units: [null, 7] }, {}, true],
    ['a public item for a press outlet', { accessLevel: 'press' }, {}, true],
    ['a public item for an internal outlet', { accessLevel: 'internal' }, {}, true],
    ['an item for cadres and the public, for a public outlet', {}, { audiences: ['cadres', 'public'] }, true],
    ['an item for cadres and the press, for a press outlet', { accessLevel: 'press' }, { audiences: ['cadres', 'press'] }, true],
    ['an item for cadres and the press, for a public outlet', {}, { audiences: ['cadres', 'press'] }, false],
    ['an article without audiences, for a public outlet', {}, { audiences: null }, false],
    ['an article with no audiences set, for a press outlet', { accessLevel: 'press' }, { audiences: undefined }, false],
    ['an article without audiences, for an internal outlet', { accessLevel: 'internal' }, { audiences: null }, true],
    ['a public brief for a press outlet', { accessLevel: 'press' }, { audiences: undefined, collection: 'briefs', distribution: 'public' }, true],
    ['a press brief for a public outlet', {}, { audiences: undefined, collection: 'briefs', distribution: 'press' }, false],
    ['a brief without distribution, for a public outlet', {}, { audiences: ['public'], collection: 'briefs', distribution: null }, false],
    ['an article with a public distribution but press audiences, for a public outlet', {}, { audiences: ['press'], distribution: 'public' }, false],
  ])('%s → %s', (_label, o, i, expected) => {
    expect(wouldReceive({ ...outlet, ...o }, { ...article, ...i })).toBe(expected)
  })

  it('renders for the first of the outlet’s channels that carries the item, in its first language', () => {
    expect(sharedChannel({ ...outlet, channels: ['radio', 'web', 'newspaper'] }, { ...article, channels: ['newspaper', 'web'] })).toBe('web')
    expect(languageOf({ ...outlet, languages: ['en', 'vi'] })).toBe('en')
    expect(languageOf(outlet)).toBe('vi')
  })

  it('reads who a brief is for from its distribution, and every other content type from its audiences', () => {
    expect(audienceFieldOf('briefs')).toBe('distribution')
    expect(audienceFieldOf('articles')).toBe('audiences')
    expect(audienceFieldOf('talking-points')).toBe('audiences')
    expect(audienceFieldOf('slogans')).toBe('audiences')
  })
})

describe('outletsHoldingItem', () => {
  const d = (outletId: number, event: PastDelivery['event'], state: PastDelivery['state']): PastDelivery => ({ event, outletId, state })
  it.each<[string, PastDelivery[], string[]]>([
    ['a successful publication', [d(1, 'item.published', 'success')], ['1']],
    ['a failed publication holds nothing', [d(1, 'item.published', 'failed')], []],
    ['a publication still on its way', [d(1, 'item.published', 'retrying')], ['1']],
    ['a kill ends the hold', [d(1, 'item.published', 'success'), d(1, 'item.withdrawn', 'pending')], []],
    ['an expiry ends the hold', [d(1, 'item.published', 'success'), d(1, 'item.expired', 'success')], []],
    ['a failed correction keeps the older copy', [d(1, 'item.published', 'success'), d(1, 'item.corrected', 'failed')], ['1']],
    ['republished after a kill', [d(1, 'item.published', 'success'), d(1, 'item.withdrawn', 'success'), d(1, 'item.published', 'success')], ['1']],
    ['per outlet', [d(1, 'item.published', 'success'), d(2, 'item.published', 'failed'), d(3, 'item.published', 'success')], ['1', '3']],
  ])('%s', (_label, history, expected) => {
    expect(outletsHoldingItem(history).sort()).toEqual(expected)
  })
})
