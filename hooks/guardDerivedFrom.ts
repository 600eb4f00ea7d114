// Holds an adapted item's origin to what the adapt endpoint wrote, on every user's write. Field access alone does not
// in Payload 3.90: a duplicate copies the group's sub-fields from the original (only the group itself is denied), and
// restoreVersion drops the group (it neither takes the restored version's value nor keeps the current one).
import type { CollectionBeforeChangeHook } from 'payload'

import { ADAPT_CONTEXT_KEY } from '../src/fields/derivedFrom'
import { isUserWrite } from './markUserWrite'

// A group is always an object to Payload's field hooks (null makes them throw): "no origin" is every sub-field empty.
const NO_ORIGIN = { adaptedAt: null, incoming: null, link: null, source: null, sourceName: null, sourceUrl: null, upstreamId: null, upstreamUpdatedAt: null }

const idOf = (value: unknown): unknown => (value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value)

export const guardDerivedFrom: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (!isUserWrite(req)) return data
  if (operation === 'create') {
    // Only the adapt endpoint's own create records an origin; a create or duplicate by anyone else has none.
    if (req.context?.[ADAPT_CONTEXT_KEY] !== true) data.derivedFrom = { ...NO_ORIGIN }
    return data
  }
  const current = (originalDoc as { derivedFrom?: null | Record<string, unknown> } | undefined)?.derivedFrom
  data.derivedFrom = current ? { ...NO_ORIGIN, ...current, source: idOf(current.source) ?? null } : { ...NO_ORIGIN }
  return data
}
