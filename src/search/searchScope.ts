// Whose search this is, in the terms of the collections' read access (src/access/publishedOrOwnUnit.ts, mediaReadable.ts); pure.
import { readableUnits } from '../access/readableUnits'
import type { RoleHolder } from '../access/roles'

type Id = number | string

/**
 * - `public`: anonymous callers read live public items that are not embargoed or expired, and media a live public
 *   item shows;
 * - `everything`: admins and reviewers of every unit read every item (its newest version);
 * - `units`: other signed-in users read everything live, their units' items (newest version) and media, what they
 *   uploaded, and media any live item shows.
 */
export type SearchScope = { kind: 'everything' } | { kind: 'public' } | { kind: 'units'; units: number[]; userId: null | number }

export function searchScope(user: (RoleHolder & { reviewUnits?: null | ({ id: Id } | Id)[] }) | null | undefined): SearchScope {
  if (!user) return { kind: 'public' }
  const units = readableUnits(user)
  if (units === null) return { kind: 'everything' }
  const userId = user.id === undefined || user.id === null ? null : Number(user.id)
  return { kind: 'units', units: units.map(Number).filter((n) => !Number.isNaN(n)), userId }
}
