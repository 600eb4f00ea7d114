// The campaign report's indexes (src/schema/scaleIndexes.ts). Plain CREATE INDEX, not CONCURRENTLY: Payload runs each
// migration in a transaction, where PostgreSQL refuses CONCURRENTLY; on these tables it takes seconds at 100,000 items.
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX IF NOT EXISTS "articles_campaign_unit_status_idx" ON "articles" USING btree ("campaign_id","unit_id","workflow_status");
  CREATE INDEX IF NOT EXISTS "talking_points_campaign_unit_status_idx" ON "talking_points" USING btree ("campaign_id","unit_id","workflow_status");
  CREATE INDEX IF NOT EXISTS "briefs_campaign_unit_status_idx" ON "briefs" USING btree ("campaign_id","unit_id","workflow_status");
  CREATE INDEX IF NOT EXISTS "slogans_campaign_unit_status_idx" ON "slogans" USING btree ("campaign_id","unit_id","workflow_status");
  CREATE INDEX IF NOT EXISTS "workflow_events_item_at_idx" ON "workflow_events" USING btree ("item_collection","item_id","at");
  CREATE INDEX IF NOT EXISTS "deliveries_item_state_outlet_idx" ON "deliveries" USING btree ("item_collection","item_id","state","outlet_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX IF EXISTS "articles_campaign_unit_status_idx";
  DROP INDEX IF EXISTS "talking_points_campaign_unit_status_idx";
  DROP INDEX IF EXISTS "briefs_campaign_unit_status_idx";
  DROP INDEX IF EXISTS "slogans_campaign_unit_status_idx";
  DROP INDEX IF EXISTS "workflow_events_item_at_idx";
  DROP INDEX IF EXISTS "deliveries_item_state_outlet_idx";`)
}
