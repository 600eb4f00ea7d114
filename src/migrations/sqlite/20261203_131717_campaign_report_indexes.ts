// The campaign report's indexes (src/schema/scaleIndexes.ts), reached from the campaign instead of the whole archive.
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`articles_campaign_unit_status_idx\` ON \`articles\` (\`campaign_id\`,\`unit_id\`,\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`talking_points_campaign_unit_status_idx\` ON \`talking_points\` (\`campaign_id\`,\`unit_id\`,\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`briefs_campaign_unit_status_idx\` ON \`briefs\` (\`campaign_id\`,\`unit_id\`,\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`slogans_campaign_unit_status_idx\` ON \`slogans\` (\`campaign_id\`,\`unit_id\`,\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`workflow_events_item_at_idx\` ON \`workflow_events\` (\`item_collection\`,\`item_id\`,\`at\`);`)
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`deliveries_item_state_outlet_idx\` ON \`deliveries\` (\`item_collection\`,\`item_id\`,\`state\`,\`outlet_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX IF EXISTS \`articles_campaign_unit_status_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`talking_points_campaign_unit_status_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`briefs_campaign_unit_status_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`slogans_campaign_unit_status_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`workflow_events_item_at_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`deliveries_item_state_outlet_idx\`;`)
}
