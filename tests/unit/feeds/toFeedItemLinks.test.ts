// Which feed items link to a public page: the web channel's live public items only; the rest keep their id and no link.
import { describe, expect, it } from 'vitest'

import { toFeedItem } from '../../../src/feeds/toFeedItem'
import { jsonFeed } from '../../../src/feeds/jsonFeed'
import { ninjsItem } from '../../../src/feeds/ninjs'
import { renderRss } from '../../../src/feeds/rss'

const SERVER = 'https://nguon.example.gov.vn'
const base = {
  _status: 'published',
  approvedAt: '2023-12-01T00:00:00.000Z',
  audiences: ['public'],
  channels: ['web', 'newspaper'],
  createdAt: '2023-12-01T00:00:00.000Z',
  id: 7,
  slug: 'bai-bay',
  title: 'Bài bảy',
  unit: { code: 'STTTT', name: 'Sở Thông tin và Truyền thông' },
  workflowStatus: 'published',
}
const meta = { channel: 'newspaper' as const, description: 'd', generatedAt: base.approvedAt, homeUrl: SERVER, language: 'vi' as const, selfUrl: `${SERVER}/feeds/newspaper/rss.xml`, title: 't' }

describe('feed item links', () => {
  it('point to the item page in the feed language for a live public web item', () => {
    expect(toFeedItem({ collection: 'articles', doc: base, language: 'vi', serverURL: SERVER }).url).toBe(`${SERVER}/vi/articles/7-bai-bay`)
    expect(toFeedItem({ collection: 'talking-points', doc: { ...base, headline: 'Đề cương tám', id: 8, slug: undefined }, language: 'en', serverURL: SERVER }).url).toBe(
      `${SERVER}/en/talking-points/8-de-cuong-tam`,
    )
  })

  it.each([
    ['press only', { audiences: ['press'] }],
    ['not on the web channel', { channels: ['newspaper'] }],
    ['embargoed (scheduled, sent early to the press)', { _status: 'draft', publishAt: '2099-01-01T00:00:00.000Z', workflowStatus: 'scheduled' }],
    ['withdrawn (kept a week in ninjs)', { _status: 'draft', withdrawnAt: '2023-12-02T00:00:00.000Z', workflowStatus: 'withdrawn' }],
  ])('are absent for an item that is %s, in RSS, JSON Feed and ninjs, while its id stays', (_name, change) => {
    const item = toFeedItem({ collection: 'articles', doc: { ...base, ...change }, language: 'vi', serverURL: SERVER })
    expect(item.url).toBeUndefined()
    const rss = renderRss(meta, [item])
    expect(rss).not.toMatch(/<link>[^<]*articles/)
    expect(rss).toContain('<guid isPermaLink="false">urn:nguon:articles:7</guid>')
    const json = jsonFeed(meta, [item]).items[0]!
    expect(json).not.toHaveProperty('url')
    expect(json.id).toBe('urn:nguon:articles:7')
    const ninjs = ninjsItem(item)
    expect(ninjs).not.toHaveProperty('renditions')
    expect(ninjs.uri).toBe('urn:nguon:articles:7')
  })
})

describe('feed item origin (derivedFrom)', () => {
  const derivedFrom = { incoming: '5', link: 'https://tinh.example.vn/tin/5', source: 3, sourceName: 'Cổng tỉnh', sourceUrl: 'https://tinh.example.vn/rss', upstreamId: 'urn:tinh:5' }

  it('carries what the desk recorded on an adapted item', () => {
    expect(toFeedItem({ collection: 'articles', doc: { ...base, derivedFrom }, language: 'vi', serverURL: SERVER }).derivedFrom).toEqual({
      link: 'https://tinh.example.vn/tin/5',
      sourceName: 'Cổng tỉnh',
      sourceUrl: 'https://tinh.example.vn/rss',
      upstreamId: 'urn:tinh:5',
    })
  })

  it('takes the name and address from a populated source when the copies are empty, and drops what is not http(s)', () => {
    const doc = { ...base, derivedFrom: { ...derivedFrom, link: 'javascript:alert(1)', source: { id: 3, name: 'Nguồn X', url: 'https://x.example/rss' }, sourceName: '', sourceUrl: null } }
    expect(toFeedItem({ collection: 'articles', doc, language: 'vi', serverURL: SERVER }).derivedFrom).toEqual({ link: undefined, sourceName: 'Nguồn X', sourceUrl: 'https://x.example/rss', upstreamId: 'urn:tinh:5' })
  })

  it('has none on an item not adapted (an empty group, as the database gives it)', () => {
    expect(toFeedItem({ collection: 'articles', doc: base, language: 'vi', serverURL: SERVER }).derivedFrom).toBeUndefined()
    expect(toFeedItem({ collection: 'articles', doc: { ...base, derivedFrom: { incoming: null, upstreamId: null } }, language: 'vi', serverURL: SERVER }).derivedFrom).toBeUndefined()
  })
})
