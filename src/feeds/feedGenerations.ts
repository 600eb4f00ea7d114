// The feed cache's shared state in the database: the feed-state marker and one generation row per scope, written in the change's transaction.
import type { Payload, PayloadRequest } from 'payload'

import { sql, type SQL } from '@payloadcms/db-sqlite/drizzle'
import { randomBytes } from 'node:crypto'

import type { TouchedScopes } from './feedScopes'

import { EVERYTHING_SCOPE, type SharedGenerations } from './feedCache'

type SqlAdapter = {
  drizzle: unknown
  execute: (args: { db?: unknown; sql: SQL }) => Promise<{ rows: Record<string, unknown>[] }>
  name: string
  sessions: Record<string, { db: unknown } | undefined>
}

const newGeneration = () => `${Date.now().toString(36)}-${randomBytes(6).toString('hex')}`

const isSql = (payload: Payload) => ['postgres', 'sqlite'].includes((payload.db as unknown as { name?: string }).name ?? '')

/**
 * Gives each touched scope a new generation and moves the marker, in `req`'s transaction. One row per scope, written
 * with an upsert of a fresh value: two processes touching scopes at once cannot lose each other's change.
 */
export async function bumpFeedGenerations({ req, touched }: { req: PayloadRequest; touched: TouchedScopes }): Promise<void> {
  const { payload } = req
  const scopes = touched === 'everything' ? [EVERYTHING_SCOPE] : touched
  const now = new Date().toISOString()
  if (isSql(payload)) {
    const adapter = payload.db as unknown as SqlAdapter
    const id = req.transactionID ? await req.transactionID : undefined
    const db = (id !== undefined && adapter.sessions[String(id)]?.db) || adapter.drizzle
    for (const scope of scopes) {
      await adapter.execute({
        db,
        sql: sql`INSERT INTO feed_generations (scope, generation, updated_at, created_at) VALUES (${scope}, ${newGeneration()}, ${now}, ${now})
          ON CONFLICT (scope) DO UPDATE SET generation = excluded.generation, updated_at = excluded.updated_at`,
      })
    }
  } else {
    // MongoDB: the Local API; a first write of a scope racing another may fail on the unique index, and the write with it.
    for (const scope of scopes) {
      const data = { generation: newGeneration(), scope }
      const { docs } = await payload.update({ collection: 'feed-generations', data, overrideAccess: true, req, where: { scope: { equals: scope } } })
      if (!docs.length) await payload.create({ collection: 'feed-generations', data, overrideAccess: true, req })
    }
  }
  await payload.updateGlobal({ data: { generation: newGeneration() }, overrideAccess: true, req, slug: 'feed-state' })
}

/** How a process reads the shared state (src/feeds/feedCache.ts syncWithGenerations). */
export const sharedGenerationsOf = (payload: Payload): SharedGenerations => ({
  readMarker: async () => {
    const state = await payload.findGlobal({ depth: 0, overrideAccess: true, slug: 'feed-state' })
    return (state as { generation?: null | string }).generation ?? null
  },
  readScopes: async () => {
    const { docs } = await payload.find({ collection: 'feed-generations', depth: 0, limit: 0, overrideAccess: true, pagination: false, select: { generation: true, scope: true } })
    return new Map(docs.map((d) => [d.scope, d.generation]))
  },
})
