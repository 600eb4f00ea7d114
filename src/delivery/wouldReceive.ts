// The subscription rules shared by feeds and push delivery: which outlets would see an item, without a database.
import type { Channel, ContentCollection, Locale } from '../content/vocabulary'

export type AccessLevel = 'internal' | 'press' | 'public'

type Relation = null | number | string | { id: number | string }

/** An outlet as stored (depth 0 or 1); only the subscription fields matter here. */
export type SubscribingOutlet = {
  accessLevel: AccessLevel
  active?: boolean | null
  campaigns?: null | Relation[]
  channels?: Channel[] | null
  contentTypes?: ContentCollection[] | null
  languages?: Locale[] | null
  units?: null | Relation[]
}

/** A content item as stored (depth 0 or 1), with the collection it lives in. */
export type DeliverableItem = {
  audiences?: null | string[]
  campaign?: Relation
  channels?: Channel[] | null
  collection: ContentCollection
  distribution?: null | string
  unit?: Relation
}

/** Which audiences an access level may see; null means every audience. */
const AUDIENCES_FOR: Record<AccessLevel, null | string[]> = {
  internal: null,
  press: ['public', 'press'],
  public: ['public'],
}

export const allowedAudiences = (level: AccessLevel): null | string[] => AUDIENCES_FOR[level]

/** Briefs say who they are for in `distribution`; the other content types in `audiences`. */
export const audienceFieldOf = (collection: ContentCollection): 'audiences' | 'distribution' =>
  collection === 'briefs' ? 'distribution' : 'audiences'

export const takesContentType = (contentTypes: ContentCollection[] | null | undefined, collection: ContentCollection): boolean =>
  !contentTypes?.length || contentTypes.includes(collection)

const idOf = (relation: Relation | undefined): null | string =>
  relation == null ? null : String(typeof relation === 'object' ? relation.id : relation)

const isWithin = (filter: null | Relation[] | undefined, relation: Relation | undefined): boolean => {
  if (!filter?.length) return true
  const id = idOf(relation)
  return id !== null && filter.some((entry) => idOf(entry) === id)
}

/** The first of the outlet's channels that carries the item: the medium its copy is rendered for. */
export function sharedChannel(outlet: SubscribingOutlet, item: DeliverableItem): Channel | undefined {
  return outlet.channels?.find((channel) => item.channels?.includes(channel))
}

/** The language an outlet reads; a missing translation falls back to Vietnamese, so language never excludes an item. */
export const languageOf = (outlet: SubscribingOutlet): Locale => outlet.languages?.[0] ?? 'vi'

/**
 * Would this outlet see the item in one of its feeds? Same rules as loadFeedItems: an active outlet, a shared channel,
 * a content type it takes, its campaign and unit filters, and an audience its access level allows.
 */
export function wouldReceive(outlet: SubscribingOutlet, item: DeliverableItem): boolean {
  if (outlet.active === false) return false
  if (!sharedChannel(outlet, item)) return false
  if (!takesContentType(outlet.contentTypes, item.collection)) return false
  if (!isWithin(outlet.campaigns, item.campaign) || !isWithin(outlet.units, item.unit)) return false
  const allowed = allowedAudiences(outlet.accessLevel)
  if (!allowed) return true
  const audiences = item.collection === 'briefs' ? [item.distribution] : item.audiences
  return allowed.some((audience) => audiences?.includes(audience))
}
