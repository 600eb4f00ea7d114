// Finds the bulletins the audio feeds show: published, live, within the outlet's access level and subscription, newest air time first.
import type { Payload, Where } from 'payload'

import type { BroadcastPriority } from '../content/vocabulary'
import type { BulletinFeedItem } from './audioFeeds'
import type { FeedReader } from './loadFeed'

import { vietnamDay } from '../audio/bulletinAssembly'
import { reachOfItem } from '../media/mediaUse'
import { mediaLinkFor, transcriptLinkFor } from '../media/signedMediaUrl'
import type { MediaLink } from './toFeedItem'

type Doc = Record<string, unknown>
type Media = { filesize?: number; mimeType?: string; url?: string }

const MAX_RENDER_AGE_MS = 5 * 60 * 1000
const AUDIENCES_FOR: Record<FeedReader['accessLevel'], null | string[]> = { internal: null, press: ['public', 'press'], public: ['public'] }

const iso = (value: unknown): string | undefined => (typeof value === 'string' && value ? new Date(value).toISOString() : undefined)
const absolute = (url: string, serverURL: string) => (/^https?:\/\//.test(url) ? url : `${serverURL}${url}`)

export function toBulletinFeedItem({
  doc,
  mediaLink,
  serverURL,
  transcriptUrl,
}: {
  doc: Doc
  mediaLink?: MediaLink
  serverURL: string
  /** Where the reader gets the script; by default the unsigned public address. */
  transcriptUrl?: string
}): BulletinFeedItem {
  const media = doc.audio && typeof doc.audio === 'object' ? (doc.audio as Media) : undefined
  const unit = doc.unit && typeof doc.unit === 'object' ? (doc.unit as { code?: string; name?: string }) : undefined
  const approvedAt = iso(doc.approvedAt) ?? iso(doc.updatedAt)!
  const audioUrl = media?.url ? (mediaLink ? mediaLink(media as Media & Record<string, unknown>) : absolute(media.url, serverURL)) : undefined
  const hasAudio = Boolean(audioUrl && typeof doc.audioBytes === 'number' && typeof doc.audioSeconds === 'number')
  return {
    airsAt: iso(doc.airsAt) ?? approvedAt,
    date: typeof doc.date === 'string' ? vietnamDay(doc.date) : '',
    docId: String(doc.id),
    id: `urn:nguon:bulletins:${encodeURIComponent(String(doc.id))}`,
    priority: (doc.priority as BroadcastPriority) ?? 'normal',
    publishedAt: iso(doc.publishAt) ?? approvedAt,
    readAloudSeconds: Number(doc.readAloudSeconds ?? 0),
    script: typeof doc.script === 'string' ? doc.script : '',
    slot: typeof doc.slot === 'string' ? doc.slot : '',
    ...(doc.outOfSlot === true ? { outOfSlot: true as const } : {}),
    title: typeof doc.title === 'string' ? doc.title : `Bản tin ${doc.id}`,
    transcriptUrl: transcriptUrl ?? `${serverURL}/feeds/loudspeaker/transcripts/${encodeURIComponent(String(doc.id))}.txt`,
    url: `${serverURL}/api/bulletins/${doc.id}`,
    version: Number(doc.version ?? 0),
    versionCreated: approvedAt,
    ...(unit?.code ? { unit: { code: unit.code, name: unit.name ?? '' } } : {}),
    ...(hasAudio
      ? {
          audio: {
            bytes: doc.audioBytes as number,
            mimeType: media!.mimeType ?? 'audio/mpeg',
            seconds: doc.audioSeconds as number,
            source: doc.audioSource === 'recording' ? 'recording' : 'synthetic',
            url: audioUrl!,
          },
        }
      : {}),
  }
}

/** A bulletin on air: published, its publication time reached, not expired. */
export function liveBulletinConditions(now: Date): Where[] {
  const at = now.toISOString()
  return [
    { _status: { equals: 'published' } },
    { workflowStatus: { equals: 'published' } },
    { or: [{ publishAt: { exists: false } }, { publishAt: { less_than_equal: at } }] },
    { or: [{ expireAt: { exists: false } }, { expireAt: { greater_than: at } }] },
  ]
}

export async function loadBulletinFeedItems({
  limit,
  now = new Date(),
  payload,
  reader,
  since,
}: {
  limit: number
  now?: Date
  payload: Payload
  reader: FeedReader
  since?: string
}): Promise<{ items: BulletinFeedItem[]; validUntil: number }> {
  const audiences = AUDIENCES_FOR[reader.accessLevel]
  const where: Where[] = liveBulletinConditions(now)
  if (audiences) where.push({ audiences: { in: audiences } })
  if (reader.campaignIds.length) where.push({ or: [{ campaign: { exists: false } }, { campaign: { in: reader.campaignIds } }] })
  if (reader.unitIds.length) where.push({ unit: { in: reader.unitIds } })
  if (since) where.push({ updatedAt: { greater_than: since } })
  const { docs } = await payload.find({ collection: 'bulletins', depth: 1, limit, overrideAccess: true, pagination: false, sort: '-airsAt', where: { and: where } })
  const found = docs as unknown as Doc[]
  const serverURL = payload.config.serverURL
  // An expiry ends the rendering's life; publications and withdrawals invalidate it through the generation marker.
  const future = found
    .flatMap((doc) => [doc.expireAt, doc.publishAt])
    .filter((b): b is string => typeof b === 'string')
    .map((b) => new Date(b).getTime())
    .filter((t) => t > now.getTime())
  const mediaLink: MediaLink = (media) => mediaLinkFor({ level: reader.accessLevel, media, secret: payload.secret, serverURL })
  const transcriptUrl = (doc: Doc) =>
    transcriptLinkFor({ bulletinId: doc.id as number | string, level: reader.accessLevel, reach: reachOfItem('bulletins', doc), secret: payload.secret, serverURL })
  return {
    items: found.map((doc) => toBulletinFeedItem({ doc, mediaLink, serverURL, transcriptUrl: transcriptUrl(doc) })),
    validUntil: Math.min(now.getTime() + MAX_RENDER_AGE_MS, ...future),
  }
}
