// Finds the published loudspeaker items a bulletin can carry, and each one's spoken text, through the Local API.
import type { Payload, PayloadRequest, Where } from 'payload'

import type { BroadcastPriority, ContentCollection } from '../content/vocabulary'
import type { BulletinCandidate } from './bulletinAssembly'

import { BROADCAST_PRIORITIES, CONTENT_COLLECTIONS } from '../content/vocabulary'
import { renderForChannel } from '../feeds/channelText'
import { readAloudSeconds } from '../feeds/readAloud'
import { toFeedItem } from '../feeds/toFeedItem'

type Id = number | string
export type BulletinItemRef = { relationTo: ContentCollection; value: Id | { id: Id } }
export type SpokenItem = BulletinCandidate & { ref: { relationTo: ContentCollection; value: Id }; text: string; title: string }

type Doc = Record<string, unknown>

export const itemKey = (ref: { relationTo: string; value: Id | { id: Id } }): string =>
  `${ref.relationTo}:${typeof ref.value === 'object' ? ref.value.id : ref.value}`

const iso = (value: unknown): null | string => (typeof value === 'string' && value ? new Date(value).toISOString() : null)

/** When an item went live: the end of its embargo if it had one, else its approval. */
const liveAtOf = (doc: Doc): string => {
  const times = [iso(doc.approvedAt), iso(doc.publishAt)].filter((t): t is string => t !== null).sort()
  return times.at(-1) ?? iso(doc.updatedAt) ?? new Date(0).toISOString()
}

const priorityOf = (doc: Doc): BroadcastPriority =>
  BROADCAST_PRIORITIES.includes(doc.priority as BroadcastPriority) ? (doc.priority as BroadcastPriority) : 'normal'

function spoken({ collection, doc, payload, syllablesPerMinute }: { collection: ContentCollection; doc: Doc; payload: Payload; syllablesPerMinute: number }): SpokenItem {
  const item = toFeedItem({ collection, doc, language: 'vi', serverURL: payload.config.serverURL })
  const text = renderForChannel(item, 'loudspeaker').body
  return {
    key: itemKey({ relationTo: collection, value: doc.id as Id }),
    liveAt: liveAtOf(doc),
    priority: priorityOf(doc),
    ref: { relationTo: collection, value: doc.id as Id },
    seconds: readAloudSeconds(text, syllablesPerMinute),
    text,
    title: item.title,
  }
}

/** A live item on the loudspeaker channel: published, past its embargo, not expired; a slogan inside its display window. */
const liveOnLoudspeakers = (at: string, collection: ContentCollection): Where[] => [
  ...(collection === 'slogans'
    ? [
        { or: [{ displayFrom: { exists: false } }, { displayFrom: { less_than_equal: at } }] },
        { or: [{ displayUntil: { exists: false } }, { displayUntil: { greater_than: at } }] },
      ]
    : []),
  { _status: { equals: 'published' } },
  { workflowStatus: { equals: 'published' } },
  { channels: { in: ['loudspeaker'] } },
  { or: [{ publishAt: { exists: false } }, { publishAt: { less_than_equal: at } }] },
  { or: [{ expireAt: { exists: false } }, { expireAt: { greater_than: at } }] },
]

/** The spoken parts of the given items, in the given order; items no longer live on loudspeakers are left out. */
export async function spokenItems({
  now = new Date(),
  payload,
  refs,
  req,
  syllablesPerMinute,
}: {
  now?: Date
  payload: Payload
  refs: BulletinItemRef[]
  req?: PayloadRequest
  syllablesPerMinute: number
}): Promise<SpokenItem[]> {
  const found: SpokenItem[] = []
  for (const ref of refs) {
    const id = typeof ref.value === 'object' ? ref.value.id : ref.value
    if (!CONTENT_COLLECTIONS.includes(ref.relationTo)) continue
    const { docs } = await payload.find({
      collection: ref.relationTo,
      depth: 1,
      fallbackLocale: 'vi',
      limit: 1,
      locale: 'vi',
      overrideAccess: true,
      pagination: false,
      req,
      where: { and: [{ id: { equals: id } }, ...liveOnLoudspeakers(now.toISOString(), ref.relationTo)] },
    })
    if (docs[0]) found.push(spoken({ collection: ref.relationTo, doc: docs[0] as unknown as Doc, payload, syllablesPerMinute }))
  }
  return found
}

/** Every item that went live on loudspeakers after `since` (all live ones without it), as assembly candidates. */
export async function loudspeakerCandidates({
  now = new Date(),
  payload,
  req,
  since,
  syllablesPerMinute,
}: {
  now?: Date
  payload: Payload
  req?: PayloadRequest
  since?: null | string
  syllablesPerMinute: number
}): Promise<SpokenItem[]> {
  const at = now.toISOString()
  const after: Where[] = since ? [{ or: [{ approvedAt: { greater_than: since } }, { publishAt: { greater_than: since } }] }] : []
  const perCollection = await Promise.all(
    CONTENT_COLLECTIONS.map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        depth: 1,
        fallbackLocale: 'vi',
        limit: 200,
        locale: 'vi',
        overrideAccess: true,
        req,
        sort: '-approvedAt',
        where: { and: [...liveOnLoudspeakers(at, collection), ...after] },
      })
      return docs.map((doc) => spoken({ collection, doc: doc as unknown as Doc, payload, syllablesPerMinute }))
    }),
  )
  return perCollection.flat()
}
