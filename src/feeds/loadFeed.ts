// Finds what one feed shows: live items in the channel, within the outlet's filters and access level, newest first.
import type { Payload, Where } from 'payload'

import type { Channel, ContentCollection, Locale } from '../content/vocabulary'
import type { FeedItem } from './types'

import { CONTENT_COLLECTIONS } from '../content/vocabulary'
import { type AccessLevel, allowedAudiences, audienceFieldOf, takesContentType } from '../delivery/wouldReceive'
import { mediaLinkFor } from '../media/signedMediaUrl'
import { toFeedItem } from './toFeedItem'

export type { AccessLevel }

/** Who is reading: an outlet with its subscription, or the public web channel. */
export type FeedReader = {
  accessLevel: AccessLevel
  campaignIds: (number | string)[]
  contentTypes: ContentCollection[]
  unitIds: (number | string)[]
}

export type FeedRequest = {
  campaign?: string
  channel: Channel
  /** ninjs keeps withdrawn items for a week as `canceled`, so newsrooms can kill them. */
  includeCanceled: boolean
  lang: Locale
  limit: number
  since?: string
  type?: ContentCollection
  unit?: string
}

export const CANCELED_RETENTION_MS = 7 * 24 * 60 * 60 * 1000
/** Even with nothing scheduled to change, a rendering is rebuilt at least this often. */
const MAX_RENDER_AGE_MS = 5 * 60 * 1000

// The same subscription rules as wouldReceive (src/delivery/wouldReceive.ts), as database queries.
function audienceClause(collection: ContentCollection, level: AccessLevel): Where[] {
  const allowed = allowedAudiences(level)
  return allowed ? [{ [audienceFieldOf(collection)]: { in: allowed } }] : []
}

const isNull = (field: string): Where => ({ [field]: { exists: false } })
const notAfter = (field: string, at: string): Where => ({ or: [isNull(field), { [field]: { less_than_equal: at } }] })
const notBefore = (field: string, at: string): Where => ({ or: [isNull(field), { [field]: { greater_than: at } }] })

async function idsFor({ collection, field, payload, values }: { collection: 'campaigns' | 'units'; field: string; payload: Payload; values: string[] }) {
  const { docs } = await payload.find({ collection, depth: 0, limit: values.length, overrideAccess: true, pagination: false, where: { [field]: { in: values } } })
  return docs.map((d) => d.id)
}

export async function loadFeedItems({
  now = new Date(),
  payload,
  reader,
  request,
}: {
  now?: Date
  payload: Payload
  reader: FeedReader
  request: FeedRequest
}): Promise<{ items: FeedItem[]; validUntil: number }> {
  const at = now.toISOString()
  const collections = (request.type ? [request.type] : [...CONTENT_COLLECTIONS]).filter((c) => takesContentType(reader.contentTypes, c))
  const scope: Where[] = [{ channels: { in: [request.channel] } }]
  if (reader.campaignIds.length) scope.push({ campaign: { in: reader.campaignIds } })
  if (reader.unitIds.length) scope.push({ unit: { in: reader.unitIds } })
  if (request.campaign) scope.push({ campaign: { in: await idsFor({ collection: 'campaigns', field: 'slug', payload, values: [request.campaign] }) } })
  if (request.unit) scope.push({ unit: { in: await idsFor({ collection: 'units', field: 'code', payload, values: [request.unit] }) } })
  if (request.since) scope.push({ updatedAt: { greater_than: request.since } })

  const find = (collection: ContentCollection, where: Where[], draft = false) =>
    payload
      .find({
        collection,
        depth: 1,
        draft,
        fallbackLocale: 'vi',
        limit: request.limit,
        locale: request.lang,
        overrideAccess: true,
        // A feed shows no total: without pagination Payload skips a count(*) over every matching item.
        pagination: false,
        sort: '-updatedAt',
        where: { and: [...scope, ...audienceClause(collection, reader.accessLevel), ...where] },
      })
      .then(({ docs }) => docs.map((doc) => ({ collection, doc: doc as unknown as Record<string, unknown> })))

  const windowed = (collection: ContentCollection): Where[] =>
    collection === 'slogans' ? [notAfter('displayFrom', at), notBefore('displayUntil', at)] : []
  const live = collections.map((c) =>
    find(c, [{ _status: { equals: 'published' } }, { workflowStatus: { equals: 'published' } }, notAfter('publishAt', at), notBefore('expireAt', at), ...windowed(c)]),
  )
  // Press and internal outlets receive approved, embargoed items early, marked with embargoedUntil.
  const embargoed =
    reader.accessLevel === 'public' ? [] : collections.map((c) => find(c, [{ workflowStatus: { equals: 'scheduled' } }, { publishAt: { greater_than: at } }], true))
  const canceled = request.includeCanceled
    ? collections.map((c) =>
        find(c, [{ workflowStatus: { equals: 'withdrawn' } }, { withdrawnAt: { greater_than: new Date(now.getTime() - CANCELED_RETENTION_MS).toISOString() } }]),
      )
    : []
  const found = (await Promise.all([...live, ...embargoed, ...canceled])).flat()

  const serverURL = payload.config.serverURL
  const items = found
    .map(({ collection, doc }) =>
      toFeedItem({
        collection,
        doc,
        language: request.lang,
        mediaLink: (media) => mediaLinkFor({ level: reader.accessLevel, media, secret: payload.secret, serverURL }),
        serverURL,
      }),
    )
    .sort((a, b) => b.versionCreated.localeCompare(a.versionCreated))
    .slice(0, request.limit)

  // The rendering is valid until the first item leaves (expiry, display window, a week after withdrawal)
  // or a slogan enters its window; publications and withdrawals invalidate it through the generation marker.
  const boundaries = found.flatMap(({ doc }) => [
    doc.expireAt,
    doc.displayUntil,
    doc.publishAt,
    doc.withdrawnAt ? new Date(new Date(doc.withdrawnAt as string).getTime() + CANCELED_RETENTION_MS).toISOString() : null,
  ])
  if (collections.includes('slogans')) {
    const { docs } = await payload.find({
      collection: 'slogans',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      sort: 'displayFrom',
      where: { and: [...scope, { _status: { equals: 'published' } }, { displayFrom: { greater_than: at } }] },
    })
    boundaries.push(docs[0]?.displayFrom)
  }
  const future = boundaries
    .filter((b): b is string => typeof b === 'string')
    .map((b) => new Date(b).getTime())
    .filter((t) => t > now.getTime())
  return { items, validUntil: Math.min(now.getTime() + MAX_RENDER_AGE_MS, ...future) }
}
