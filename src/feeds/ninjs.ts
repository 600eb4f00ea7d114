// Writes IPTC ninjs 3.1 news items and the small JSON feed that lists them for newsroom systems.
import type { Channel } from '../content/vocabulary'
import type { FeedImage, FeedItem, FeedMeta } from './types'

import { figureLine, renderForChannel } from './channelText'
import { printableItem, printableText } from './safeText'

/** ninjs has no registered media type; it is JSON. */
export const NINJS_MIME_TYPE = 'application/json'
export const NINJS_SCHEMA_URI = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#'

type Text = { role?: string; contentType?: string; value: string }
type Rendition = { name: string; href?: string; contentType?: string; title?: string; width?: number; height?: number }

/** The subset of ninjs 3.1 this office writes; every key is one the schema defines. */
export type NinjsItem = {
  uri: string
  type?: 'text' | 'picture'
  representationType?: 'full' | 'partial'
  version?: string
  firstCreated?: string
  versionCreated?: string
  embargoedUntil?: string
  pubStatus?: 'usable' | 'withheld' | 'canceled'
  language?: string
  headlines?: Text[]
  descriptions?: Text[]
  bodies?: Text[]
  by?: string
  subjects?: { name: string; rel?: string }[]
  events?: { id: string; name: string; rel?: string }[]
  infoSources?: { name: string; role?: string; literal?: string; uri?: string }[]
  genres?: { name: string; literal?: string }[]
  altIds?: { role: string; value: string }[]
  renditions?: Rendition[]
  associations?: (NinjsItem & { name: string; rel?: string })[]
}

/**
 * ninjs 3.1 has no `links`; the origin of an adapted item is an info source with role `derived-from` (the publisher,
 * its feed address as `uri`), and alternative ids `derived-from` (the upstream item's page) and `derived-from-id`.
 */
export const NINJS_DERIVED_FROM_ROLE = 'derived-from'

/**
 * The feed wrapper (ninjs defines items, not feeds):
 * `{ uri: selfUrl, title, description, language, channel, homeUrl, versionCreated: generatedAt, items: NinjsItem[] }`.
 */
export type NinjsFeed = {
  uri: string
  title: string
  description: string
  language: string
  channel: Channel
  homeUrl: string
  /** Absent while the feed has no items. */
  versionCreated?: string
  items: NinjsItem[]
}

function pictureAssociation(item: FeedItem, image: FeedImage, index: number): NinjsItem & { name: string; rel: string } {
  const rendition: Rendition = {
    name: image.rendition?.trim() || 'original',
    href: image.url,
    contentType: image.mimeType,
    ...(Number.isInteger(image.width) ? { width: image.width } : {}),
    ...(Number.isInteger(image.height) ? { height: image.height } : {}),
  }
  return {
    name: `image${index + 1}`,
    rel: 'image',
    uri: `${item.id}:image:${index + 1}`,
    type: 'picture',
    ...(image.alt ? { descriptions: [{ role: 'alt', contentType: 'text/plain', value: image.alt }] } : {}),
    ...(image.credit ? { by: image.credit } : {}),
    renditions: [rendition],
  }
}

function ninjsFromPrintable(item: FeedItem, channel: Channel | undefined): NinjsItem {
  const html = renderForChannel(item, 'newspaper').body
  const bodies: Text[] = [
    ...(html ? [{ role: 'main', contentType: 'text/html', value: html }] : []),
    { role: 'main', contentType: 'text/plain', value: item.bodyText },
  ]
  // A broadcast feed also carries the text its medium reads, under the channel's name.
  if (channel && channel !== 'newspaper') {
    bodies.push({ role: channel, contentType: 'text/plain', value: renderForChannel(item, channel).body })
  }
  const descriptions: Text[] = [
    ...(item.summary ? [{ role: 'summary', contentType: 'text/plain', value: item.summary }] : []),
    ...(item.keyPoints?.length ? [{ role: 'keyPoints', contentType: 'text/plain', value: item.keyPoints.join('\n') }] : []),
    ...(item.figures?.length
      ? [{ role: 'figures', contentType: 'text/plain', value: item.figures.map((figure) => figureLine(figure, item.language)).join('\n') }]
      : []),
  ]
  const author = item.authorName?.trim()
  return {
    uri: item.id,
    type: 'text',
    representationType: 'full',
    version: String(item.version),
    firstCreated: item.firstCreated,
    versionCreated: item.versionCreated,
    ...(item.embargoedUntil ? { embargoedUntil: item.embargoedUntil } : {}),
    pubStatus: item.pubStatus,
    language: item.language,
    headlines: [{ role: 'main', value: item.title }],
    ...(descriptions.length ? { descriptions } : {}),
    bodies,
    ...(author ? { by: author } : {}),
    ...(item.topics.length ? { subjects: item.topics.map((topic) => ({ name: topic, rel: 'about' })) } : {}),
    ...(item.campaign ? { events: [{ id: item.campaign.slug, name: item.campaign.title, rel: 'campaign' }] } : {}),
    infoSources: [
      { name: item.unit.name, literal: item.unit.code, role: 'originator' },
      ...(item.derivedFrom
        ? [{ name: item.derivedFrom.sourceName, role: NINJS_DERIVED_FROM_ROLE, ...(item.derivedFrom.sourceUrl ? { uri: item.derivedFrom.sourceUrl } : {}) }]
        : []),
    ],
    genres: [{ name: item.collection, literal: item.collection }],
    altIds: [
      { role: 'collection', value: item.collection },
      { role: 'docId', value: item.docId },
      ...(item.derivedFrom?.link ? [{ role: NINJS_DERIVED_FROM_ROLE, value: item.derivedFrom.link }] : []),
      ...(item.derivedFrom ? [{ role: `${NINJS_DERIVED_FROM_ROLE}-id`, value: item.derivedFrom.upstreamId }] : []),
    ],
    ...(item.url ? { renditions: [{ name: 'web', href: item.url, contentType: 'text/html' }] } : {}),
    ...(item.images.length ? { associations: item.images.map((image, index) => pictureAssociation(item, image, index)) } : {}),
  }
}

/** One ninjs 3.1 item. With a broadcast channel it adds a body with that medium's text (role = channel). */
export function ninjsItem(item: FeedItem, channel?: Channel): NinjsItem {
  return ninjsFromPrintable(printableItem(item), channel)
}

/** The ninjs feed wrapper (see `NinjsFeed`) for the items, in the order given. */
export function ninjsFeed(meta: FeedMeta, items: FeedItem[]): NinjsFeed {
  return {
    uri: meta.selfUrl,
    title: printableText(meta.title),
    description: printableText(meta.description),
    language: meta.language,
    channel: meta.channel,
    homeUrl: meta.homeUrl,
    ...(meta.generatedAt ? { versionCreated: meta.generatedAt } : {}),
    items: items.map((item) => ninjsItem(item, meta.channel)),
  }
}
