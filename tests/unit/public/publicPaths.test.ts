import { describe, expect, it } from 'vitest'

import type { FeedItem } from '../../../src/feeds/types'

import { itemJsonLd, renderItemPage } from '../../../src/public/pages'
import { hasPublicPage, itemPath, parsePublicPath } from '../../../src/public/publicPaths'

const NOW = new Date('2023-12-10T00:00:00Z')
const LIVE = { _status: 'published', audiences: ['public'], channels: ['web'], workflowStatus: 'published' }

describe('hasPublicPage', () => {
  it('grants a page to a live public item of the web channel', () => {
    expect(hasPublicPage({ collection: 'articles', doc: LIVE, now: NOW })).toBe(true)
    expect(hasPublicPage({ collection: 'briefs', doc: { ...LIVE, audiences: undefined, distribution: 'public' }, now: NOW })).toBe(true)
  })

  it.each([
    ['a draft', { ...LIVE, _status: 'draft', workflowStatus: 'draft' }],
    ['a withdrawn item', { ...LIVE, _status: 'draft', workflowStatus: 'withdrawn' }],
    ['a scheduled item', { ...LIVE, _status: 'draft', workflowStatus: 'scheduled' }],
    ['a published item whose correction is in review', { ...LIVE, workflowStatus: 'in_review' }],
    ['an item for the press only', { ...LIVE, audiences: ['press'] }],
    ['an item for cadres and the press', { ...LIVE, audiences: ['cadres', 'press'] }],
    ['an item not on the web channel', { ...LIVE, channels: ['newspaper', 'radio'] }],
    ['an item with no channel', { ...LIVE, channels: null }],
    ['an item embargoed until later', { ...LIVE, publishAt: '2023-12-11T00:00:00Z' }],
    ['an expired item', { ...LIVE, expireAt: '2023-12-09T00:00:00Z' }],
  ])('refuses %s', (_name, doc) => {
    expect(hasPublicPage({ collection: 'articles', doc, now: NOW })).toBe(false)
  })

  it('refuses a brief distributed to the press, and a slogan outside its display window', () => {
    expect(hasPublicPage({ collection: 'briefs', doc: { ...LIVE, distribution: 'press' }, now: NOW })).toBe(false)
    expect(hasPublicPage({ collection: 'slogans', doc: { ...LIVE, displayFrom: '2023-12-11T00:00:00Z' }, now: NOW })).toBe(false)
    expect(hasPublicPage({ collection: 'slogans', doc: { ...LIVE, displayUntil: '2023-12-09T00:00:00Z' }, now: NOW })).toBe(false)
    expect(hasPublicPage({ collection: 'slogans', doc: { ...LIVE, displayFrom: '2023-11-30T00:00:00Z', displayUntil: '2023-12-30T00:00:00Z' }, now: NOW })).toBe(true)
  })
})

describe('addresses', () => {
  it('builds /{locale}/{collection}/{id}-{slug} from the slug, else the title', () => {
    expect(itemPath({ collection: 'articles', id: 12, locale: 'vi', slug: 'bai-mot', title: 'Khác' })).toBe('/vi/articles/12-bai-mot')
    expect(itemPath({ collection: 'talking-points', id: 3, locale: 'en', title: 'Đề cương: giảm nghèo' })).toBe('/en/talking-points/3-de-cuong-giam-ngheo')
    expect(itemPath({ collection: 'slogans', id: 4, locale: 'vi', title: '!!!' })).toBe('/vi/slogans/4-muc')
  })

  it('parses what it builds, and nothing else', () => {
    expect(parsePublicPath('/vi/articles/12-bai-mot')).toEqual({ collection: 'articles', id: '12', kind: 'item', locale: 'vi', slug: 'bai-mot' })
    expect(parsePublicPath('/en/briefs/7')).toEqual({ collection: 'briefs', id: '7', kind: 'item', locale: 'en', slug: '' })
    expect(parsePublicPath('/en/')).toEqual({ kind: 'home', locale: 'en' })
    expect(parsePublicPath('/vi/slogans')).toEqual({ kind: 'slogans', locale: 'vi' })
    expect(parsePublicPath('/vi/campaigns/plan-232')).toEqual({ kind: 'campaign', locale: 'vi', slug: 'plan-232' })
    for (const path of ['/fr/articles/1', '/vi/users/1', '/vi/articles/x-1', '/vi/articles/1-A', '/vi/articles/1-a/b', '/vi/campaigns/A_B', '/vi/articles/__proto__']) {
      expect(parsePublicPath(path), path).toBeNull()
    }
  })
})

describe('item page', () => {
  const item: FeedItem = {
    bodyHtml: '<p>Nội dung</p>',
    bodyText: 'Nội dung',
    collection: 'articles',
    docId: '1',
    firstCreated: '2023-12-01T00:00:00.000Z',
    id: 'urn:nguon:articles:1',
    images: [],
    language: 'vi',
    publishedAt: '2023-12-01T00:00:00.000Z',
    pubStatus: 'usable',
    summary: 'Tóm tắt </script><script>alert(1)</script>',
    title: 'Tiêu đề <b>đậm</b> & "trích"',
    topics: [],
    unit: { code: 'STTTT', name: 'Sở Thông tin và Truyền thông' },
    version: 1,
    versionCreated: '2023-12-01T00:00:00.000Z',
  }
  const site = { publisher: 'Văn phòng UBND tỉnh', serverURL: 'https://nguon.example.gov.vn' }
  const entry = { isTranslated: true, item, path: '/vi/articles/1-tieu-de', paths: { vi: '/vi/articles/1-tieu-de' } }

  it('escapes the editors’ text everywhere, JSON-LD included', () => {
    const html = renderItemPage({ entry, locale: 'vi', site })
    expect(html).toContain('<h1>Tiêu đề &lt;b&gt;đậm&lt;/b&gt; &amp; &quot;trích&quot;</h1>')
    expect(html).not.toContain('<script>alert(1)')
    expect(html.match(/<\/script>/g)).toHaveLength(1)
  })

  it('says NewsArticle for articles and Article otherwise, published by the province’s office', () => {
    expect(itemJsonLd(site, entry, 'vi')).toMatchObject({ '@type': 'NewsArticle', publisher: { name: site.publisher }, url: 'https://nguon.example.gov.vn/vi/articles/1-tieu-de' })
    expect(itemJsonLd(site, { ...entry, item: { ...item, collection: 'briefs' } }, 'vi')['@type']).toBe('Article')
  })
})
