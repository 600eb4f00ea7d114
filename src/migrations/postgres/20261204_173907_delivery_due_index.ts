// The webhook sender's claim index (src/schema/scaleIndexes.ts, DELIVERY_INDEXES): due deliveries of one kind in due order,
// so a claim stops at its limit instead of sorting the whole queue.
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // The claim's arms read the flag as true or false; Nguồn always writes it, an older row may lack it.
  await db.execute(sql`UPDATE "deliveries" SET "emergency" = false WHERE "emergency" IS NULL;`)
  await db.execute(sql`
   CREATE INDEX IF NOT EXISTS "deliveries_due_idx" ON "deliveries" USING btree ("emergency","state","next_attempt_at","id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX IF EXISTS "deliveries_due_idx";`)
}
