// The files the podcast points to besides the MP3s: its cover (/feeds/loudspeaker/artwork/{key}.png, content-addressed,
// public) and each bulletin's transcript (/feeds/loudspeaker/transcripts/{id}.txt, under the episode's access).
import type { Request, RequestHandler, Response } from 'express'
import type { Payload } from 'payload'

import { createHash } from 'node:crypto'

import type { AccessLevel } from '../delivery/wouldReceive'
import type { ProofColors } from '../proofs/renderSloganProof'

import { PROOF_COLOR_DEFAULTS } from '../../globals/ProofSettings'
import { sendRepresentation } from '../http/sendRepresentation'
import { levelSeesMedia, reachOfItem } from '../media/mediaUse'
import { levelOfSignedLink, transcriptSubject } from '../media/signedMediaUrl'
import { TRANSCRIPT_MIME_TYPE } from './audioFeeds'
import { liveBulletinConditions } from './audioFeedsLoad'
import { ARTWORK_LAYOUT_VERSION, type PodcastChannel, podcastChannelFrom, type StoredPodcastSettings } from './podcastChannel'

export type LoadedPodcastChannel = PodcastChannel & { colors: ProofColors; settingsUpdatedAt?: string }

/** The podcast's channel from the broadcast and proof settings, and when either last changed. */
export async function loadPodcastChannel(payload: Payload): Promise<LoadedPodcastChannel> {
  const [broadcast, proof] = await Promise.all([
    payload.findGlobal({ depth: 0, overrideAccess: true, slug: 'broadcast-settings' }) as Promise<{ podcast?: StoredPodcastSettings; updatedAt?: string }>,
    payload.findGlobal({ depth: 0, overrideAccess: true, slug: 'proof-settings' }) as Promise<Partial<ProofColors> & { updatedAt?: string }>,
  ])
  const colors = { background: proof.background || PROOF_COLOR_DEFAULTS.background, text: proof.text || PROOF_COLOR_DEFAULTS.text }
  const updated = [broadcast.updatedAt, proof.updatedAt].filter((d): d is string => Boolean(d)).sort()
  return { ...podcastChannelFrom({ colors, layoutVersion: ARTWORK_LAYOUT_VERSION, stored: broadcast.podcast }), colors, settingsUpdatedAt: updated.at(-1) }
}

export const artworkPath = (artworkKey: string): string => `/feeds/loudspeaker/artwork/${artworkKey}.png`
export const transcriptPath = (bulletinId: number | string): string => `/feeds/loudspeaker/transcripts/${encodeURIComponent(String(bulletinId))}.txt`

const notFound = (res: Response, what: string) => res.status(404).set('Cache-Control', 'no-store').json({ error: `Không tìm thấy ${what} / Not found` })

type Artwork = { body: Buffer; etag: string }
// A handful of covers at most (the current one, and the previous one while apps catch up); each is a few hundred kB.
const artworks = new Map<string, Promise<Artwork>>()
const MAX_ARTWORKS = 4

function artworkFor(channel: LoadedPodcastChannel): Promise<Artwork> {
  const known = artworks.get(channel.artworkKey)
  if (known) return known
  const rendering = import('../proofs/renderPodcastArtwork')
    .then(({ renderPodcastArtwork }) => renderPodcastArtwork({ colors: channel.colors, province: channel.province, title: channel.title }))
    .then((body) => ({ body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"` }))
  artworks.set(channel.artworkKey, rendering)
  rendering.catch(() => artworks.delete(channel.artworkKey))
  while (artworks.size > MAX_ARTWORKS) artworks.delete(artworks.keys().next().value as string)
  return rendering
}

/** GET/HEAD /feeds/loudspeaker/artwork/{key}.png: the current cover, immutable under its key; an old key is gone (404). */
export const serveArtwork =
  ({ getPayload }: { getPayload: () => Promise<Payload> }): RequestHandler =>
  async (req, res, next) => {
    try {
      const key = /^([A-Za-z0-9_-]{22})\.png$/.exec(String(req.params.name))?.[1]
      if (!key) return notFound(res, 'ảnh bìa / artwork')
      const payload = await getPayload()
      const channel = await loadPodcastChannel(payload)
      if (channel.artworkKey !== key) return notFound(res, 'ảnh bìa / artwork')
      let artwork: Artwork
      try {
        artwork = await artworkFor(channel)
      } catch (err) {
        if (!(err instanceof RangeError)) throw err
        return res.status(422).set('Cache-Control', 'no-store').json({ error: `Không vẽ được ảnh bìa / The cover cannot be drawn: ${err.message}` })
      }
      sendRepresentation(req, res, {
        body: artwork.body,
        etag: artwork.etag,
        headers: {
          // The key names everything the picture is made from: a new picture has a new URL.
          'Cache-Control': 'public, max-age=31536000, immutable',
          'Content-Type': 'image/png',
          'Cross-Origin-Resource-Policy': 'cross-origin',
          'X-Content-Type-Options': 'nosniff',
        },
        lastModified: channel.settingsUpdatedAt ? new Date(Math.floor(Date.parse(channel.settingsUpdatedAt) / 1000) * 1000) : null,
      })
    } catch (err) {
      next(err)
    }
  }

type LiveBulletin = { approvedAt?: null | string; audiences?: string[]; id: number | string; script?: null | string; updatedAt?: string }

/** Who may read this bulletin's transcript: anyone when it is public; else a link signed for a level that sees it, or a user who may read it. */
async function mayReadTranscript({ bulletin, payload, req }: { bulletin: LiveBulletin; payload: Payload; req: Request }): Promise<'private' | 'public' | false> {
  const reach: AccessLevel = reachOfItem('bulletins', bulletin as Record<string, unknown>)
  if (reach === 'public') return 'public'
  const level = levelOfSignedLink({ access: req.query.access, filename: transcriptSubject(bulletin.id), secret: payload.secret, sig: req.query.sig })
  if (level && levelSeesMedia(level, { liveReach: reach })) return 'private'
  const { user } = await payload.auth({ headers: new Headers(req.headers as Record<string, string>) })
  if (!user) return false
  const { totalDocs } = await payload.count({ collection: 'bulletins', overrideAccess: false, user, where: { id: { equals: bulletin.id } } })
  return totalDocs > 0 ? 'private' : false
}

/** GET/HEAD /feeds/loudspeaker/transcripts/{id}.txt: the live bulletin's script as UTF-8 text, for those who may hear it. */
export const serveTranscript =
  ({ getPayload }: { getPayload: () => Promise<Payload> }): RequestHandler =>
  async (req, res, next) => {
    try {
      const id = /^([A-Za-z0-9_-]{1,64})\.txt$/.exec(String(req.params.name))?.[1]
      if (!id) return notFound(res, 'bản chữ / transcript')
      const payload = await getPayload()
      if (payload.db.defaultIDType === 'number' && !/^\d{1,15}$/.test(id)) return notFound(res, 'bản chữ / transcript')
      const { docs } = await payload.find({
        collection: 'bulletins',
        depth: 0,
        limit: 1,
        overrideAccess: true,
        pagination: false,
        where: { and: [{ id: { equals: id } }, ...liveBulletinConditions(new Date())] },
      })
      const bulletin = docs[0] as unknown as LiveBulletin | undefined
      if (!bulletin?.script?.trim()) return notFound(res, 'bản chữ / transcript')
      const audience = await mayReadTranscript({ bulletin, payload, req })
      if (!audience) return notFound(res, 'bản chữ / transcript')
      const body = Buffer.from(`${bulletin.script.trim()}\n`, 'utf8')
      const changed = Date.parse(bulletin.approvedAt ?? bulletin.updatedAt ?? '')
      sendRepresentation(req, res, {
        body,
        etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`,
        headers: {
          'Cache-Control': audience === 'public' ? 'public, no-cache' : 'private, no-store',
          'Content-Disposition': `inline; filename="ban-tin-${bulletin.id}.txt"`,
          'Content-Language': 'vi',
          'Content-Type': `${TRANSCRIPT_MIME_TYPE}; charset=utf-8`,
          'X-Content-Type-Options': 'nosniff',
        },
        lastModified: Number.isNaN(changed) ? null : new Date(Math.floor(changed / 1000) * 1000),
      })
    } catch (err) {
      next(err)
    }
  }
