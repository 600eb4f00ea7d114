// One search as /api/search answers it: the caller's scope, the index's page of hits, snippets and unit names.
import type { Payload, TypedUser } from 'payload'

import { parseSearchQuery } from './query'
import { type SearchFilters, searchIndex } from './searchIndex'
import type { SearchedCollection } from './searchRows'
import { searchScope } from './searchScope'
import { snippetOf } from './snippet'

export type SearchResultDoc = {
  collection: SearchedCollection
  id: number
  /** Passage of the item with the matched words in <mark>; everything else HTML-escaped. */
  snippet: string
  status: null | string
  title: string
  unit: null | { code: string; id: number; name: string }
  updatedAt: string
}

export type SearchResult = {
  docs: SearchResultDoc[]
  limit: number
  page: number
  totalDocs: number
  /** True when more than `totalDocs` items match (searchIndex.ts DEFAULT_CANDIDATES): the pages then cover the best of them. */
  totalIsLowerBound: boolean
  totalPages: number
}

export async function runSearch({
  filters,
  limit,
  page,
  payload,
  q,
  user,
}: {
  filters: SearchFilters
  limit: number
  page: number
  payload: Payload
  q: string
  user: null | TypedUser
}): Promise<SearchResult> {
  const query = parseSearchQuery(q)
  const { hits, totalDocs, totalIsLowerBound } = await searchIndex({ filters, limit, page, payload, query, scope: searchScope(user as never) })
  // Units are read by signed-in users only (collections/Units.ts), so anonymous callers get no unit names.
  const unitIds = user ? [...new Set(hits.map((hit) => hit.unit).filter((id): id is number => id !== null))] : []
  const units = unitIds.length
    ? (await payload.find({ collection: 'units', depth: 0, limit: unitIds.length, overrideAccess: true, pagination: false, where: { id: { in: unitIds } } })).docs
    : []
  const unitById = new Map(units.map((unit) => [Number(unit.id), { code: String(unit.code ?? ''), id: Number(unit.id), name: String(unit.name ?? '') }]))
  return {
    docs: hits.map((hit) => ({
      collection: hit.collection,
      id: hit.docId,
      snippet: snippetOf(hit.body || hit.title, query),
      status: hit.status,
      title: hit.title,
      unit: hit.unit === null ? null : (unitById.get(hit.unit) ?? null),
      updatedAt: hit.updatedAt,
    })),
    limit,
    page,
    totalDocs,
    totalIsLowerBound,
    totalPages: Math.ceil(totalDocs / limit),
  }
}
