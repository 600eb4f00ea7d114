import { describe, expect, it } from 'vitest'

import { renderForChannel } from '../../../src/feeds/channelText'
import { JSON_FEED_MIME_TYPE, JSON_FEED_VERSION, jsonFeed, renderJsonFeed } from '../../../src/feeds/jsonFeed'
import { canceledItem, derivedItem, embargoedItem, police, sampleItem, sampleMeta } from './items'

// RFC 3339 date-time, as JSON Feed 1.1 requires for date_published and date_modified.
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/

type ParsedFeed = Record<string, unknown> & { items: Record<string, unknown>[] }
const parse = (text: string) => JSON.parse(text) as ParsedFeed

// Built inside each test: a mutant that throws while rendering must fail the test, not the file's loading.
function sampleFeed() {
  const meta = sampleMeta({ selfUrl: 'https://nguon.example.vn/feeds/newspaper.json' })
  return { feed: parse(renderJsonFeed(meta, [sampleItem(), canceledItem, embargoedItem])), meta }
}

describe('renderJsonFeed', () => {
  it('is served as application/feed+json', () => {
    expect(JSON_FEED_MIME_TYPE).toBe('application/feed+json')
  })

  it('has the required and recommended top-level fields', () => {
    const { feed, meta } = sampleFeed()
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.version).toBe(JSON_FEED_VERSION)
    expect(feed.title).toBe(meta.title)
    expect(feed.home_page_url).toBe(meta.homeUrl)
    expect(feed.feed_url).toBe(meta.selfUrl)
    expect(feed.description).toBe(meta.description)
    expect(feed.language).toBe('vi')
    expect(Array.isArray(feed.items)).toBe(true)
    expect(feed._nguon).toEqual({ channel: 'newspaper', generatedAt: meta.generatedAt })
  })

  it('gives every item a string id, some content and RFC 3339 dates', () => {
    const { feed } = sampleFeed()
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string')
      expect(typeof item.content_html === 'string' || typeof item.content_text === 'string').toBe(true)
      expect(item.date_published).toMatch(RFC_3339)
      expect(item.date_modified).toMatch(RFC_3339)
      expect(typeof item.url).toBe('string')
      expect(typeof item.title).toBe('string')
      // Only extension keys may be unknown to JSON Feed readers.
      const known = ['id', 'url', 'title', 'content_html', 'content_text', 'summary', 'image', 'date_published', 'date_modified', 'authors', 'tags', 'language', 'attachments']
      expect(Object.keys(item).filter((key) => !known.includes(key))).toEqual(['_nguon'])
    }
    expect(feed.items.map((item) => item.id)).toEqual(['urn:nguon:articles:42', 'urn:nguon:briefs:43', 'urn:nguon:slogans:7'])
  })

  it('maps a newspaper item to HTML and plain text with authors, tags and pictures', () => {
    const { feed } = sampleFeed()
    const source = sampleItem()
    expect(feed.items[0]).toEqual({
      id: source.id,
      url: source.url,
      title: source.title,
      content_html: renderForChannel(source, 'newspaper').body,
      content_text: source.bodyText,
      summary: source.summary,
      image: 'https://nguon.example.vn/media/pano-1.jpg',
      date_published: '2023-11-30T00:00:00.000Z',
      date_modified: '2023-11-29T03:30:00.000Z',
      authors: [{ name: 'Nguyễn Thị Hoa' }],
      tags: ['nhân quyền', 'Công ước Chống tra tấn'],
      language: 'vi',
      attachments: [{ url: 'https://nguon.example.vn/media/pano-1.jpg', mime_type: 'image/jpeg', title: 'Pano tuyên truyền tại Hà Tĩnh' }],
      _nguon: {
        collection: 'articles',
        docId: '42',
        version: 2,
        unit: { code: police.code, name: police.name.vi },
        campaign: source.campaign,
        channel: 'newspaper',
        pubStatus: 'usable',
        keyPoints: source.keyPoints,
        figures: source.figures,
      },
    })
  })

  it('marks canceled and embargoed items and leaves out what they lack', () => {
    const { feed } = sampleFeed()
    const [, canceled, embargoed] = feed.items
    expect(canceled._nguon).toMatchObject({ pubStatus: 'canceled', version: 3, collection: 'briefs' })
    expect(embargoed._nguon).toMatchObject({ pubStatus: 'usable', embargoedUntil: '2023-12-10T00:00:00.000Z' })
    for (const key of ['summary', 'authors', 'tags', 'image', 'attachments']) expect(embargoed).not.toHaveProperty(key)
    expect(embargoed._nguon).not.toHaveProperty('campaign')
  })

  it.each(['radio', 'loudspeaker', 'television'] as const)('gives a %s feed its text only, with read-aloud seconds', (channel) => {
    const item = sampleItem()
    const [parsed] = parse(renderJsonFeed(sampleMeta({ channel }), [item])).items
    const rendering = renderForChannel(item, channel)
    expect(parsed).not.toHaveProperty('content_html')
    expect(parsed.content_text).toBe(rendering.body)
    expect(parsed._nguon).toMatchObject({ channel, readAloudSeconds: 'readAloudSeconds' in rendering ? rendering.readAloudSeconds : -1 })
  })

  it('gives a web feed a teaser without a read-aloud time', () => {
    const [parsed] = parse(renderJsonFeed(sampleMeta({ channel: 'web' }), [sampleItem()])).items
    expect(parsed.content_text).toBe(renderForChannel(sampleItem(), 'web').body)
    expect(parsed._nguon).not.toHaveProperty('readAloudSeconds')
  })

  it.each(['newspaper', 'web'] as const)('gives the summary as content in a %s feed when the item has no body', (channel) => {
    const item = sampleItem({ bodyHtml: '', bodyText: '', summary: 'Chỉ có tóm tắt <b>thôi</b> & không có thân bài.' })
    const [parsed] = parse(renderJsonFeed(sampleMeta({ channel }), [item])).items
    expect(parsed.content_text).toContain('Chỉ có tóm tắt')
    if (channel === 'newspaper') expect(parsed.content_html).toBe('<p>Chỉ có tóm tắt &lt;b&gt;thôi&lt;/b&gt; &amp; không có thân bài.</p>')
    else expect(parsed).not.toHaveProperty('content_html')
  })

  it('gives no build date for a feed with no items', () => {
    const empty = parse(renderJsonFeed(sampleMeta({ generatedAt: undefined }), []))
    expect(empty._nguon).toEqual({ channel: 'newspaper' })
    expect(JSON.stringify(empty)).not.toContain('1970')
  })
})

describe('jsonFeed: fields an item may lack (mutation testing)', () => {
  it('leaves out key points, figures, author, tags and attachment titles an item does not have', () => {
    const item = sampleItem({ keyPoints: [], figures: [], authorName: '  ', topics: [], images: [{ url: 'https://nguon.example.vn/media/b.png', mimeType: 'image/png' }] })
    const [written] = jsonFeed(sampleMeta(), [item]).items
    for (const key of ['authors', 'tags']) expect(written).not.toHaveProperty(key)
    expect(written._nguon).not.toHaveProperty('keyPoints')
    expect(written._nguon).not.toHaveProperty('figures')
    expect(written._nguon).not.toHaveProperty('embargoedUntil')
    expect(written.image).toBe('https://nguon.example.vn/media/b.png')
    expect(written.attachments).toEqual([{ url: 'https://nguon.example.vn/media/b.png', mime_type: 'image/png' }])
  })

  it('trims the author name and cleans forbidden characters from the feed and its items', () => {
    const feed = jsonFeed(sampleMeta({ title: 'Nguồn\u0000', description: 'Mô tả\uFFFE' }), [sampleItem({ authorName: ' Hoa\u0001 ', title: 'Tít\u0008' })])
    expect(feed.title).toBe('Nguồn')
    expect(feed.description).toBe('Mô tả')
    expect(feed.items[0].authors).toEqual([{ name: 'Hoa' }])
    expect(feed.items[0].title).toBe('Tít')
  })

  it('gives the trimmed summary as newspaper content when the body is only blanks', () => {
    const item = sampleItem({ bodyHtml: '', bodyText: ' \n\t ', summary: '  Chỉ có tóm tắt.  ' })
    const [written] = jsonFeed(sampleMeta(), [item]).items
    expect(written.content_text).toBe('Chỉ có tóm tắt.')
    expect(written.content_html).toBe('<p>Chỉ có tóm tắt.</p>')
  })

  it('gives the summary, not blanks, as web content when the teaser is only blanks', () => {
    // The web teaser is the lead and the link; with neither summary nor body, a link of blanks is all it holds.
    const item = sampleItem({ bodyHtml: '', bodyText: '', summary: ' ', url: ' ' })
    const [written] = jsonFeed(sampleMeta({ channel: 'web' }), [item]).items
    expect(renderForChannel(item, 'web').body).toBe(' ')
    expect(written.content_text).toBe('')
  })

  it('gives empty content for an item with neither body nor summary', () => {
    const [written] = jsonFeed(sampleMeta(), [sampleItem({ bodyHtml: '', bodyText: '', summary: undefined })]).items
    expect(written.content_text).toBe('')
    expect(written.content_html).toBe('')
  })

  it('is written as the JSON of the feed object', () => {
    const meta = sampleMeta()
    expect(renderJsonFeed(meta, [sampleItem()])).toBe(JSON.stringify(jsonFeed(meta, [sampleItem()])))
  })
})

describe('jsonFeed: the origin of an adapted item', () => {
  it('says it in _nguon.derivedFrom', () => {
    const [item] = jsonFeed(sampleMeta(), [derivedItem()]).items
    expect(item!._nguon.derivedFrom).toEqual({ link: 'https://tinh.example.vn/tin/123', source: 'Cổng thông tin tỉnh & "Sở"', upstreamId: 'urn:tinh:123', url: 'https://tinh.example.vn/feeds/web/ninjs.json' })
  })

  it('leaves out what is not known, and says nothing for an item not adapted', () => {
    const [bare] = jsonFeed(sampleMeta(), [derivedItem({ derivedFrom: { sourceName: 'Nguồn', upstreamId: 'x' } })]).items
    expect(bare!._nguon.derivedFrom).toEqual({ source: 'Nguồn', upstreamId: 'x' })
    expect(jsonFeed(sampleMeta(), [sampleItem()]).items[0]!._nguon).not.toHaveProperty('derivedFrom')
  })
})
