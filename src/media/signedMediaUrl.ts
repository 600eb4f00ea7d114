// Media links for outlets: a feed or webhook for a press or internal outlet links non-public media with a signature
// naming the access level it was issued for. The file route checks the signature and that the media is still shown
// at that level by a live (or, for press and internal outlets, embargoed) item, so a link stops working when the item
// comes down, and cannot be stretched to another level. Bulletin transcripts are signed the same way. No Payload import.
import { createHmac, timingSafeEqual } from 'node:crypto'

import type { AccessLevel } from '../delivery/wouldReceive'

import { levelSeesMedia } from './mediaUse'

const LEVELS: readonly AccessLevel[] = ['internal', 'press', 'public']

const keyOf = (secret: string) => createHmac('sha256', secret).update('nguon:media-link:v1').digest()

const signatureOf = ({ filename, level, secret }: { filename: string; level: AccessLevel; secret: string }) =>
  createHmac('sha256', keyOf(secret)).update(`${filename}\n${level}`).digest('base64url')

type MediaForLink = { earlyReach?: AccessLevel | null; filename?: null | string; liveReach?: AccessLevel | null; url?: null | string }

/** The URL a reader at `level` gets for media: as stored when anyone may see it, signed for its level otherwise. */
export function mediaLinkFor({ level, media, secret, serverURL }: { level: AccessLevel; media: MediaForLink; secret: string; serverURL: string }): string | undefined {
  if (!media.url) return undefined
  const url = /^https?:\/\//.test(media.url) ? media.url : `${serverURL}${media.url}`
  if (levelSeesMedia('public', media) || level === 'public' || !media.filename) return url
  return `${url}${url.includes('?') ? '&' : '?'}access=${level}&sig=${signatureOf({ filename: media.filename, level, secret })}`
}

/** What a bulletin's transcript link signs; a `/` never occurs in a media filename, so it cannot stand for one. */
export const transcriptSubject = (bulletinId: number | string): string => `bulletins/${bulletinId}/transcript`

/**
 * The URL of a bulletin's transcript for a reader at `level`: plain when the bulletin is public, otherwise signed for
 * the level like its audio, so whoever may hear the episode may read it, and nobody else.
 */
export function transcriptLinkFor({ bulletinId, level, reach, secret, serverURL }: { bulletinId: number | string; level: AccessLevel; reach: AccessLevel; secret: string; serverURL: string }): string {
  const url = `${serverURL}/feeds/loudspeaker/transcripts/${encodeURIComponent(String(bulletinId))}.txt`
  if (reach === 'public' || level === 'public') return url
  return `${url}?access=${level}&sig=${signatureOf({ filename: transcriptSubject(bulletinId), level, secret })}`
}

/** The access level a signed link was issued for, or null when it carries no valid signature. */
export function levelOfSignedLink({ access, filename, secret, sig }: { access: unknown; filename: string; secret: string; sig: unknown }): AccessLevel | null {
  if (typeof access !== 'string' || typeof sig !== 'string' || !LEVELS.includes(access as AccessLevel)) return null
  const expected = Buffer.from(signatureOf({ filename, level: access as AccessLevel, secret }))
  const given = Buffer.from(sig)
  return given.length === expected.length && timingSafeEqual(given, expected) ? (access as AccessLevel) : null
}
