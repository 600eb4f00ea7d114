// The normalized shapes every feed renderer reads: one published content item and the feed around it.
import type { Channel, ContentCollection, Locale } from '../content/vocabulary'

/** A statistic quoted in an item, always with the source a newsroom must credit. */
export type FeedFigure = {
  label: string
  value: string
  unitOfMeasure?: string
  /** ISO date (`2023-11-30`) or date-time the figure was true on. */
  asOf?: string
  sourceName: string
  sourceUrl?: string
}

export type FeedImage = {
  url: string
  mimeType: string
  width?: number
  height?: number
  alt?: string
  credit?: string
  /** Name of this rendition of the picture, e.g. `original`, `thumbnail`, `banner`. */
  rendition?: string
}

/** Where an item adapted from the incoming desk came from (its `derivedFrom`), as outlets are told it. */
export type FeedOrigin = {
  /** The source's name, as the RSS `<source>` element's text. */
  sourceName: string
  /** The source's feed address: RSS `<source url>` needs it, so without one no `<source>` is written. */
  sourceUrl?: string
  /** The upstream item's own page. */
  link?: string
  upstreamId: string
}

export type FeedItem = {
  /** Stable for the item's whole life: `urn:nguon:{collection}:{docId}` (see `feedItemId`). */
  id: string
  collection: ContentCollection
  docId: string
  /** 1 for the first approved text; goes up with each approved correction. */
  version: number
  language: Locale
  title: string
  summary?: string
  /** Already sanitized HTML for the newspaper; renderers pass it through unchanged. */
  bodyHtml?: string
  /** Plain text, paragraphs separated by blank lines. */
  bodyText: string
  keyPoints?: string[]
  figures?: FeedFigure[]
  /** The item's public web page; absent when it has none (not public, not on the web channel, embargoed, withdrawn). */
  url?: string
  authorName?: string
  unit: { code: string; name: string }
  campaign?: { slug: string; title: string }
  topics: string[]
  /** ISO 8601 date-times with an offset (Payload stores `…Z`). */
  firstCreated: string
  versionCreated: string
  publishedAt: string
  embargoedUntil?: string
  pubStatus: 'usable' | 'canceled'
  images: FeedImage[]
  /** Present on items adapted from the incoming desk. */
  derivedFrom?: FeedOrigin
}

export type FeedMeta = {
  title: string
  description: string
  language: Locale
  /** The URL this feed is served from. */
  selfUrl: string
  homeUrl: string
  /** The medium the feed is for; decides how each item's text is rendered. */
  channel: Channel
  /**
   * ISO date-time; callers pass the newest item's versionCreated so the same items give the same bytes. Absent when
   * the feed has no items: then there is no build date to give (never 1 January 1970).
   */
  generatedAt?: string
}

/** The stable identifier of a content item, as used for guid, JSON Feed id and ninjs uri. */
export function feedItemId({ collection, docId }: { collection: ContentCollection; docId: string | number }): string {
  return `urn:nguon:${collection}:${encodeURIComponent(String(docId))}`
}
