// Keeps the search index in step with the content: each write of an item rewrites its rows in the write's transaction.
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { keepRequestLocale } from '../content/keepRequestLocale'
import { clearSearchIndex, insertSearchRows, mergeSearchIndex, searchDialect, writeSearchRows } from './searchIndex'
import { itemRows, mediaRows, rowKey, SEARCHED_COLLECTIONS, type SearchedCollection, type SearchRow } from './searchRows'

type Id = number | string
type Doc = Record<string, unknown>

/** Set on req.context by a bulk write that rebuilds the index itself afterwards (the benchmark's seeding). */
export const SKIP_SEARCH_INDEX = 'skipSearchIndex' as const

const isSearched = (slug: string): slug is SearchedCollection => (SEARCHED_COLLECTIONS as readonly string[]).includes(slug)

async function read({ collection, draft, id, payload, req }: { collection: SearchedCollection; draft: boolean; id: Id; payload: Payload; req?: PayloadRequest }) {
  try {
    return (await payload.findByID({ collection, depth: 0, disableErrors: true, draft, id, locale: 'all', overrideAccess: true, req })) as Doc | null
  } catch {
    return null
  }
}

/** The rows an item should have now, read inside `req`'s transaction (its live and its newest version). */
export async function rowsOfItem({ collection, id, payload, req }: { collection: SearchedCollection; id: Id; payload: Payload; req?: PayloadRequest }): Promise<SearchRow[]> {
  // Read in every locale without leaving the writing request in 'all' for what it does after this hook.
  return keepRequestLocale(req, async () => {
    if (collection === 'media') {
      const doc = await read({ collection, draft: false, id, payload, req })
      return doc ? mediaRows(doc) : []
    }
    const [live, latest] = await Promise.all([read({ collection, draft: false, id, payload, req }), read({ collection, draft: true, id, payload, req })])
    return itemRows({ collection, latest, live })
  })
}

/** Rewrites one item's rows (none once it is deleted). */
export async function indexItem({ collection, id, payload, req }: { collection: SearchedCollection; id: Id; payload: Payload; req?: PayloadRequest }): Promise<void> {
  if (!searchDialect(payload) || Number.isNaN(Number(id))) return
  const rows = await rowsOfItem({ collection, id, payload, req })
  const keys = [rowKey(collection, Number(id), 'live'), rowKey(collection, Number(id), 'latest')]
  await writeSearchRows({ keys, payload, req, rows })
}

export const indexForSearch: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (!isSearched(collection.slug) || req.context?.[SKIP_SEARCH_INDEX]) return doc
  await indexItem({ collection: collection.slug, id: (doc as Doc).id as Id, payload: req.payload, req })
  return doc
}

export const removeFromSearch: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  if (!isSearched(collection.slug) || !searchDialect(req.payload)) return
  const keys = [rowKey(collection.slug, Number(id), 'live'), rowKey(collection.slug, Number(id), 'latest')]
  await writeSearchRows({ keys, payload: req.payload, req, rows: [] })
}

/** Rebuilds the whole index from the content (`npm run search:reindex`, and a database whose index is new), in one transaction, then merges it. */
export async function reindexAll({ log = () => undefined, payload }: { log?: (line: string) => void; payload: Payload }): Promise<number> {
  if (!searchDialect(payload)) return 0
  const rows: SearchRow[] = []
  for (const collection of SEARCHED_COLLECTIONS) {
    const before = rows.length
    const latestById = new Map<string, Doc>()
    if (collection !== 'media') {
      for await (const doc of allDocs({ collection, draft: true, payload })) latestById.set(String(doc.id), doc)
    }
    for await (const live of allDocs({ collection, draft: false, payload })) {
      rows.push(...(collection === 'media' ? mediaRows(live) : itemRows({ collection, latest: latestById.get(String(live.id)) ?? null, live })))
      latestById.delete(String(live.id))
    }
    // A newest version without a main document is still someone's draft.
    if (collection !== 'media') for (const latest of latestById.values()) rows.push(...itemRows({ collection, latest, live: null }))
    log(`${collection}: ${rows.length - before} rows`)
  }
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    await clearSearchIndex({ payload, req })
    await insertSearchRows({ payload, req, rows })
    await commitTransaction(req)
  } catch (err) {
    await killTransaction(req)
    throw err
  }
  // SQLite: the rows were written in many segments; searches open each (mergeSearchIndex).
  await mergeSearchIndex({ payload })
  return rows.length
}

async function* allDocs({ collection, draft, payload }: { collection: SearchedCollection; draft: boolean; payload: Payload }): AsyncGenerator<Doc> {
  for (let page = 1; ; page++) {
    const result = await payload.find({ collection, depth: 0, draft, limit: 500, locale: 'all', overrideAccess: true, page, sort: 'id' })
    for (const doc of result.docs) yield doc as unknown as Doc
    if (!result.hasNextPage) return
  }
}
