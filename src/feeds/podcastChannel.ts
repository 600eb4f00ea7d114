// What the loudspeaker podcast says about itself: title, province, owner, summary, the cover's content-addressed name,
// and the Podcasting 2.0 GUID, from the broadcast settings. Pure.
import { createHash } from 'node:crypto'

import type { ProofColors } from '../proofs/renderSloganProof'

export const PODCAST_NAMESPACE = 'https://podcastindex.org/namespace/1.0'
/** The UUIDv5 namespace Podcasting 2.0 derives `podcast:guid` in (podcastindex.org/namespace/1.0, "guid"). */
export const PODCAST_GUID_NAMESPACE = 'ead4c236-bf58-58c6-a2c6-a6b28d128cb6'
/** Bumped when the cover's layout changes, so its URL (a hash of its inputs) changes with it. */
export const ARTWORK_LAYOUT_VERSION = 1
export const DEFAULT_PODCAST_TITLE = 'Nguồn — Bản tin Loa truyền thanh cơ sở / Loudspeakers'

/** The podcast group of the broadcast-settings global, as stored. */
export type StoredPodcastSettings = {
  ownerEmail?: null | string
  ownerName?: null | string
  provinceName?: null | string
  summary?: null | string
  title?: null | string
}

export type PodcastChannel = {
  title: string
  province: string
  summary: string
  ownerName: string
  /** Absent until an administrator sets it (Apple asks for one; we do not invent it). */
  ownerEmail?: string
  /** Names the cover's inputs, so its URL changes whenever the picture would. */
  artworkKey: string
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url')

/** The key of the cover for these inputs (layout version included): 22 URL-safe characters. */
export function artworkKeyOf({ colors, layoutVersion, province, title }: { colors: ProofColors; layoutVersion: number; province: string; title: string }): string {
  return sha256(JSON.stringify([layoutVersion, province.normalize('NFC'), title.normalize('NFC'), colors.background.toUpperCase(), colors.text.toUpperCase()])).slice(0, 22)
}

/** The podcast's channel fields from stored settings, with what an empty group stands for. */
export function podcastChannelFrom({
  colors,
  layoutVersion,
  stored,
}: {
  colors: ProofColors
  layoutVersion: number
  stored: null | StoredPodcastSettings | undefined
}): PodcastChannel {
  const province = stored?.provinceName?.trim() ?? ''
  const title = stored?.title?.trim() || DEFAULT_PODCAST_TITLE
  const ownerName = stored?.ownerName?.trim() || (province ? `Loa truyền thanh tỉnh ${province}` : 'Nguồn')
  const ownerEmail = stored?.ownerEmail?.trim() || undefined
  const summary =
    stored?.summary?.trim() ||
    `Bản tin loa truyền thanh cơ sở${province ? ` tỉnh ${province}` : ''}, đã được duyệt, kèm bản chữ (transcript) của từng bản tin. / Approved loudspeaker bulletins${province ? ` of ${province} province` : ''}, each with its transcript.`
  return { artworkKey: artworkKeyOf({ colors, layoutVersion, province, title }), ownerEmail, ownerName, province, summary, title }
}

/** RFC 9562 UUID version 5 (SHA-1) of `name` in `namespace`. */
export function uuidV5(name: string, namespace: string): string {
  const sha1 = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
  // Stryker disable next-line StringLiteral: Node reads an empty encoding as its default, UTF-8, the encoding RFC 9562 asks of the name
  const hash = sha1.update(name, 'utf8').digest()
  hash[6] = (hash[6]! & 0x0f) | 0x50
  hash[8] = (hash[8]! & 0x3f) | 0x80
  const hex = hash.subarray(0, 16).toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** `podcast:guid`: the UUIDv5 of the feed URL without its scheme and trailing slashes, as Podcasting 2.0 defines it. */
export const podcastGuid = (feedUrl: string): string => uuidV5(feedUrl.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/+$/, ''), PODCAST_GUID_NAMESPACE)
