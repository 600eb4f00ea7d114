import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "broadcast_settings" ADD COLUMN "podcast_province_name" varchar;
  ALTER TABLE "broadcast_settings" ADD COLUMN "podcast_title" varchar;
  ALTER TABLE "broadcast_settings" ADD COLUMN "podcast_owner_name" varchar;
  ALTER TABLE "broadcast_settings" ADD COLUMN "podcast_owner_email" varchar;
  ALTER TABLE "broadcast_settings" ADD COLUMN "podcast_summary" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "broadcast_settings" DROP COLUMN "podcast_province_name";
  ALTER TABLE "broadcast_settings" DROP COLUMN "podcast_title";
  ALTER TABLE "broadcast_settings" DROP COLUMN "podcast_owner_name";
  ALTER TABLE "broadcast_settings" DROP COLUMN "podcast_owner_email";
  ALTER TABLE "broadcast_settings" DROP COLUMN "podcast_summary";`)
}
