// The admin list views' search box: Payload turns it into `{ <title field>: { like } }`; this hook widens that to the
// search index (folded, every searchable field), as the signed-in user reads it.
import type { CollectionBeforeOperationHook, Where } from 'payload'

import { parseSearchQuery } from './query'
import { searchDialect, searchIndex } from './searchIndex'
import { SEARCHED_COLLECTIONS, type SearchedCollection } from './searchRows'
import { searchScope } from './searchScope'

/**
 * Most ids a list search brings in from the index (the list then pages through them); also its candidate bound, since
 * the global search's (DEFAULT_CANDIDATES, 200) would cap it below this.
 */
export const MAX_LIST_MATCHES = 500

type Like = { field: string; text: string }

/** The `like` conditions on `titleField` anywhere in a where query. */
function likesOn(where: unknown, titleField: string): Like[] {
  if (!where || typeof where !== 'object') return []
  return Object.entries(where as Record<string, unknown>).flatMap(([key, value]) => {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) return value.flatMap((w) => likesOn(w, titleField))
    const like = key === titleField && value && typeof value === 'object' ? (value as { like?: unknown }).like : undefined
    return typeof like === 'string' && like.trim() ? [{ field: key, text: like }] : []
  })
}

/** `where` with each `like` on the title field also matching the ids the index found for its text. */
function widen(where: unknown, titleField: string, ids: Map<string, number[]>): unknown {
  if (!where || typeof where !== 'object') return where
  return Object.fromEntries(
    Object.entries(where as Record<string, unknown>).map(([key, value]) => {
      if ((key === 'and' || key === 'or') && Array.isArray(value)) return [key, value.map((w) => widen(w, titleField, ids))]
      const like = key === titleField && value && typeof value === 'object' ? (value as { like?: unknown }).like : undefined
      if (typeof like !== 'string' || !ids.has(like)) return [key, value]
      return ['or', [{ [key]: value }, { id: { in: ids.get(like) } }]]
    }),
  )
}

export const searchInListViews: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const slug = collection.slug
  const titleField = collection.admin?.useAsTitle
  if (operation !== 'read' || !req.user || !titleField || !(SEARCHED_COLLECTIONS as readonly string[]).includes(slug) || !searchDialect(req.payload)) return args
  const likes = likesOn((args as { where?: Where }).where, titleField)
  if (!likes.length) return args
  const ids = new Map<string, number[]>()
  for (const { text } of likes) {
    const query = parseSearchQuery(text)
    if (!query.terms.length) continue
    const { hits } = await searchIndex({
      candidates: MAX_LIST_MATCHES,
      filters: { collections: [slug as SearchedCollection] },
      limit: MAX_LIST_MATCHES,
      page: 1,
      payload: req.payload,
      query,
      scope: searchScope(req.user as never),
    })
    ids.set(text, hits.map((hit) => hit.docId))
  }
  return { ...args, where: widen((args as { where?: Where }).where, titleField, ids) as Where }
}
