// Counts a campaign's items per unit, type, state and channel with grouped queries in the database, never loading documents.
import type { Payload } from 'payload'

import { sql, type SQL } from '@payloadcms/db-sqlite/drizzle'

import { CONTENT_COLLECTIONS, type ContentCollection } from '../content/vocabulary'
import type { CampaignCounts, ChannelCount, OutletReach, StateCount, UnitActivity } from './campaignProgress'

type Id = number | string
type Row = Record<string, unknown>
type Table = Record<string, unknown> & { id: unknown }
type SqlAdapter = {
  drizzle: unknown
  tables: Record<string, Table>
  execute: (args: { drizzle: unknown; sql: SQL }) => Promise<{ rows: Row[] }>
}

/** The slug of the collection another engineer is adding; counted only when it exists. */
export const DELIVERIES_COLLECTION = 'deliveries'

const tableName = (slug: string) => slug.replace(/-/g, '_')
const toNumber = (value: unknown) => Number(value ?? 0)
const toIso = (value: unknown): string | null => (value === null || value === undefined || value === '' ? null : new Date(value as string).toISOString())
const toId = (value: unknown): Id | null => (value === null || value === undefined ? null : (value as Id))

const isSqlAdapter = (db: unknown): db is SqlAdapter =>
  Boolean(db && typeof db === 'object' && 'drizzle' in db && 'tables' in db && 'execute' in db)

export async function countCampaignItems({ campaignId, payload }: { campaignId: Id; payload: Payload }): Promise<CampaignCounts> {
  if (isSqlAdapter(payload.db)) {
    const id = payload.db.defaultIDType === 'number' ? Number(campaignId) : String(campaignId)
    return countWithSql({ campaignId: id, db: payload.db, hasDeliveries: Boolean(payload.collections[DELIVERIES_COLLECTION as never]), payload })
  }
  return countWithMongo({ campaignId, payload })
}

async function countWithSql({
  campaignId,
  db,
  hasDeliveries,
  payload,
}: {
  campaignId: Id
  db: SqlAdapter
  hasDeliveries: boolean
  payload: Payload
}): Promise<CampaignCounts> {
  const run = async (statement: SQL) => (await db.execute({ drizzle: db.drizzle, sql: statement })).rows
  const union = (parts: SQL[]) => sql.join(parts, sql` UNION ALL `)
  const tables = CONTENT_COLLECTIONS.map((collection) => {
    const name = tableName(collection)
    return {
      collection,
      main: db.tables[name]!,
      versions: db.tables[`_${name}_v`]!,
      channels: db.tables[`${name}_channels`]!,
    }
  })
  const events = db.tables.workflow_events!

  // Selects are PostgreSQL enums, one type per table: cast to text so the UNION's branches agree.
  // The state is the latest version's (a correction in review shows as in review), but an item whose
  // live version is published counts as published: the public has it.
  const stateQuery = union(
    tables.map(
      ({ collection, main, versions }) => sql`SELECT CAST(${collection} AS TEXT) AS collection, ${versions.version_unit} AS unit,
        CASE WHEN ${main.workflowStatus} = 'published' THEN 'published' ELSE CAST(${versions.version_workflowStatus} AS TEXT) END AS state,
        COUNT(*) AS n, MAX(${versions.updatedAt}) AS last_at
        FROM ${versions} INNER JOIN ${main} ON ${main.id} = ${versions.parent}
        WHERE ${versions.latest} AND ${versions.version_campaign} = ${campaignId}
        GROUP BY 1, 2, 3`,
    ),
  )
  const channelQuery = union(
    tables.map(
      ({ collection, main, channels }) => sql`SELECT CAST(${collection} AS TEXT) AS collection, ${main.unit} AS unit, CAST(${channels.value} AS TEXT) AS channel, COUNT(*) AS n
        FROM ${main} INNER JOIN ${channels} ON ${channels.parent} = ${main.id}
        WHERE ${main.campaign} = ${campaignId} AND ${main.workflowStatus} = 'published'
        GROUP BY 1, 2, 3`,
    ),
  )
  const eventQuery = union(
    tables.map(
      ({ collection, main }) => sql`SELECT ${main.unit} AS unit, MAX(${events.at}) AS last_at
        FROM ${events} INNER JOIN ${main} ON ${events.itemId} = CAST(${main.id} AS TEXT)
        WHERE ${events.itemCollection} = ${collection} AND ${main.campaign} = ${campaignId}
        GROUP BY 1`,
    ),
  )

  const [stateRows, channelRows, eventRows, outlets] = await Promise.all([
    run(stateQuery),
    run(channelQuery),
    run(eventQuery),
    hasDeliveries ? reachWithSql({ campaignId, db, payload, run, tables }) : Promise.resolve(null),
  ])
  return {
    states: stateRows.map(
      (r): StateCount => ({
        collection: r.collection as ContentCollection,
        unit: toId(r.unit),
        state: String(r.state),
        count: toNumber(r.n),
        lastAt: toIso(r.last_at),
      }),
    ),
    channels: channelRows.map(
      (r): ChannelCount => ({ collection: r.collection as ContentCollection, unit: toId(r.unit), channel: String(r.channel), count: toNumber(r.n) }),
    ),
    events: eventRows.map((r): UnitActivity => ({ unit: toId(r.unit), lastAt: toIso(r.last_at) })),
    outlets,
  }
}

/**
 * Distinct outlets that received each unit's items, from the deliveries collection. That collection is
 * being built alongside this report: when its columns are not the expected ones, outlets are "not tracked".
 */
async function reachWithSql({
  campaignId,
  db,
  payload,
  run,
  tables,
}: {
  campaignId: Id
  db: SqlAdapter
  payload: Payload
  run: (statement: SQL) => Promise<Row[]>
  tables: { collection: ContentCollection; main: Table }[]
}): Promise<null | OutletReach[]> {
  const deliveries = db.tables[tableName(DELIVERIES_COLLECTION)]
  const column = (...names: string[]) => names.map((n) => deliveries?.[n]).find(Boolean)
  const outlet = column('outlet')
  const itemCollection = column('itemCollection', 'collection')
  const itemId = column('itemId', 'docId', 'item')
  const state = column('state', 'status')
  if (!deliveries || !outlet || !itemCollection || !itemId || !state) {
    payload.logger.warn({ msg: 'campaign report: the deliveries collection has no outlet/itemCollection/itemId/state columns; outlets reached are not reported' })
    return null
  }
  const isNumericItemId = (itemId as { dataType?: string }).dataType === 'number'
  try {
    const rows = await run(
      sql.join(
        tables.map(
          ({ collection, main }) => sql`SELECT ${main.unit} AS unit, ${outlet} AS outlet
            FROM ${deliveries} INNER JOIN ${main} ON ${itemId} = ${isNumericItemId ? main.id : sql`CAST(${main.id} AS TEXT)`}
            WHERE ${itemCollection} = ${collection} AND ${state} = 'success' AND ${main.campaign} = ${campaignId}
            GROUP BY 1, 2`,
        ),
        sql` UNION ALL `,
      ),
    )
    const fetched = await feedReachWithSql({ campaignId, db, run })
    return [...rows, ...fetched].map((r) => ({ unit: toId(r.unit), outlet: r.outlet as Id }))
  } catch (err) {
    payload.logger.error({ msg: 'campaign report: counting deliveries failed; outlets reached are not reported', err })
    return null
  }
}

/**
 * Outlets that fetched a feed carrying the item after it went live (its approval, or its embargo's end): a channel of
 * the item fetched later (feed-fetches), by an active outlet whose content-type, campaign and unit filters and access
 * level let the item into its feeds — the rules of wouldReceive, as one grouped query per content type.
 */
async function feedReachWithSql({ campaignId, db, run }: { campaignId: Id; db: SqlAdapter; run: (statement: SQL) => Promise<Row[]> }): Promise<Row[]> {
  const fetches = db.tables.feed_fetches
  const outlets = db.tables.outlets
  const contentTypes = db.tables.outlets_content_types
  const rels = db.tables.outlets_rels
  if (!fetches || !outlets || !contentTypes || !rels) return []
  const text = (column: unknown) => sql`CAST(${column} AS TEXT)`
  const noFilterOr = (path: 'campaigns' | 'units', column: unknown, value: unknown) =>
    sql`(NOT EXISTS (SELECT 1 FROM ${rels} WHERE ${rels.parent} = ${outlets.id} AND ${rels.path} = ${path})
      OR EXISTS (SELECT 1 FROM ${rels} WHERE ${rels.parent} = ${outlets.id} AND ${rels.path} = ${path} AND ${column} = ${value}))`
  const parts = CONTENT_COLLECTIONS.map((collection) => {
    const name = tableName(collection)
    const main = db.tables[name]!
    const channels = db.tables[`${name}_channels`]!
    const audiences = db.tables[`${name}_audiences`]
    // Items published without a decision (the seeded slogans) went live when they were last written.
    const liveAt = sql`CASE WHEN ${main.publishAt} IS NOT NULL AND (${main.approvedAt} IS NULL OR ${main.publishAt} > ${main.approvedAt}) THEN ${main.publishAt}
      ELSE COALESCE(${main.approvedAt}, ${main.updatedAt}) END`
    // Briefs say who they are for in distribution, the other types in audiences (allowedAudiences in wouldReceive).
    const audienceAllowed =
      collection === 'briefs' || !audiences
        ? sql`(${text(main.distribution)} = 'public' OR (${text(outlets.accessLevel)} = 'press' AND ${text(main.distribution)} = 'press'))`
        : sql`EXISTS (SELECT 1 FROM ${audiences} WHERE ${audiences.parent} = ${main.id}
            AND (${text(audiences.value)} = 'public' OR (${text(outlets.accessLevel)} = 'press' AND ${text(audiences.value)} = 'press')))`
    return sql`SELECT ${main.unit} AS unit, ${fetches.outlet} AS outlet
      FROM ${main}
      INNER JOIN ${channels} ON ${channels.parent} = ${main.id}
      INNER JOIN ${fetches} ON ${text(fetches.channel)} = ${text(channels.value)} AND ${fetches.fetchedAt} > ${liveAt}
      INNER JOIN ${outlets} ON ${outlets.id} = ${fetches.outlet}
      WHERE ${main.campaign} = ${campaignId} AND ${main.workflowStatus} = 'published'
        AND (${outlets.active} IS NULL OR ${outlets.active})
        AND (NOT EXISTS (SELECT 1 FROM ${contentTypes} WHERE ${contentTypes.parent} = ${outlets.id})
          OR EXISTS (SELECT 1 FROM ${contentTypes} WHERE ${contentTypes.parent} = ${outlets.id} AND ${text(contentTypes.value)} = ${collection}))
        AND ${noFilterOr('campaigns', rels.campaignsID, main.campaign)}
        AND ${noFilterOr('units', rels.unitsID, main.unit)}
        AND (${text(outlets.accessLevel)} = 'internal' OR ${audienceAllowed})
      GROUP BY 1, 2`
  })
  return run(sql.join(parts, sql` UNION ALL `))
}

type MongoModel = { aggregate: (pipeline: Row[]) => Promise<Row[]>; collection?: { name: string } }
type MongoAdapter = { collections: Record<string, MongoModel>; versions: Record<string, MongoModel> }

/** The same figures with MongoDB aggregation pipelines (configured and compiled, not tested here). */
async function countWithMongo({ campaignId, payload }: { campaignId: Id; payload: Payload }): Promise<CampaignCounts> {
  const db = payload.db as unknown as MongoAdapter
  // Relationships are stored as ObjectIds; comparing as strings needs no mongoose import here.
  const isCampaign = (path: string) => ({ $expr: { $eq: [{ $toString: path }, String(campaignId)] } })
  const perCollection = await Promise.all(
    CONTENT_COLLECTIONS.map(async (collection) => {
      const [states, channels] = await Promise.all([
        db.versions[collection]!.aggregate([
          { $match: { latest: true, ...isCampaign('$version.campaign') } },
          { $lookup: { from: db.collections[collection]!.collection?.name ?? collection, localField: 'parent', foreignField: '_id', as: 'live' } },
          {
            $group: {
              _id: {
                unit: '$version.unit',
                state: { $cond: [{ $in: ['published', '$live.workflowStatus'] }, 'published', '$version.workflowStatus'] },
              },
              n: { $sum: 1 },
              lastAt: { $max: '$updatedAt' },
            },
          },
        ] as Row[]),
        db.collections[collection]!.aggregate([
          { $match: { workflowStatus: 'published', ...isCampaign('$campaign') } },
          { $unwind: '$channels' },
          { $group: { _id: { unit: '$unit', channel: '$channels' }, n: { $sum: 1 } } },
        ]),
      ])
      return {
        states: states.map((r): StateCount => {
          const g = r._id as Row
          return { collection, unit: g.unit ? String(g.unit) : null, state: String(g.state), count: toNumber(r.n), lastAt: toIso(r.lastAt) }
        }),
        channels: channels.map((r): ChannelCount => {
          const g = r._id as Row
          return { collection, unit: g.unit ? String(g.unit) : null, channel: String(g.channel), count: toNumber(r.n) }
        }),
      }
    }),
  )
  // The latest version's updatedAt already moves with every workflow decision.
  return { states: perCollection.flatMap((c) => c.states), channels: perCollection.flatMap((c) => c.channels), events: [], outlets: null }
}
