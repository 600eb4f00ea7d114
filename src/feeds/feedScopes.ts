// Which cached renderings (feeds, public pages, token lookups) a change can alter: named scopes, or everything when that cannot be said safely.
import { CHANNELS, type Channel, CONTENT_COLLECTIONS } from '../content/vocabulary'

/** A part of what the feed cache holds: one channel's renderings, the audio feeds, one outlet's renderings and lookups. */
export type FeedScope = `channel:${Channel}` | `outlet:${string}` | 'audio' | 'outlets:unknown-tokens'

/** What a change touches: some scopes, or everything (a drop of the whole cache, as before scopes existed). */
export type TouchedScopes = 'everything' | FeedScope[]

export const channelScope = (channel: Channel): FeedScope => `channel:${channel}`
export const outletScope = (id: number | string): FeedScope => `outlet:${id}`
/** The audio feeds (/feeds/loudspeaker/podcast.xml, bulletins.json): every live bulletin, whatever its channels. */
export const AUDIO_SCOPE: FeedScope = 'audio'
/** Token lookups that found no outlet: any outlet created or given a new token may answer them now. */
export const UNKNOWN_TOKENS_SCOPE: FeedScope = 'outlets:unknown-tokens'

type Doc = null | Record<string, unknown> | undefined

export type FeedChange = {
  /** The collection or global written. */
  slug: string
  kind: 'collection' | 'global'
  /** A deleted item's versions are gone with it, so what readers saw of it cannot be read: deletes touch everything. */
  operation?: 'change' | 'delete'
  doc?: Doc
  previousDoc?: Doc
  /**
   * The channels of the item's versions that were live (or embargoed) before this change, read from its version
   * history: an approval's previousDoc is the draft, whose channels may differ from those of the version readers see.
   * Undefined when they could not be read.
   */
  liveChannelsBefore?: unknown[]
}

// includes compares without coercion, so a value that is no string is never a channel.
const isChannel = (value: unknown): value is Channel => (CHANNELS as readonly unknown[]).includes(value)

/** The channels a stored item names; null when the document does not say (a partial document, an unknown value). */
function channelsOf(doc: Doc): Channel[] | null {
  // Stryker disable next-line ArrayDeclaration: the scopes are CHANNELS filtered by membership here, so an entry that is no channel changes nothing
  if (!doc) return []
  // Payload hands afterChange an empty previousDoc on create: an item that did not exist was in no feed.
  // Stryker disable next-line ArrayDeclaration: as above, an entry that is no channel is never in the result
  if (Object.keys(doc).length === 0) return []
  const channels = doc.channels
  if (!Array.isArray(channels) || !channels.every(isChannel)) return null
  return channels
}

const isContentCollection = (slug: string) => (CONTENT_COLLECTIONS as readonly string[]).includes(slug)

/**
 * The scopes a change touches. A content item touches the channels it is in and was in (draft before, live versions
 * before); a bulletin also the audio feeds; an outlet its own renderings, lookups and resolutions, plus lookups of tokens
 * that named nobody. Anything else (settings globals, unknown collections, documents that do not name their channels)
 * touches everything.
 */
export function scopesTouchedBy(change: FeedChange): TouchedScopes {
  if (change.kind !== 'collection') return 'everything'
  if (change.operation === 'delete' && change.slug !== 'outlets') return 'everything'
  if (change.slug === 'outlets') {
    const id = change.doc?.id ?? change.previousDoc?.id
    if (typeof id !== 'number' && typeof id !== 'string') return 'everything'
    return [outletScope(id), UNKNOWN_TOKENS_SCOPE]
  }
  const isBulletin = change.slug === 'bulletins'
  if (!isContentCollection(change.slug) && !isBulletin) return 'everything'
  if (!change.doc) return 'everything'
  if (!Array.isArray(change.liveChannelsBefore) || !change.liveChannelsBefore.every(isChannel)) return 'everything'
  const now = channelsOf(change.doc)
  const before = channelsOf(change.previousDoc)
  if (!now || !before) return 'everything'
  const channels = CHANNELS.filter((c) => now.includes(c) || before.includes(c) || (change.liveChannelsBefore as Channel[]).includes(c))
  return [...channels.map(channelScope), ...(isBulletin ? [AUDIO_SCOPE] : [])]
}
