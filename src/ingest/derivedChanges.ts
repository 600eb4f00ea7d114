// Which items adapted from the incoming desk have an origin that moved since: for the admin's banner on an item and for
// a reviewer's home page. One query per derivable collection for the items and one for their desk rows, never one per item.
import type { PayloadRequest, Where } from 'payload'

import type { DerivableCollection } from '../content/vocabulary'

import { readableUnits } from '../access/readableUnits'
import { DERIVABLE_COLLECTIONS } from '../content/vocabulary'
import { type DerivedOrigin, upstreamChange, type UpstreamChange } from './upstreamChange'

type Id = number | string

/** The desk row as the banner shows it; null when it no longer exists. */
export type ChangedOrigin = { id: string; pubStatus: string; title: string; upstreamChangedAt: null | string }

export type DerivedItemChange = {
  change: UpstreamChange
  collection: DerivableCollection
  id: Id
  incoming: ChangedOrigin | null
  /** The item's title field (title, or a talking point's headline). */
  title: string
  workflowStatus: null | string
}

export type DerivedItemRef = { collection: DerivableCollection; derivedFrom?: DerivedOrigin | null; id: Id; title?: string; workflowStatus?: null | string }

/** The desk rows named by these items, in one query (server read: the caller has already read the items). */
async function deskRows({ ids, req }: { ids: string[]; req: PayloadRequest }): Promise<Map<string, ChangedOrigin>> {
  const wanted = [...new Set(ids)].filter((id) => req.payload.db.defaultIDType !== 'number' || /^\d+$/.test(id))
  if (!wanted.length) return new Map()
  const { docs } = await req.payload.find({
    collection: 'incoming',
    depth: 0,
    limit: wanted.length,
    overrideAccess: true,
    pagination: false,
    req,
    select: { pubStatus: true, title: true, upstreamChangedAt: true },
    where: { id: { in: wanted } },
  })
  return new Map(docs.map((doc) => [String(doc.id), { id: String(doc.id), pubStatus: doc.pubStatus, title: doc.title, upstreamChangedAt: doc.upstreamChangedAt ?? null }]))
}

/**
 * Of the given items (each with its `derivedFrom` as read), those whose origin was updated, withdrawn or is gone,
 * with what the banner needs. Items not adapted are skipped. The caller reads the items with the user's access.
 */
export async function changedOrigins({ items, req }: { items: DerivedItemRef[]; req: PayloadRequest }): Promise<DerivedItemChange[]> {
  const adapted = items.filter((item) => item.derivedFrom?.incoming)
  const rows = await deskRows({ ids: adapted.map((item) => String(item.derivedFrom!.incoming)), req })
  return adapted.flatMap((item) => {
    const row = rows.get(String(item.derivedFrom!.incoming)) ?? null
    const change = upstreamChange({ derivedFrom: item.derivedFrom, row })
    return change ? [{ change, collection: item.collection, id: item.id, incoming: row, title: item.title ?? `#${String(item.id)}`, workflowStatus: item.workflowStatus ?? null }] : []
  })
}

/** How many adapted items a reviewer's page looks at per collection, most recently updated first. */
const PER_COLLECTION_LIMIT = 200

/**
 * For a reviewer's (or admin's) home page: the adapted items, not withdrawn, in the units they review (all units for
 * admins and reviewers without a list, as src/access/readableUnits.ts says), whose origin moved. Read as the user
 * (their read access applies), latest versions. An editor who does not review gets their own unit's; signed out, none.
 */
export async function changedOriginsForReviewer({ req }: { req: PayloadRequest }): Promise<DerivedItemChange[]> {
  const user = req.user as never
  if (!req.user) return []
  const units = readableUnits(user)
  const where: Where = {
    and: [
      { 'derivedFrom.incoming': { exists: true } },
      { workflowStatus: { not_equals: 'withdrawn' } },
      ...(units === null ? [] : [{ unit: { in: units } }]),
    ],
  }
  const found = await Promise.all(
    DERIVABLE_COLLECTIONS.filter((collection) => collection in req.payload.collections).map(async (collection) => {
      const titleField = req.payload.collections[collection].config.admin?.useAsTitle ?? 'id'
      const { docs } = await req.payload.find({
        collection,
        depth: 0,
        draft: true,
        fallbackLocale: 'vi',
        limit: PER_COLLECTION_LIMIT,
        overrideAccess: false,
        pagination: false,
        req,
        select: { derivedFrom: true, [titleField]: true, workflowStatus: true } as never,
        sort: '-updatedAt',
        user: req.user,
        where,
      })
      return (docs as unknown as Record<string, unknown>[]).map(
        (doc): DerivedItemRef => ({
          collection,
          derivedFrom: doc.derivedFrom as DerivedOrigin,
          id: doc.id as Id,
          title: typeof doc[titleField] === 'string' ? (doc[titleField] as string) : undefined,
          workflowStatus: (doc.workflowStatus as string) ?? null,
        }),
      )
    }),
  )
  return changedOrigins({ items: found.flat(), req })
}
