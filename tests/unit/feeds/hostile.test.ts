import { XMLParser, XMLValidator } from 'fast-xml-parser'
import Parser from 'rss-parser'
import { describe, expect, it } from 'vitest'

import { paragraphsOf, renderForChannel } from '../../../src/feeds/channelText'
import { jsonFeed, renderJsonFeed } from '../../../src/feeds/jsonFeed'
import { ninjsFeed } from '../../../src/feeds/ninjs'
import { renderRss } from '../../../src/feeds/rss'
import { printableText } from '../../../src/feeds/safeText'
import { HOSTILE_STRINGS, hostileItem, sampleMeta } from './items'
import { ninjsValidator } from './ninjsValidator'

type Node = Record<string, unknown> & { '#text'?: string }

const xmlParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', trimValues: false, parseTagValue: false, parseAttributeValue: false })
// Only this parser decodes character references such as &#9; (how a tab survives in an attribute).
const xmlParserWithReferences = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', trimValues: false, parseTagValue: false, htmlEntities: true })
/** What rss-parser gives for the extension elements it is asked to keep. */
type ReadItem = { 'content:encoded': string; mediaContent: { $: Record<string, string>; 'media:credit'?: string[] }[] }
const rssParser = new Parser<Record<string, unknown>, ReadItem>({ customFields: { item: [['media:content', 'mediaContent', { keepArray: true }]] } })
const validateNinjs = ninjsValidator()

const HTML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' }
/** The text an HTML reader shows for the paragraphs the renderers write. */
function textOfHtml(html: string): string {
  return html
    .replace(/^<p>|<\/p>$/g, '')
    .split('</p>\n<p>')
    .join('\n\n')
    .replace(/<br>/g, '\n')
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, entity: string) => HTML_ENTITIES[entity])
}

describe.each(HOSTILE_STRINGS)('an item full of $name', ({ input, expected }) => {
  const item = hostileItem(input)
  const meta = sampleMeta({ title: input, description: input })

  it('is cleaned to the expected text', () => {
    expect(printableText(input)).toBe(expected)
  })

  it('gives well-formed RSS that reads back as the literal text', async () => {
    const xml = renderRss(meta, [item])
    expect(XMLValidator.validate(xml)).toBe(true)
    const { channel } = (xmlParser.parse(xml) as { rss: { channel: Node & { item: Node } } }).rss
    expect(channel.title).toBe(expected)
    expect(channel.description).toBe(expected)
    const parsed = channel.item
    expect(parsed.title).toBe(expected)
    expect(parsed['dc:creator']).toBe(expected)
    expect((parsed.category as Node[])[0]['#text']).toBe(expected)
    const media = parsed['media:content'] as Node
    expect((media['media:description'] as Node)['#text']).toBe(expected)
    expect(media['media:credit']).toBe(expected)
    // description and content:encoded are HTML: the text survives one more round of decoding.
    expect(textOfHtml(parsed.description as string)).toBe(expected)
    expect(textOfHtml(parsed['content:encoded'] as string)).toBe(paragraphsOf(expected).join('\n\n'))

    const feed = await rssParser.parseString(xml)
    expect(feed.title).toBe(expected)
    const [read] = feed.items
    expect(read.title).toBe(expected)
    expect(read.creator).toBe(expected)
    expect((read.categories as unknown as { _: string }[])[0]._).toBe(expected)
    expect(read.mediaContent[0]['media:credit']).toEqual([expected])
    expect(textOfHtml(read['content:encoded'])).toBe(paragraphsOf(expected).join('\n\n'))
  })

  it('gives well-formed RSS when the feed URLs hold it too', () => {
    const xml = renderRss(sampleMeta({ selfUrl: `https://nguon.example.vn/feeds?q=${input}` }), [
      { ...item, images: [{ url: `https://nguon.example.vn/a.jpg?q=${input}`, mimeType: 'image/jpeg' }] },
    ])
    expect(XMLValidator.validate(xml)).toBe(true)
    const { channel } = (xmlParserWithReferences.parse(xml) as { rss: { channel: Node & { item: Node } } }).rss
    expect((channel['atom:link'] as Node)['@_href']).toBe(`https://nguon.example.vn/feeds?q=${expected}`)
    expect((channel.item['media:content'] as Node)['@_url']).toBe(`https://nguon.example.vn/a.jpg?q=${expected}`)
  })

  it('gives a JSON Feed that reads back as the literal text', () => {
    const feed = JSON.parse(renderJsonFeed(meta, [item]))
    expect(feed.title).toBe(expected)
    const [parsed] = feed.items
    expect(parsed.title).toBe(expected)
    expect(parsed.summary).toBe(expected)
    expect(parsed.content_text).toBe(expected)
    expect(parsed.tags).toEqual([expected])
    expect(parsed.authors).toEqual([{ name: expected }])
    expect(parsed.attachments[0].title).toBe(expected)
    expect(parsed._nguon.unit.name).toBe(expected)
    expect(parsed._nguon.campaign.title).toBe(expected)
    expect(parsed._nguon.keyPoints).toEqual([expected])
    expect(textOfHtml(parsed.content_html)).toBe(paragraphsOf(expected).join('\n\n'))
    expect(JSON.parse(JSON.stringify(jsonFeed(meta, [item])))).toEqual(feed)
  })

  it('gives valid ninjs that reads back as the literal text', () => {
    const feed = JSON.parse(JSON.stringify(ninjsFeed(meta, [item])))
    expect(feed.title).toBe(expected)
    const [parsed] = feed.items
    expect(validateNinjs(parsed)).toBe(true)
    expect(parsed.headlines[0].value).toBe(expected)
    expect(parsed.descriptions[0].value).toBe(expected)
    expect(parsed.bodies.find((body: { contentType: string }) => body.contentType === 'text/plain').value).toBe(expected)
    expect(parsed.by).toBe(expected)
    expect(parsed.subjects[0].name).toBe(expected)
    expect(parsed.infoSources[0].name).toBe(expected)
    expect(parsed.events[0].name).toBe(expected)
    expect(parsed.associations[0].by).toBe(expected)
    expect(parsed.associations[0].descriptions[0].value).toBe(expected)
  })

  it('gives spoken text free of forbidden characters, keeping the words', () => {
    const rendering = renderForChannel(item, 'radio')
    // Each line of the text is read as a sentence of its own (it gains a full stop); the words stay.
    const words = (text: string) => text.replace(/[\s.]+/g, ' ').trim()
    expect(words(rendering.body).startsWith(words(expected).slice(0, 50))).toBe(true)
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(rendering.body).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/)
  })
})

describe('printableText', () => {
  it.each([
    ['CRLF and CR line ends', 'một\r\nhai\rba', 'một\nhai\nba'],
    ['a lone surrogate', 'a\uD800b\uDC00c', 'abc'],
    ['a real astral character', 'cờ 🇻🇳 𝒜', 'cờ 🇻🇳 𝒜'],
    ['C1 controls and DEL, which XML 1.0 allows', 'a\u007F\u0085b', 'a\u007F\u0085b'],
  ])('handles %s', (_name, input, expected) => {
    expect(printableText(input)).toBe(expected)
  })
})
