import { describe, expect, it } from 'vitest'

import { type FeedChange, scopesTouchedBy } from '../../../src/feeds/feedScopes'

const article = (channels: unknown, extra: Record<string, unknown> = {}) => ({ channels, id: 5, ...extra })
const change = (over: Partial<FeedChange>): FeedChange => ({ kind: 'collection', liveChannelsBefore: [], slug: 'articles', ...over })

describe('the scopes a change touches', () => {
  it.each<[string, FeedChange, ReturnType<typeof scopesTouchedBy>]>([
    ['a new item approved for one channel', change({ doc: article(['newspaper']), previousDoc: {} }), ['channel:newspaper']],
    ['a new item with no previous document at all', change({ doc: article(['radio']) }), ['channel:radio']],
    ['an item for two channels', change({ doc: article(['web', 'radio']), previousDoc: article(['web', 'radio']) }), ['channel:radio', 'channel:web']],
    ['an item moved from one channel to another (draft before)', change({ doc: article(['television']), previousDoc: article(['newspaper']) }), ['channel:newspaper', 'channel:television']],
    [
      'an approval whose draft already moved channel: the live version’s channel too',
      change({ doc: article(['television']), liveChannelsBefore: ['newspaper'], previousDoc: article(['television']) }),
      ['channel:newspaper', 'channel:television'],
    ],
    ['a withdrawal', change({ doc: article(['radio'], { workflowStatus: 'withdrawn' }), liveChannelsBefore: ['radio'], previousDoc: article(['radio']) }), ['channel:radio']],
    ['an embargoed (scheduled) item', change({ doc: article(['television'], { workflowStatus: 'scheduled' }), previousDoc: article(['television']) }), ['channel:television']],
    ['an item in no channel, before or after', change({ doc: article([]), previousDoc: article([]) }), []],
    ['a bulletin: its channels and the audio feeds', change({ doc: article(['loudspeaker']), previousDoc: {}, slug: 'bulletins' }), ['channel:loudspeaker', 'audio']],
    ['a bulletin in no channel still touches the audio feeds', change({ doc: article([]), slug: 'bulletins' }), ['audio']],
    ['an outlet edit: its renderings and lookups of unknown tokens', change({ doc: { id: 12, name: 'Báo' }, previousDoc: { id: 12 }, slug: 'outlets' }), ['outlet:12', 'outlets:unknown-tokens']],
    ['an outlet deleted', change({ doc: { id: 'abc' }, operation: 'delete', slug: 'outlets' }), ['outlet:abc', 'outlets:unknown-tokens']],
    ['an outlet known only by its previous document', change({ doc: undefined, operation: 'delete', previousDoc: { id: 9 }, slug: 'outlets' }), ['outlet:9', 'outlets:unknown-tokens']],
  ])('%s', (_label, input, expected) => {
    expect(scopesTouchedBy(input)).toEqual(expected)
  })

  it.each<[string, FeedChange]>([
    ['a settings global', { kind: 'global', slug: 'broadcast-settings' }],
    ['a global of unknown kind', { kind: 'global', slug: 'feed-state' }],
    // Globals and collections have slugs of their own: a global may share an outlet's or an article's.
    ['a global named like the outlets collection', { doc: { id: 12 }, kind: 'global', slug: 'outlets' }],
    ['a global named like a content collection', { doc: article(['web']), kind: 'global', liveChannelsBefore: [], previousDoc: {}, slug: 'articles' }],
    ['an unknown collection', change({ doc: article(['web']), slug: 'campaigns' })],
    ['a deleted item (its live versions are gone with it)', change({ doc: article(['web']), operation: 'delete' })],
    ['an item without a document', change({ doc: undefined })],
    ['an item that does not name its channels', change({ doc: { id: 5, title: 'x' }, previousDoc: article(['web']) })],
    ['a previous document that does not name its channels', change({ doc: article(['web']), previousDoc: { id: 5, title: 'x' } })],
    ['an unknown channel', change({ doc: article(['fax']), previousDoc: {} })],
    ['live channels that could not be read', change({ doc: article(['web']), liveChannelsBefore: undefined, previousDoc: {} })],
    ['live channels with an unknown value', change({ doc: article(['web']), liveChannelsBefore: [Symbol('unknown')], previousDoc: {} })],
    ['an outlet without an id', change({ doc: { name: 'x' }, slug: 'outlets' })],
  ])('falls back to everything for %s', (_label, input) => {
    expect(scopesTouchedBy(input)).toBe('everything')
  })
})
