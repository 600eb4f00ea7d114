import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_media_live_reach" AS ENUM('public', 'press', 'internal');
  CREATE TYPE "public"."enum_media_early_reach" AS ENUM('press', 'internal');
  CREATE TYPE "public"."enum_feed_fetches_channel" AS ENUM('newspaper', 'television', 'radio', 'loudspeaker', 'web');
  ALTER TYPE "public"."enum_workflow_events_action" ADD VALUE 'recall' BEFORE 'approve';
  CREATE TABLE "media_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "feed_fetches" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"outlet_id" integer,
  	"channel" "enum_feed_fetches_channel" NOT NULL,
  	"fetched_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "media" ADD COLUMN "unit_id" integer;
  ALTER TABLE "media" ADD COLUMN "uploaded_by_id" integer;
  ALTER TABLE "media" ADD COLUMN "live_reach" "enum_media_live_reach";
  ALTER TABLE "media" ADD COLUMN "early_reach" "enum_media_early_reach";
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "feed_fetches_id" integer;
  ALTER TABLE "media_rels" ADD CONSTRAINT "media_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_rels" ADD CONSTRAINT "media_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feed_fetches" ADD CONSTRAINT "feed_fetches_outlet_id_outlets_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."outlets"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "media_rels_order_idx" ON "media_rels" USING btree ("order");
  CREATE INDEX "media_rels_parent_idx" ON "media_rels" USING btree ("parent_id");
  CREATE INDEX "media_rels_path_idx" ON "media_rels" USING btree ("path");
  CREATE INDEX "media_rels_users_id_idx" ON "media_rels" USING btree ("users_id");
  CREATE INDEX "feed_fetches_outlet_idx" ON "feed_fetches" USING btree ("outlet_id");
  CREATE INDEX "feed_fetches_fetched_at_idx" ON "feed_fetches" USING btree ("fetched_at");
  CREATE INDEX "feed_fetches_updated_at_idx" ON "feed_fetches" USING btree ("updated_at");
  CREATE INDEX "feed_fetches_created_at_idx" ON "feed_fetches" USING btree ("created_at");
  CREATE UNIQUE INDEX "outlet_channel_idx" ON "feed_fetches" USING btree ("outlet_id","channel");
  ALTER TABLE "media" ADD CONSTRAINT "media_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feed_fetches_fk" FOREIGN KEY ("feed_fetches_id") REFERENCES "public"."feed_fetches"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "media_unit_idx" ON "media" USING btree ("unit_id");
  CREATE INDEX "media_uploaded_by_idx" ON "media" USING btree ("uploaded_by_id");
  CREATE INDEX "media_live_reach_idx" ON "media" USING btree ("live_reach");
  CREATE INDEX "media_early_reach_idx" ON "media" USING btree ("early_reach");
  CREATE INDEX "payload_locked_documents_rels_feed_fetches_id_idx" ON "payload_locked_documents_rels" USING btree ("feed_fetches_id");`)
  // Media already shown by live or scheduled items keeps being served: its reach is computed once here, from the
  // stored items, in SQL of this schema (the workflow keeps it up to date from now on: src/media/refreshMediaReach.ts).
  await db.execute(sql.raw(`WITH uses AS (SELECT a.hero_image_id AS media_id, (CASE WHEN EXISTS (SELECT 1 FROM articles_audiences x WHERE x.parent_id = a.id AND x.value = 'public') THEN 3 WHEN EXISTS (SELECT 1 FROM articles_audiences x WHERE x.parent_id = a.id AND x.value = 'press') THEN 2 ELSE 1 END) AS reach FROM articles a WHERE a._status = 'published' AND a.hero_image_id IS NOT NULL UNION ALL SELECT r.media_id AS media_id, (CASE WHEN EXISTS (SELECT 1 FROM slogans_audiences x WHERE x.parent_id = s.id AND x.value = 'public') THEN 3 WHEN EXISTS (SELECT 1 FROM slogans_audiences x WHERE x.parent_id = s.id AND x.value = 'press') THEN 2 ELSE 1 END) AS reach FROM slogans s JOIN slogans_rels r ON r.parent_id = s.id AND r.path = 'assets' WHERE s._status = 'published' AND r.media_id IS NOT NULL UNION ALL SELECT b.recording_id AS media_id, (CASE WHEN EXISTS (SELECT 1 FROM bulletins_audiences x WHERE x.parent_id = b.id AND x.value = 'public') THEN 3 WHEN EXISTS (SELECT 1 FROM bulletins_audiences x WHERE x.parent_id = b.id AND x.value = 'press') THEN 2 ELSE 1 END) AS reach FROM bulletins b WHERE b._status = 'published' AND b.recording_id IS NOT NULL UNION ALL SELECT b.audio_id AS media_id, (CASE WHEN EXISTS (SELECT 1 FROM bulletins_audiences x WHERE x.parent_id = b.id AND x.value = 'public') THEN 3 WHEN EXISTS (SELECT 1 FROM bulletins_audiences x WHERE x.parent_id = b.id AND x.value = 'press') THEN 2 ELSE 1 END) AS reach FROM bulletins b WHERE b._status = 'published' AND b.audio_id IS NOT NULL UNION ALL SELECT b.synthetic_audio_id AS media_id, (CASE WHEN EXISTS (SELECT 1 FROM bulletins_audiences x WHERE x.parent_id = b.id AND x.value = 'public') THEN 3 WHEN EXISTS (SELECT 1 FROM bulletins_audiences x WHERE x.parent_id = b.id AND x.value = 'press') THEN 2 ELSE 1 END) AS reach FROM bulletins b WHERE b._status = 'published' AND b.synthetic_audio_id IS NOT NULL)
  UPDATE media SET live_reach = (SELECT (CASE MAX(reach) WHEN 3 THEN 'public' WHEN 2 THEN 'press' WHEN 1 THEN 'internal' END)::"enum_media_live_reach" FROM uses WHERE uses.media_id = media.id)`))
  await db.execute(sql.raw(`WITH uses AS (SELECT v.version_hero_image_id AS media_id, (CASE WHEN EXISTS (SELECT 1 FROM _articles_v_version_audiences x WHERE x.parent_id = v.id AND x.value = 'public') THEN 3 WHEN EXISTS (SELECT 1 FROM _articles_v_version_audiences x WHERE x.parent_id = v.id AND x.value = 'press') THEN 2 ELSE 1 END) AS reach FROM _articles_v v WHERE v.latest = true AND v.version_workflow_status = 'scheduled' AND v.version_hero_image_id IS NOT NULL UNION ALL SELECT r.media_id AS media_id, (CASE WHEN EXISTS (SELECT 1 FROM _slogans_v_version_audiences x WHERE x.parent_id = v.id AND x.value = 'public') THEN 3 WHEN EXISTS (SELECT 1 FROM _slogans_v_version_audiences x WHERE x.parent_id = v.id AND x.value = 'press') THEN 2 ELSE 1 END) AS reach FROM _slogans_v v JOIN _slogans_v_rels r ON r.parent_id = v.id AND r.path LIKE '%assets' WHERE v.latest = true AND v.version_workflow_status = 'scheduled' AND r.media_id IS NOT NULL UNION ALL SELECT v.version_recording_id AS media_id, (CASE WHEN EXISTS (SELECT 1 FROM _bulletins_v_version_audiences x WHERE x.parent_id = v.id AND x.value = 'public') THEN 3 WHEN EXISTS (SELECT 1 FROM _bulletins_v_version_audiences x WHERE x.parent_id = v.id AND x.value = 'press') THEN 2 ELSE 1 END) AS reach FROM _bulletins_v v WHERE v.latest = true AND v.version_workflow_status = 'scheduled' AND v.version_recording_id IS NOT NULL UNION ALL SELECT v.version_audio_id AS media_id, (CASE WHEN EXISTS (SELECT 1 FROM _bulletins_v_version_audiences x WHERE x.parent_id = v.id AND x.value = 'public') THEN 3 WHEN EXISTS (SELECT 1 FROM _bulletins_v_version_audiences x WHERE x.parent_id = v.id AND x.value = 'press') THEN 2 ELSE 1 END) AS reach FROM _bulletins_v v WHERE v.latest = true AND v.version_workflow_status = 'scheduled' AND v.version_audio_id IS NOT NULL UNION ALL SELECT v.version_synthetic_audio_id AS media_id, (CASE WHEN EXISTS (SELECT 1 FROM _bulletins_v_version_audiences x WHERE x.parent_id = v.id AND x.value = 'public') THEN 3 WHEN EXISTS (SELECT 1 FROM _bulletins_v_version_audiences x WHERE x.parent_id = v.id AND x.value = 'press') THEN 2 ELSE 1 END) AS reach FROM _bulletins_v v WHERE v.latest = true AND v.version_workflow_status = 'scheduled' AND v.version_synthetic_audio_id IS NOT NULL)
  UPDATE media SET early_reach = (SELECT (CASE WHEN MAX(reach) >= 2 THEN 'press' WHEN MAX(reach) = 1 THEN 'internal' END)::"enum_media_early_reach" FROM uses WHERE uses.media_id = media.id)`))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "feed_fetches" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "media_rels" CASCADE;
  DROP TABLE "feed_fetches" CASCADE;
  ALTER TABLE "media" DROP CONSTRAINT "media_unit_id_units_id_fk";
  
  ALTER TABLE "media" DROP CONSTRAINT "media_uploaded_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_feed_fetches_fk";
  
  ALTER TABLE "workflow_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_workflow_events_action";
  CREATE TYPE "public"."enum_workflow_events_action" AS ENUM('submit', 'approve', 'request-changes', 'withdraw', 'reopen', 'publish');
  ALTER TABLE "workflow_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_workflow_events_action" USING "action"::"public"."enum_workflow_events_action";
  DROP INDEX "media_unit_idx";
  DROP INDEX "media_uploaded_by_idx";
  DROP INDEX "media_live_reach_idx";
  DROP INDEX "media_early_reach_idx";
  DROP INDEX "payload_locked_documents_rels_feed_fetches_id_idx";
  ALTER TABLE "media" DROP COLUMN "unit_id";
  ALTER TABLE "media" DROP COLUMN "uploaded_by_id";
  ALTER TABLE "media" DROP COLUMN "live_reach";
  ALTER TABLE "media" DROP COLUMN "early_reach";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "feed_fetches_id";
  DROP TYPE "public"."enum_media_live_reach";
  DROP TYPE "public"."enum_media_early_reach";
  DROP TYPE "public"."enum_feed_fetches_channel";`)
}
