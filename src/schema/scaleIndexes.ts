// Indexes for the queries feeds, the review queue, editors' lists and item pages run, beyond Payload's one-column
// ones, so their cost follows what they return and not the size of the archive (bench/scale.ts, bench/plans/).
import { index as postgresIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import { index as sqliteIndex } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

type Spec = { columns: string[]; name: string; table: string }

/** Every versioned, reviewed collection's tables (bulletins included: they share the versions and topics tables' shape). */
const TABLES = ['articles', 'talking_points', 'briefs', 'slogans', 'bulletins']

export const SCALE_INDEXES: Spec[] = TABLES.flatMap((t) => [
  // A document's topics are read by parent; Payload's (order, parent_id) index makes that a scan of every item's topics.
  { columns: ['parent_id', 'order'], name: `${t}_texts_parent_order_idx`, table: `${t}_texts` },
  { columns: ['parent_id', 'order'], name: `_${t}_v_texts_parent_order_idx`, table: `_${t}_v_texts` },
  // Drafts (the review queue, the admin lists) read the latest version of each item: by state, by unit, or all, newest
  // first. Payload orders versions by `version_updated_at DESC, created_at DESC`: with the tiebreak in the index SQLite
  // stops after the page instead of sorting every latest version of the unit in a temporary B-tree (bench/plans/).
  { columns: ['version_workflow_status', 'latest', 'version_updated_at', 'created_at'], name: `_${t}_v_status_latest_updated_idx`, table: `_${t}_v` },
  { columns: ['version_unit_id', 'latest', 'version_updated_at', 'created_at'], name: `_${t}_v_unit_latest_updated_idx`, table: `_${t}_v` },
  { columns: ['latest', 'version_updated_at', 'created_at'], name: `_${t}_v_latest_updated_idx`, table: `_${t}_v` },
  // The campaign report counts a campaign's latest versions by unit and state: read from the index alone.
  {
    columns: ['version_campaign_id', 'latest', 'version_unit_id', 'version_workflow_status', 'parent_id', 'updated_at'],
    name: `_${t}_v_campaign_report_idx`,
    table: `_${t}_v`,
  },
])

/**
 * The campaign report's other statements, reached from the campaign and not from the archive: SQLite otherwise walked
 * the whole items table in unit order (to skip sorting its GROUP BY unit) and filtered by campaign (bench/plans/).
 */
export const CAMPAIGN_REPORT_INDEXES: Spec[] = [
  ...['articles', 'talking_points', 'briefs', 'slogans'].map((t) => ({
    columns: ['campaign_id', 'unit_id', 'workflow_status'],
    name: `${t}_campaign_unit_status_idx`,
    table: t,
  })),
  // An item's decisions, newest last (the report's last activity per unit, an item's history).
  { columns: ['item_collection', 'item_id', 'at'], name: 'workflow_events_item_at_idx', table: 'workflow_events' },
  { columns: ['item_collection', 'item_id', 'state', 'outlet_id'], name: 'deliveries_item_state_outlet_idx', table: 'deliveries' },
]

/**
 * The webhook sender's claim (src/delivery/claimDueDeliveries.ts) takes due deliveries of one kind (emergency or not)
 * in due order and stops at its limit; without this index each claim sorted every queued delivery (7.7 ms a claim
 * with 10,000 queued on SQLite). With `id` last, PostgreSQL also reads ties (a fan-out's rows share one due time) in
 * claim order.
 */
export const DELIVERY_INDEXES: Spec[] = [{ columns: ['emergency', 'state', 'next_attempt_at', 'id'], name: 'deliveries_due_idx', table: 'deliveries' }]

/** PostgreSQL names are at most 63 bytes. */
const MAX_NAME = 63

type Column = { name: string }
type Table = Record<string, unknown>
type ExtendTable = (args: { extraConfig: (columns: Record<string, unknown>) => object; table: never }) => void
type SchemaHookArgs = { extendTable: ExtendTable; schema: { tables: Record<string, Table> } }

const byName = (columns: Record<string, unknown>, name: string) => {
  const column = Object.values(columns).find((c) => (c as Column | undefined)?.name === name)
  if (!column) throw new Error(`scale index: no column ${name}`)
  return column
}

function addIndexes(makeIndex: (name: string) => { on: (...columns: never[]) => unknown }) {
  return <T extends SchemaHookArgs>({ extendTable, schema }: T): T['schema'] => {
    // Localized fields are read by parent; the unique (_locale, _parent_id) index serves that on SQLite (skip-scan) but
    // PostgreSQL walks the whole index per item: 9 ms a row at 100,000 items.
    const byParent = Object.keys(schema.tables)
      .filter((name) => name.endsWith('_locales') && `${name}_parent_idx`.length <= MAX_NAME)
      .map((name): Spec => ({ columns: ['_parent_id'], name: `${name}_parent_idx`, table: name }))
    for (const spec of [...SCALE_INDEXES, ...CAMPAIGN_REPORT_INDEXES, ...DELIVERY_INDEXES, ...byParent]) {
      const table = schema.tables[spec.table]
      if (!table) continue
      extendTable({
        extraConfig: (columns) => ({ [spec.name]: makeIndex(spec.name).on(...(spec.columns.map((name) => byName(columns, name)) as never[])) }),
        table: table as never,
      })
    }
    return schema
  }
}

/** afterSchemaInit hooks of the SQLite and PostgreSQL adapters. */
export const sqliteScaleIndexes = addIndexes(sqliteIndex as never)
export const postgresScaleIndexes = addIndexes(postgresIndex as never)
