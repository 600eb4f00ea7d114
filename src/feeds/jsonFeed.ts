// Writes a JSON Feed 1.1 document, with Nguồn's workflow fields in the `_nguon` extension objects.
import type { Channel } from '../content/vocabulary'
import type { FeedFigure, FeedItem, FeedMeta } from './types'

import { htmlFromText, renderForChannel } from './channelText'
import { printableItem, printableText } from './safeText'

export const JSON_FEED_MIME_TYPE = 'application/feed+json'
export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1'

export type JsonFeedAttachment = { url: string; mime_type: string; title?: string }

/** Fields a newsroom needs beyond JSON Feed; readers that do not know them ignore them. */
export type NguonItemExtension = {
  collection: FeedItem['collection']
  docId: string
  version: number
  unit: { code: string; name: string }
  campaign?: { slug: string; title: string }
  channel: Channel
  pubStatus: FeedItem['pubStatus']
  embargoedUntil?: string
  /** For radio and loudspeaker the whole text; for television the lead to camera. */
  readAloudSeconds?: number
  keyPoints?: string[]
  figures?: FeedFigure[]
  /** On items adapted from another publisher's item: that publisher (`source`, its feed `url`), the item's `link` and id. */
  derivedFrom?: { source: string; url?: string; link?: string; upstreamId: string }
}

export type JsonFeedItem = {
  id: string
  url?: string
  title: string
  content_html?: string
  content_text?: string
  summary?: string
  image?: string
  date_published: string
  date_modified: string
  authors?: { name: string }[]
  tags?: string[]
  language: string
  attachments?: JsonFeedAttachment[]
  _nguon: NguonItemExtension
}

export type JsonFeed = {
  version: typeof JSON_FEED_VERSION
  title: string
  description: string
  home_page_url: string
  feed_url: string
  language: string
  items: JsonFeedItem[]
  _nguon: { channel: Channel; generatedAt?: string }
}

function jsonFeedItem(item: FeedItem, channel: Channel): JsonFeedItem {
  const rendering = renderForChannel(item, channel)
  // The newspaper gets HTML and its plain twin; other media get their own text only. An item with a summary but no
  // body gives its summary rather than empty content.
  const summary = item.summary?.trim() ?? ''
  const content =
    rendering.format === 'html'
      ? {
          // Stryker disable next-line MethodExpression: the newspaper body is '' or has text (newspaperBody drops blank paragraphs), so trimming it changes nothing
          content_html: rendering.body.trim() ? rendering.body : htmlFromText(summary),
          content_text: item.bodyText.trim() ? item.bodyText : summary,
        }
      : { content_text: rendering.body.trim() ? rendering.body : summary }
  const author = item.authorName?.trim()
  return {
    id: item.id,
    ...(item.url ? { url: item.url } : {}),
    title: item.title,
    ...content,
    ...(item.summary ? { summary: item.summary } : {}),
    ...(item.images[0] ? { image: item.images[0].url } : {}),
    date_published: item.publishedAt,
    date_modified: item.versionCreated,
    ...(author ? { authors: [{ name: author }] } : {}),
    ...(item.topics.length ? { tags: item.topics } : {}),
    language: item.language,
    ...(item.images.length
      ? {
          // Renditions of one picture share its alt text as title, which JSON Feed reads as "same attachment".
          attachments: item.images.map((image) => ({ url: image.url, mime_type: image.mimeType, ...(image.alt ? { title: image.alt } : {}) })),
        }
      : {}),
    _nguon: {
      collection: item.collection,
      docId: item.docId,
      version: item.version,
      unit: item.unit,
      ...(item.campaign ? { campaign: item.campaign } : {}),
      channel,
      pubStatus: item.pubStatus,
      ...(item.embargoedUntil ? { embargoedUntil: item.embargoedUntil } : {}),
      ...('readAloudSeconds' in rendering ? { readAloudSeconds: rendering.readAloudSeconds } : {}),
      ...(item.keyPoints?.length ? { keyPoints: item.keyPoints } : {}),
      ...(item.figures?.length ? { figures: item.figures } : {}),
      ...(item.derivedFrom
        ? {
            derivedFrom: {
              source: item.derivedFrom.sourceName,
              ...(item.derivedFrom.sourceUrl ? { url: item.derivedFrom.sourceUrl } : {}),
              ...(item.derivedFrom.link ? { link: item.derivedFrom.link } : {}),
              upstreamId: item.derivedFrom.upstreamId,
            },
          }
        : {}),
    },
  }
}

/** The top-level fields every Nguồn JSON Feed starts with. */
export const jsonFeedHead = (
  meta: Pick<FeedMeta, 'description' | 'homeUrl' | 'selfUrl' | 'title'> & { language: string },
): Pick<JsonFeed, 'description' | 'feed_url' | 'home_page_url' | 'language' | 'title' | 'version'> => ({
  version: JSON_FEED_VERSION,
  title: printableText(meta.title),
  description: printableText(meta.description),
  home_page_url: meta.homeUrl,
  feed_url: meta.selfUrl,
  language: meta.language,
})

/** The JSON Feed object for the items, in the order given, rendered for `meta.channel`. */
export function jsonFeed(meta: FeedMeta, items: FeedItem[]): JsonFeed {
  return {
    ...jsonFeedHead(meta),
    items: items.map((item) => jsonFeedItem(printableItem(item), meta.channel)),
    _nguon: { channel: meta.channel, ...(meta.generatedAt ? { generatedAt: meta.generatedAt } : {}) },
  }
}

/** The JSON Feed as the UTF-8 text to send with `JSON_FEED_MIME_TYPE`. */
export function renderJsonFeed(meta: FeedMeta, items: FeedItem[]): string {
  return JSON.stringify(jsonFeed(meta, items))
}
