// Which media a content item shows, and how far media may be seen because of the live items that show it. Pure.
import type { ReviewedCollection } from '../content/vocabulary'
import type { AccessLevel } from '../delivery/wouldReceive'

type Id = number | string

/**
 * The upload fields through which each reviewed collection shows media (rich text has no upload feature, see
 * payload.config.ts, so these are all). tests/unit/media/mediaUse.config.test.ts checks this table against the config.
 */
export const MEDIA_FIELDS: Record<ReviewedCollection, readonly string[]> = {
  articles: ['heroImage'],
  briefs: [],
  bulletins: ['recording', 'audio', 'syntheticAudio'],
  slogans: ['assets'],
  'talking-points': [],
}

const idOf = (value: unknown): Id | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return idOf((value as { id?: unknown }).id)
  return typeof value === 'number' || typeof value === 'string' ? value : null
}

/** The ids of the media a version of an item shows (depth 0 or populated), without repeats, as strings. */
export function mediaIdsOf(collection: ReviewedCollection, doc: null | Record<string, unknown> | undefined): string[] {
  if (!doc) return []
  const ids = MEDIA_FIELDS[collection].flatMap((field) => {
    const value = doc[field]
    return (Array.isArray(value) ? value : [value]).map(idOf)
  })
  return [...new Set(ids.filter((id): id is Id => id !== null).map(String))]
}

/** How far an item is seen, in the access levels of outlets: public items by everyone, press items by press and internal outlets. */
export function reachOfItem(collection: ReviewedCollection, doc: Record<string, unknown>): AccessLevel {
  const audiences = collection === 'briefs' ? [doc.distribution] : ((doc.audiences as unknown[]) ?? [])
  if (audiences.includes('public')) return 'public'
  if (audiences.includes('press')) return 'press'
  return 'internal'
}

const WIDTH: Record<AccessLevel, number> = { internal: 1, press: 2, public: 3 }

/** The widest of several reaches; null when there is none. */
export const widestReach = (reaches: AccessLevel[]): AccessLevel | null =>
  reaches.reduce<AccessLevel | null>((widest, reach) => (widest === null || WIDTH[reach] > WIDTH[widest] ? reach : widest), null)

/**
 * Media's reach from the items using it: `liveReach` from published items (who may read it now), `earlyReach` from
 * approved, embargoed items, which press and internal outlets receive before publication (never the public).
 */
export function mediaReach({ early, live }: { early: AccessLevel[]; live: AccessLevel[] }): { earlyReach: 'internal' | 'press' | null; liveReach: AccessLevel | null } {
  const earliest = widestReach(early)
  return { earlyReach: earliest === 'public' ? 'press' : earliest, liveReach: widestReach(live) }
}

/** May a reader at `level` (an outlet's access level; anonymous readers are `public`) see media with these reaches? */
export function levelSeesMedia(level: AccessLevel, media: { earlyReach?: AccessLevel | null; liveReach?: AccessLevel | null }): boolean {
  const sees = (reach: AccessLevel | null | undefined) => reach != null && WIDTH[reach] >= WIDTH[level]
  return sees(media.liveReach) || (level !== 'public' && sees(media.earlyReach))
}
