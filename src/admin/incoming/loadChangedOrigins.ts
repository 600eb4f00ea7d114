// Adapted items whose upstream item changed or was withdrawn since: the edit page's banner and the reviewers' home list.
// Everything is read with the user's own access, so nobody learns of an item they cannot read.
import type { Payload } from 'payload'

import { hasRole, ROLES, type RoleHolder } from '../../access/roles'
import { readableUnits } from '../../access/readableUnits'
import { type DerivedFrom, originChange, type OriginChange } from './originChange'

type Id = number | string
type User = (RoleHolder & { id: Id; reviewUnits?: null | ({ id: Id } | Id)[] }) | null

/** The collections an item can be adapted into (defineContentCollection's `derivable`). */
export const DERIVED_COLLECTIONS = ['articles', 'talking-points', 'briefs', 'bulletins'] as const
export type DerivedCollection = (typeof DERIVED_COLLECTIONS)[number]

export type ChangedOrigin = {
  change: OriginChange
  collection: DerivedCollection
  id: Id
  incoming: string
  sourceName: null | string
  title: string
}

const isStaffUser = (user: User) => ROLES.some((role) => hasRole(user, role))

/** The desk rows named, as the user may read them; a row missing from the answer no longer exists (staff read every row). */
async function deskRows({ ids, payload, user }: { ids: string[]; payload: Payload; user: User }) {
  if (ids.length === 0) return new Map<string, { pubStatus?: null | string; upstreamChangedAt?: null | string }>()
  const { docs } = await payload.find({
    collection: 'incoming',
    depth: 0,
    limit: ids.length,
    overrideAccess: false,
    pagination: false,
    select: { pubStatus: true, upstreamChangedAt: true },
    user,
    where: { id: { in: ids } },
  })
  return new Map(docs.map((doc) => [String(doc.id), doc]))
}

/** What the banner on one item's edit page says: null when its origin did not change (or the user is not staff). */
export async function loadOriginChange({ derivedFrom, payload, user }: { derivedFrom: DerivedFrom | null | undefined; payload: Payload; user: User }): Promise<null | OriginChange> {
  if (!isStaffUser(user) || !derivedFrom?.incoming) return null
  const rows = await deskRows({ ids: [String(derivedFrom.incoming)], payload, user })
  return originChange(derivedFrom, rows.get(String(derivedFrom.incoming)) ?? null)
}

/**
 * Adapted items in the user's scope (their own unit and the units they review; every unit for admins and reviewers
 * not limited to some) whose origin changed, newest change first. Published items of other units are left out.
 */
export async function loadChangedOrigins({ limit = 50, payload, user }: { limit?: number; payload: Payload; user: User }): Promise<ChangedOrigin[]> {
  if (!isStaffUser(user)) return []
  const units = readableUnits(user)
  if (units !== null && units.length === 0) return []
  const found = await Promise.all(
    DERIVED_COLLECTIONS.filter((slug) => slug in payload.collections).map(async (collection) => {
      const titleField = payload.collections[collection].config.admin?.useAsTitle ?? 'id'
      const { docs } = await payload.find({
        collection,
        depth: 0,
        draft: true,
        fallbackLocale: 'vi',
        limit: 500,
        locale: 'vi',
        overrideAccess: false,
        pagination: false,
        select: { derivedFrom: true, [titleField]: true } as never,
        sort: '-updatedAt',
        user,
        where: { and: [{ 'derivedFrom.incoming': { exists: true } }, ...(units === null ? [] : [{ unit: { in: units } }])] },
      })
      return (docs as unknown as (Record<string, unknown> & { derivedFrom?: DerivedFrom & { sourceName?: null | string }; id: Id })[]).map((doc) => ({
        collection,
        derivedFrom: doc.derivedFrom ?? {},
        id: doc.id,
        title: typeof doc[titleField] === 'string' && doc[titleField] ? (doc[titleField] as string) : `#${String(doc.id)}`,
      }))
    }),
  )
  const items = found.flat().filter((item) => item.derivedFrom.incoming)
  const rows = await deskRows({ ids: [...new Set(items.map((item) => String(item.derivedFrom.incoming)))], payload, user })
  const changed: ChangedOrigin[] = []
  for (const item of items) {
    const change = originChange(item.derivedFrom, rows.get(String(item.derivedFrom.incoming)) ?? null)
    if (change) changed.push({ change, collection: item.collection, id: item.id, incoming: String(item.derivedFrom.incoming), sourceName: item.derivedFrom.sourceName ?? null, title: item.title })
  }
  const when = (entry: ChangedOrigin) => ('at' in entry.change && entry.change.at) || ''
  return changed.sort((a, b) => when(b).localeCompare(when(a))).slice(0, limit)
}
