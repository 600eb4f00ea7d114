// Writes the loudspeaker audio feeds: a podcast (RSS 2.0 with iTunes and Podcasting 2.0 tags, cover, owner, MP3
// enclosures and transcripts) and a JSON Feed 1.1 of bulletins.
import type { BroadcastPriority, Locale } from '../content/vocabulary'

import { JSON_FEED_MIME_TYPE, jsonFeedHead } from './jsonFeed'
import { PODCAST_NAMESPACE } from './podcastChannel'
import { NGUON_RSS_NAMESPACE, RSS_MIME_TYPE } from './rss'
import { escapeHtml, printableText } from './safeText'
import { element, rfc822, rssChannelHead, rssDocument, textElement } from './xml'

export const PODCAST_MIME_TYPE = RSS_MIME_TYPE
export const BULLETINS_JSON_MIME_TYPE = JSON_FEED_MIME_TYPE
export const ITUNES_NAMESPACE = 'http://www.itunes.com/dtds/podcast-1.0.dtd'
/** Category domain of a bulletin's priority, so a loudspeaker cluster can pick emergencies out without guessing. */
export const PRIORITY_CATEGORY_DOMAIN = 'urn:nguon:priority'

export type BulletinAudio = { url: string; mimeType: string; bytes: number; seconds: number; source: 'recording' | 'synthetic' }

export const TRANSCRIPT_MIME_TYPE = 'text/plain'

export type BulletinFeedItem = {
  /** `urn:nguon:bulletins:{id}`. */
  id: string
  docId: string
  version: number
  title: string
  script: string
  url: string
  /** The script as text/plain, readable by whoever may hear the audio. */
  transcriptUrl: string
  /** ISO date-times. */
  publishedAt: string
  versionCreated: string
  airsAt: string
  /** `YYYY-MM-DD` and `HH:MM`, Vietnam time. */
  date: string
  slot: string
  /** An emergency bulletin played at once, outside the daily slots. */
  outOfSlot?: true
  priority: BroadcastPriority
  readAloudSeconds: number
  unit?: { code: string; name: string }
  audio?: BulletinAudio
}

/** The show as podcast apps present it (src/feeds/podcastChannel.ts). */
export type PodcastShow = {
  artworkUrl: string
  /** `podcast:guid`: stable for the feed's URL, whatever the outlet. */
  guid: string
  ownerEmail?: string
  ownerName: string
  summary: string
}

export type AudioFeedMeta = {
  title: string
  description: string
  language: Locale
  selfUrl: string
  homeUrl: string
  /** The newest of the items' versionCreated and the settings' change, so the same state gives the same bytes; none if unknown. */
  generatedAt?: string
  show: PodcastShow
}

/** Whole seconds for `itunes:duration`; a bulletin that plays at all lasts at least one second. */
export const wholeSeconds = (seconds: number): number => Math.max(1, Math.round(seconds))

function podcastItem(item: BulletinFeedItem & { audio: BulletinAudio }, meta: AudioFeedMeta): string {
  return element('item', {}, [
    textElement('title', item.title),
    textElement('link', item.url),
    textElement('description', escapeHtml(item.script)),
    textElement('guid', item.id, { isPermaLink: 'false' }),
    textElement('pubDate', rfc822(item.publishedAt)),
    element('enclosure', { url: item.audio.url, length: item.audio.bytes, type: item.audio.mimeType }),
    textElement('itunes:duration', String(wholeSeconds(item.audio.seconds))),
    textElement('itunes:summary', item.script),
    element('itunes:image', { href: meta.show.artworkUrl }),
    element('podcast:transcript', { language: meta.language, type: TRANSCRIPT_MIME_TYPE, url: item.transcriptUrl }),
    textElement('category', item.priority, { domain: PRIORITY_CATEGORY_DOMAIN }),
    item.unit?.code ? textElement('category', item.unit.code, { domain: 'urn:nguon:units' }) : '',
    textElement('nguon:version', String(item.version)),
    textElement('nguon:slot', item.slot),
    item.outOfSlot ? textElement('nguon:outOfSlot', 'true') : '',
    textElement('nguon:airsAt', item.airsAt),
    textElement('nguon:priority', item.priority),
    textElement('nguon:audioSource', item.audio.source),
  ])
}

/**
 * The podcast: the show's cover, owner and summary, then the bulletins that have audio, in the order given, each with
 * one MP3 enclosure of its true byte length, the cover, and its transcript.
 */
export function renderPodcast(meta: AudioFeedMeta, items: BulletinFeedItem[]): string {
  const namespaces = { 'xmlns:atom': 'http://www.w3.org/2005/Atom', 'xmlns:itunes': ITUNES_NAMESPACE, 'xmlns:nguon': NGUON_RSS_NAMESPACE, 'xmlns:podcast': PODCAST_NAMESPACE }
  const { show } = meta
  return rssDocument(namespaces, [
    ...rssChannelHead(meta, PODCAST_MIME_TYPE),
    element('image', {}, [textElement('url', show.artworkUrl), textElement('title', meta.title), textElement('link', meta.homeUrl)]),
    textElement('itunes:author', show.ownerName),
    element('itunes:owner', {}, [textElement('itunes:name', show.ownerName), show.ownerEmail ? textElement('itunes:email', show.ownerEmail) : '']),
    element('itunes:image', { href: show.artworkUrl }),
    textElement('itunes:summary', show.summary),
    textElement('itunes:explicit', 'false'),
    textElement('itunes:type', 'episodic'),
    element('itunes:category', { text: 'Government' }),
    textElement('podcast:guid', show.guid),
    ...items.filter((item): item is BulletinFeedItem & { audio: BulletinAudio } => Boolean(item.audio)).map((item) => podcastItem(item, meta)),
  ])
}

export type BulletinJsonAttachment = { url: string; mime_type: string; size_in_bytes: number; duration_in_seconds: number; title?: string }

export type BulletinJsonItem = {
  id: string
  url: string
  title: string
  content_text: string
  date_published: string
  date_modified: string
  language: Locale
  tags: string[]
  attachments?: BulletinJsonAttachment[]
  _nguon: {
    collection: 'bulletins'
    docId: string
    version: number
    date: string
    slot: string
    outOfSlot?: true
    airsAt: string
    priority: BroadcastPriority
    readAloudSeconds: number
    audioSource?: BulletinAudio['source']
    transcriptUrl: string
    unit?: { code: string; name: string }
  }
}

/** JSON Feed 1.1 of bulletins; a bulletin without audio is still listed, for a reader to read aloud. */
export function bulletinsJsonFeed(meta: AudioFeedMeta, items: BulletinFeedItem[]) {
  return {
    ...jsonFeedHead(meta),
    icon: meta.show.artworkUrl,
    authors: [{ name: printableText(meta.show.ownerName) }],
    items: items.map(
      (item): BulletinJsonItem => ({
        id: item.id,
        url: item.url,
        title: printableText(item.title),
        content_text: printableText(item.script),
        date_published: item.publishedAt,
        date_modified: item.versionCreated,
        language: meta.language,
        tags: [item.priority],
        ...(item.audio
          ? { attachments: [{ duration_in_seconds: item.audio.seconds, mime_type: item.audio.mimeType, size_in_bytes: item.audio.bytes, url: item.audio.url }] }
          : {}),
        _nguon: {
          collection: 'bulletins',
          docId: item.docId,
          version: item.version,
          date: item.date,
          slot: item.slot,
          ...(item.outOfSlot ? { outOfSlot: true as const } : {}),
          airsAt: item.airsAt,
          priority: item.priority,
          readAloudSeconds: item.readAloudSeconds,
          ...(item.audio ? { audioSource: item.audio.source } : {}),
          transcriptUrl: item.transcriptUrl,
          ...(item.unit ? { unit: item.unit } : {}),
        },
      }),
    ),
    _nguon: { channel: 'loudspeaker' as const, ...(meta.generatedAt ? { generatedAt: meta.generatedAt } : {}) },
  }
}

export const renderBulletinsJson = (meta: AudioFeedMeta, items: BulletinFeedItem[]): string => JSON.stringify(bulletinsJsonFeed(meta, items))
