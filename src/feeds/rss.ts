// Writes an RSS 2.0 feed with content:encoded, Dublin Core creator, Media RSS pictures and Nguồn's own item fields.
// Hand-built rather than with the `rss` package: it stamps lastBuildDate with the clock, so identical items
// would never give identical bytes (no ETag, and readers told the feed changed on every fetch).
import type { FeedImage, FeedItem, FeedMeta } from './types'

import { htmlFromText, renderForChannel } from './channelText'
import { escapeHtml, printableItem } from './safeText'
import { element, rfc822, rssChannelHead, rssDocument, textElement } from './xml'

export const RSS_MIME_TYPE = 'application/rss+xml'

/** Namespace of the `nguon:` elements: version, pubStatus, embargoedUntil, readAloudSeconds. */
export const NGUON_RSS_NAMESPACE = 'urn:nguon:rss:1'

const NAMESPACES = {
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
  'xmlns:media': 'http://search.yahoo.com/mrss/',
  'xmlns:nguon': NGUON_RSS_NAMESPACE,
}

/** Category domains, so a newsroom can filter by taxonomy rather than by guessing at strings. */
export const RSS_CATEGORY_DOMAINS = {
  topic: 'urn:nguon:topics',
  unit: 'urn:nguon:units',
  campaign: 'urn:nguon:campaigns',
} as const

export { rfc822 }

function mediaContent(image: FeedImage): string {
  const children = [
    image.alt ? textElement('media:description', image.alt, { type: 'plain' }) : '',
    image.credit ? textElement('media:credit', image.credit) : '',
  ]
  const attrs = { url: image.url, type: image.mimeType, medium: 'image', width: image.width, height: image.height }
  return element('media:content', attrs, children)
}

function rssItem(item: FeedItem, meta: FeedMeta): string {
  const rendering = renderForChannel(item, meta.channel)
  const contentHtml = rendering.format === 'html' ? rendering.body : htmlFromText(rendering.body)
  const teaser = item.summary?.trim() || item.bodyText.split(/\n\s*\n/)[0].trim()
  const children = [
    textElement('title', item.title),
    item.url ? textElement('link', item.url) : '',
    // Readers treat description as HTML, so the plain summary is escaped once more to stay text.
    teaser ? textElement('description', escapeHtml(teaser)) : '',
    contentHtml ? textElement('content:encoded', contentHtml) : '',
    textElement('dc:creator', item.authorName?.trim() || item.unit.name),
    textElement('guid', item.id, { isPermaLink: 'false' }),
    textElement('pubDate', rfc822(item.publishedAt)),
    ...item.topics.filter((topic) => topic.trim()).map((topic) => textElement('category', topic, { domain: RSS_CATEGORY_DOMAINS.topic })),
    textElement('category', item.unit.code, { domain: RSS_CATEGORY_DOMAINS.unit }),
    item.campaign ? textElement('category', item.campaign.slug, { domain: RSS_CATEGORY_DOMAINS.campaign }) : '',
    ...item.images.map(mediaContent),
    // RSS 2.0's own element for the channel an item came from: url is required, the text is that channel's name.
    item.derivedFrom?.sourceUrl ? textElement('source', item.derivedFrom.sourceName, { url: item.derivedFrom.sourceUrl }) : '',
    textElement('nguon:version', String(item.version)),
    textElement('nguon:pubStatus', item.pubStatus),
    item.embargoedUntil ? textElement('nguon:embargoedUntil', item.embargoedUntil) : '',
    'readAloudSeconds' in rendering ? textElement('nguon:readAloudSeconds', String(rendering.readAloudSeconds)) : '',
  ]
  return element('item', {}, children)
}

/**
 * The RSS 2.0 document for the items, in the order given. Items are rendered for `meta.channel`;
 * choosing which items (embargo, withdrawal) is the caller's job, and canceled ones say so in `nguon:pubStatus`.
 */
export function renderRss(meta: FeedMeta, items: FeedItem[]): string {
  return rssDocument(NAMESPACES, [...rssChannelHead(meta, RSS_MIME_TYPE), ...items.map((item) => rssItem(printableItem(item), meta))])
}
