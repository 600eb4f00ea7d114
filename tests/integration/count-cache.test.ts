// List totals counted once per change (src/countCache.ts): every total a client is given is the one a fresh count
// would give, whoever changed the table (this process, plain SQL; another process: feeds.test.ts) and whoever asks.
import { createLocalReq, initTransaction, killTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COMPACT_AFTER_ROWS, COUNT_GENERATIONS_TABLE } from '../../src/countCache'
import { countCacheStats } from '../../src/db'
import { api } from '../helpers/api'
import { testDatabaseKind } from '../helpers/testPayload'
import { type Doc, type Person, startWorkflowWorld, type WorkflowWorld } from '../helpers/workflow'

const kind = testDatabaseKind()
type List = { docs: Doc[]; totalDocs: number; totalPages: number }
type SqlAdapter = { drizzle: unknown; execute: (args: { drizzle: unknown; raw: string }) => Promise<{ rows: Record<string, unknown>[] }> }

describe(`list totals on ${kind}`, () => {
  let w: WorkflowWorld
  const sql = async (raw: string) => {
    const adapter = w.t.payload.db as unknown as SqlAdapter
    return (await adapter.execute({ drizzle: adapter.drizzle, raw })).rows
  }
  /** The anonymous public list's total, and whether this process answered it from the cache. */
  const publicList = async (who: 'anonymous' | Person = 'anonymous', query = 'limit=1&depth=0') => {
    const before = { ...countCacheStats }
    const res = await api<List>(w.server.url, `/api/articles?${query}`, { token: who === 'anonymous' ? undefined : w.tokens[who] })
    expect(res.status).toBe(200)
    return { fromCache: countCacheStats.hits > before.hits, total: res.body.totalDocs, totalPages: res.body.totalPages }
  }
  /** What the database holds, counted here without Payload (the public list: published, for the public). */
  const publishedForPublic = async () =>
    Number(
      (
        await sql(
          `SELECT count(*) AS "n" FROM "articles" WHERE "_status" = 'published' AND EXISTS (SELECT 1 FROM "articles_audiences" "a" WHERE "a"."parent_id" = "articles"."id" AND "a"."value" = 'public')`,
        )
      )[0]!.n,
    )

  beforeAll(async () => {
    w = await startWorkflowWorld('count-cache')
    for (let i = 0; i < 3; i++) await w.articleIn('published')
  }, 120_000)
  afterAll(async () => {
    await w?.stop()
  })

  it('answers a repeated list from the cache, and counts again after each committed change, made any way', async () => {
    expect(await publicList()).toMatchObject({ total: 3, totalPages: 3 })
    expect(await publicList()).toEqual({ fromCache: true, total: 3, totalPages: 3 })

    const approved = await w.articleIn('published')
    expect(await publicList()).toMatchObject({ fromCache: false, total: 4 })
    expect(await publicList()).toMatchObject({ fromCache: true, total: 4 })

    expect((await w.act('reviewer', approved.id, { action: 'withdraw', note: 'Gỡ để rà soát' })).status).toBe(200)
    expect(await publicList()).toMatchObject({ fromCache: false, total: 3 })

    // A published item cannot be deleted (409); a withdrawn one can, and the admin's total follows.
    const everything = await publicList('admin')
    expect(await publicList('admin')).toMatchObject({ fromCache: true, total: everything.total })
    expect((await api(w.server.url, `/api/articles/${approved.id}`, { method: 'DELETE', token: w.tokens.admin })).status).toBe(200)
    expect(await publicList('admin')).toMatchObject({ fromCache: false, total: everything.total - 1 })
    expect(await publicList()).toMatchObject({ total: 3 })

    // A change made outside Payload is seen too: the generation moves in the database, not in this process.
    const [other] = (await w.t.payload.find({ collection: 'articles', limit: 1, overrideAccess: true, where: { _status: { equals: 'published' } } })).docs
    await sql(`UPDATE "articles" SET "_status" = 'draft' WHERE "id" = ${Number(other!.id)}`)
    expect(await publicList()).toMatchObject({ fromCache: false, total: 2 })
    await sql(`UPDATE "articles" SET "_status" = 'published' WHERE "id" = ${Number(other!.id)}`)
    expect((await publicList()).total).toBe(await publishedForPublic())
  })

  it('keys a total by who asks: one unit never gets another unit’s count, nor the public a count with drafts', async () => {
    const drafts = (who: Person) => publicList(who, 'limit=1&depth=0&draft=true')
    const editor2Before = (await drafts('editor2')).total
    const editorBefore = (await drafts('editor')).total
    await w.articleIn('draft', { author: 'editor' })
    await drafts('editor2') // counted after the change…
    const editor2 = await drafts('editor2') // …and then from the cache
    expect(editor2).toMatchObject({ fromCache: true, total: editor2Before })
    expect((await drafts('editor')).total).toBe(editorBefore + 1)
    expect((await drafts('editor')).fromCache).toBe(true)
    expect((await publicList()).total).toBe(await publishedForPublic())
  })

  it('never answers nor keeps a count made inside a transaction', async () => {
    const outside = await w.t.payload.count({ collection: 'articles', overrideAccess: true })
    const req = await createLocalReq({}, w.t.payload)
    await initTransaction(req)
    await w.t.payload.create({ collection: 'articles', data: w.complete('articles', { audiences: ['public'], channels: ['web'], title: 'Trong giao dịch' }), draft: true, overrideAccess: true, req })
    const hitsBefore = countCacheStats.hits
    expect((await w.t.payload.count({ collection: 'articles', overrideAccess: true, req })).totalDocs).toBe(outside.totalDocs + 1)
    expect(countCacheStats.hits).toBe(hitsBefore)
    await killTransaction(req)
    expect((await w.t.payload.count({ collection: 'articles', overrideAccess: true })).totalDocs).toBe(outside.totalDocs)
  })

  it.runIf(kind === 'postgres')('folds PostgreSQL’s generation rows without moving the generation', async () => {
    const warm = await publicList()
    await sql(`INSERT INTO "${COUNT_GENERATIONS_TABLE}" ("table_name", "n") SELECT 'articles', 0 FROM generate_series(1, ${COMPACT_AFTER_ROWS + 50})`)
    // Rows of n = 0 leave the sum, so the cached total stays valid; the read folds them into one row.
    expect(await publicList()).toMatchObject({ fromCache: true, total: warm.total })
    expect(Number((await sql(`SELECT count(*) AS "n" FROM "${COUNT_GENERATIONS_TABLE}" WHERE "table_name" = 'articles'`))[0]!.n)).toBe(1)
    expect(await publicList()).toMatchObject({ fromCache: true, total: warm.total })
    await w.articleIn('published')
    expect(await publicList()).toMatchObject({ fromCache: false, total: warm.total + 1 })
  })
})
