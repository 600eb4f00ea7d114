import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { parseRssFeed } from 'feedsmith'
import Parser from 'rss-parser'
import { describe, expect, it } from 'vitest'

import { renderForChannel } from '../../../src/feeds/channelText'
import { NGUON_RSS_NAMESPACE, renderRss, RSS_CATEGORY_DOMAINS, RSS_MIME_TYPE } from '../../../src/feeds/rss'
import { PLAN_232_CAMPAIGN } from '../../../src/seed/plan-232'
import { canceledItem, derivedItem, embargoedItem, police, sampleItem, sampleMeta, slogan } from './items'

type Node = Record<string, unknown> & { '#text'?: string }

const xmlParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', trimValues: false, parseTagValue: false, isArray: (name) => ['item', 'category', 'media:content'].includes(name) })
/** What rss-parser gives for the extension elements it is asked to keep. */
type ReadItem = { 'content:encoded': string; mediaContent: { $: Record<string, string>; 'media:credit'?: string[] }[] }
const rssParser = new Parser<Record<string, unknown>, ReadItem>({ customFields: { item: [['media:content', 'mediaContent', { keepArray: true }]] } })

function parseStrict(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true)
  return xmlParser.parse(xml) as { rss: Node & { channel: Node & { item: Node[] } } }
}

// Built inside each test: a mutant that throws while rendering must fail the test, not the file's loading.
function sampleFeed() {
  const meta = sampleMeta()
  const items = [sampleItem(), canceledItem, embargoedItem]
  return { items, meta, xml: renderRss(meta, items) }
}

describe('renderRss', () => {

  it('is well-formed RSS 2.0 with the namespaces it uses', () => {
    const { xml } = sampleFeed()
    const { rss } = parseStrict(xml)
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss ')).toBe(true)
    expect(rss['@_version']).toBe('2.0')
    expect(rss['@_xmlns:media']).toBe('http://search.yahoo.com/mrss/')
    expect(rss['@_xmlns:content']).toBe('http://purl.org/rss/1.0/modules/content/')
    expect(rss['@_xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/')
    expect(rss['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom')
    expect(rss['@_xmlns:nguon']).toBe('urn:nguon:rss:1')
    expect(NGUON_RSS_NAMESPACE).toBe('urn:nguon:rss:1')
    expect(RSS_MIME_TYPE).toBe('application/rss+xml')
  })

  it('describes the channel and links to itself', async () => {
    const { meta, xml } = sampleFeed()
    const { channel } = parseStrict(xml).rss
    expect(channel.title).toBe(meta.title)
    expect(channel.link).toBe(meta.homeUrl)
    expect(channel.description).toBe(meta.description)
    expect(channel.language).toBe('vi')
    expect(channel.lastBuildDate).toBe('Thu, 30 Nov 2023 01:00:00 GMT')
    expect(channel['atom:link']).toMatchObject({ '@_href': meta.selfUrl, '@_rel': 'self', '@_type': 'application/rss+xml' })

    const feed = await rssParser.parseString(xml)
    expect(feed.title).toBe(meta.title)
    expect(feed.link).toBe(meta.homeUrl)
    expect(feed.feedUrl).toBe(meta.selfUrl)
    expect(feed.items).toHaveLength(3)
  })

  it('identifies each item by its stable id, not by a permalink', async () => {
    const { items, xml } = sampleFeed()
    const parsed = parseStrict(xml).rss.channel.item
    expect(parsed.map((item) => item.guid)).toEqual(items.map((item) => ({ '#text': item.id, '@_isPermaLink': 'false' })))
    const feed = await rssParser.parseString(xml)
    expect(feed.items.map((item) => item.guid)).toEqual(['urn:nguon:articles:42', 'urn:nguon:briefs:43', 'urn:nguon:slogans:7'])
  })

  it('carries title, link, summary, full HTML body, creator and date', async () => {
    const { xml } = sampleFeed()
    const item = sampleItem()
    const [parsed] = parseStrict(xml).rss.channel.item
    expect(parsed.title).toBe(item.title)
    expect(parsed.link).toBe(item.url)
    expect(parsed.description).toBe(PLAN_232_CAMPAIGN.summary.vi)
    expect(parsed['content:encoded']).toBe(renderForChannel(item, 'newspaper').body)
    expect(parsed['dc:creator']).toBe('Nguyễn Thị Hoa')
    expect(parsed.pubDate).toBe('Thu, 30 Nov 2023 00:00:00 GMT')

    const [read] = (await rssParser.parseString(xml)).items
    expect(read.title).toBe(item.title)
    expect(read.creator).toBe('Nguyễn Thị Hoa')
    expect(read['content:encoded']).toBe(renderForChannel(item, 'newspaper').body)
    expect(read.isoDate).toBe(item.publishedAt)
  })

  it('files each item under its topics, unit and campaign', async () => {
    const { xml } = sampleFeed()
    const [parsed] = parseStrict(xml).rss.channel.item
    expect(parsed.category).toEqual([
      { '#text': 'nhân quyền', '@_domain': RSS_CATEGORY_DOMAINS.topic },
      { '#text': 'Công ước Chống tra tấn', '@_domain': RSS_CATEGORY_DOMAINS.topic },
      { '#text': police.code, '@_domain': RSS_CATEGORY_DOMAINS.unit },
      { '#text': PLAN_232_CAMPAIGN.slug, '@_domain': RSS_CATEGORY_DOMAINS.campaign },
    ])
    const [read] = (await rssParser.parseString(xml)).items
    expect((read.categories as unknown as { _: string }[]).map((category) => category._)).toEqual([
      'nhân quyền',
      'Công ước Chống tra tấn',
      'CA',
      PLAN_232_CAMPAIGN.slug,
    ])
  })

  it('describes pictures with Media RSS', async () => {
    const { xml } = sampleFeed()
    const [parsed] = parseStrict(xml).rss.channel.item
    const [media] = parsed['media:content'] as Node[]
    expect(media).toMatchObject({
      '@_url': 'https://nguon.example.vn/media/pano-1.jpg',
      '@_type': 'image/jpeg',
      '@_medium': 'image',
      '@_width': '1200',
      '@_height': '800',
      'media:credit': 'Sở TT&TT Hà Tĩnh',
      'media:description': { '#text': 'Pano tuyên truyền tại Hà Tĩnh', '@_type': 'plain' },
    })
    const [read] = (await rssParser.parseString(xml)).items
    expect(read.mediaContent[0].$).toMatchObject({ url: 'https://nguon.example.vn/media/pano-1.jpg', width: '1200', height: '800' })
    expect(read.mediaContent[0]['media:credit']).toEqual(['Sở TT&TT Hà Tĩnh'])
  })

  it('says which items are canceled, embargoed or corrected', () => {
    const { xml } = sampleFeed()
    const [usable, canceled, embargoed] = parseStrict(xml).rss.channel.item
    expect(usable['nguon:pubStatus']).toBe('usable')
    expect(usable['nguon:version']).toBe('2')
    expect(usable['nguon:embargoedUntil']).toBeUndefined()
    expect(canceled['nguon:pubStatus']).toBe('canceled')
    expect(canceled['nguon:version']).toBe('3')
    expect(embargoed['nguon:embargoedUntil']).toBe('2023-12-10T00:00:00.000Z')
  })

  it('credits the unit when an item has no named author, and leaves out what is missing', () => {
    const { xml } = sampleFeed()
    const [, , embargoed] = parseStrict(xml).rss.channel.item
    expect(embargoed['dc:creator']).toBe(police.name.vi)
    expect(embargoed['media:content']).toBeUndefined()
    expect(embargoed.category).toEqual([{ '#text': police.code, '@_domain': RSS_CATEGORY_DOMAINS.unit }])
    expect(embargoed.description).toBe(slogan(1))
  })

  it('carries the spoken text and its duration in a radio feed', () => {
    const item = sampleItem()
    const [parsed] = parseStrict(renderRss(sampleMeta({ channel: 'radio' }), [item])).rss.channel.item
    const spoken = renderForChannel(item, 'radio')
    expect(parsed['content:encoded']).toBe(spoken.body.split('\n\n').map((paragraph) => `<p>${paragraph}</p>`).join('\n'))
    expect(parsed['nguon:readAloudSeconds']).toBe(String('readAloudSeconds' in spoken && spoken.readAloudSeconds))
  })

  it('writes the same bytes for the same items', () => {
    const { items, meta, xml } = sampleFeed()
    expect(renderRss(meta, items)).toBe(xml)
  })

  it('writes a valid empty feed', () => {
    const { meta } = sampleFeed()
    const { channel } = parseStrict(renderRss(meta, [])).rss
    expect(channel.item).toBeUndefined()
  })

  it('refuses an item whose date is not a date', () => {
    const { meta } = sampleFeed()
    expect(() => renderRss(meta, [sampleItem({ publishedAt: 'hôm qua' })])).toThrow(RangeError)
  })
})

describe('renderRss: fields an item may lack (mutation testing)', () => {
  const onlyItem = (xml: string) => parseStrict(xml).rss.channel.item[0]

  it('takes the teaser from the first paragraph when the summary is blank, and escapes it once more for readers', () => {
    const item = sampleItem({ summary: '  ', bodyText: '  Đoạn <b>một</b> & hai.  \n \nĐoạn hai.' })
    const xml = renderRss(sampleMeta(), [item])
    expect(onlyItem(xml).description).toBe('Đoạn &lt;b&gt;một&lt;/b&gt; &amp; hai.')
    expect(xml).toContain('<description>Đoạn &amp;lt;b&amp;gt;một&amp;lt;/b&amp;gt; &amp;amp; hai.</description>')
  })

  it.each([
    ['an empty line', 'Đoạn một.\n\nĐoạn hai.'],
    ['a line of several blanks', 'Đoạn một.\n \t \nĐoạn hai.'],
  ])('ends the first paragraph at %s', (_case, bodyText) => {
    expect(onlyItem(renderRss(sampleMeta(), [sampleItem({ summary: undefined, bodyText })])).description).toBe('Đoạn một.')
  })

  it('writes nothing but elements inside an item that lacks every optional field', () => {
    const bare = sampleItem({ url: undefined, summary: undefined, bodyText: '', campaign: undefined, embargoedUntil: undefined, images: [], topics: [] })
    const xml = renderRss(sampleMeta(), [bare])
    const lines = xml.slice(xml.indexOf('<item>'), xml.indexOf('</item>') + '</item>'.length).split('\n')
    expect(lines.map((line) => line.replace(/>[^<]*</, '><'))).toEqual([
      '<item>',
      '<title></title>',
      '<dc:creator></dc:creator>',
      '<guid isPermaLink="false"></guid>',
      '<pubDate></pubDate>',
      '<category domain="urn:nguon:units"></category>',
      '<nguon:version></nguon:version>',
      '<nguon:pubStatus></nguon:pubStatus>',
      '</item>',
    ])
  })

  it('trims the summary it uses as teaser', () => {
    expect(onlyItem(renderRss(sampleMeta(), [sampleItem({ summary: '  Tóm tắt.  ' })])).description).toBe('Tóm tắt.')
  })

  it('leaves out description and body when an item has no text at all', () => {
    const parsed = onlyItem(renderRss(sampleMeta(), [sampleItem({ summary: undefined, bodyText: '' })]))
    expect(parsed).not.toHaveProperty('description')
    expect(parsed).not.toHaveProperty('content:encoded')
  })

  it('credits the unit for a blank author name, trims a real one, and skips blank topics', () => {
    const blank = onlyItem(renderRss(sampleMeta(), [sampleItem({ authorName: '   ', topics: [' ', 'nhân quyền'], campaign: undefined })]))
    expect(blank['dc:creator']).toBe(police.name.vi)
    expect(blank.category).toEqual([
      { '#text': 'nhân quyền', '@_domain': 'urn:nguon:topics' },
      { '#text': 'CA', '@_domain': 'urn:nguon:units' },
    ])
    expect(onlyItem(renderRss(sampleMeta(), [sampleItem({ authorName: ' Trần Văn Nam ' })]))['dc:creator']).toBe('Trần Văn Nam')
  })

  it('names the campaign domain of a campaign category', () => {
    expect(RSS_CATEGORY_DOMAINS).toEqual({ topic: 'urn:nguon:topics', unit: 'urn:nguon:units', campaign: 'urn:nguon:campaigns' })
  })

  it('writes a picture without alt text or credit as an empty media:content', () => {
    const xml = renderRss(sampleMeta(), [sampleItem({ images: [{ url: 'https://nguon.example.vn/media/b.png', mimeType: 'image/png' }] })])
    expect(xml).toContain('<media:content url="https://nguon.example.vn/media/b.png" type="image/png" medium="image"/>')
  })

  it('gives no read-aloud time in a newspaper feed', () => {
    expect(onlyItem(renderRss(sampleMeta(), [sampleItem()]))).not.toHaveProperty('nguon:readAloudSeconds')
  })

  it('cleans forbidden characters out of every item field before writing it', () => {
    const parsed = onlyItem(renderRss(sampleMeta(), [sampleItem({ title: 'Tít\u0000 một', authorName: 'Hoa\u0001' })]))
    expect(parsed.title).toBe('Tít một')
    expect(parsed['dc:creator']).toBe('Hoa')
  })
})

describe('renderRss: the origin of an adapted item', () => {
  it('names the source with RSS 2.0 <source url>, read back by a real RSS parser', () => {
    const xml = renderRss(sampleMeta(), [derivedItem()])
    const { rss } = parseStrict(xml)
    expect(rss.channel.item[0]!.source).toEqual({ '#text': 'Cổng thông tin tỉnh & "Sở"', '@_url': 'https://tinh.example.vn/feeds/web/ninjs.json' })
    // feedsmith reads RSS 2.0's <source> as { title, url }.
    expect(parseRssFeed(xml).items?.[0]?.source).toEqual({ title: 'Cổng thông tin tỉnh & "Sở"', url: 'https://tinh.example.vn/feeds/web/ninjs.json' })
  })

  it('writes no <source> for an item not adapted, nor for one whose source has no feed address (url is required)', () => {
    const plain = parseStrict(renderRss(sampleMeta(), [sampleItem()]))
    expect(plain.rss.channel.item[0]!.source).toBeUndefined()
    const noUrl = parseStrict(renderRss(sampleMeta(), [derivedItem({ derivedFrom: { sourceName: 'Nguồn', upstreamId: 'x' } })]))
    expect(noUrl.rss.channel.item[0]!.source).toBeUndefined()
  })
})
