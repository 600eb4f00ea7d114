import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_media_live_reach" AS ENUM('public', 'press', 'internal');
  CREATE TYPE "public"."enum_media_early_reach" AS ENUM('press', 'internal');
  CREATE TABLE "media_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  ALTER TABLE "media" ADD COLUMN "unit_id" integer;
  ALTER TABLE "media" ADD COLUMN "uploaded_by_id" integer;
  ALTER TABLE "media" ADD COLUMN "live_reach" "enum_media_live_reach";
  ALTER TABLE "media" ADD COLUMN "early_reach" "enum_media_early_reach";
  ALTER TABLE "media_rels" ADD CONSTRAINT "media_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_rels" ADD CONSTRAINT "media_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "media_rels_order_idx" ON "media_rels" USING btree ("order");
  CREATE INDEX "media_rels_parent_idx" ON "media_rels" USING btree ("parent_id");
  CREATE INDEX "media_rels_path_idx" ON "media_rels" USING btree ("path");
  CREATE INDEX "media_rels_users_id_idx" ON "media_rels" USING btree ("users_id");
  ALTER TABLE "media" ADD CONSTRAINT "media_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "media_unit_idx" ON "media" USING btree ("unit_id");
  CREATE INDEX "media_uploaded_by_idx" ON "media" USING btree ("uploaded_by_id");
  CREATE INDEX "media_live_reach_idx" ON "media" USING btree ("live_reach");
  CREATE INDEX "media_early_reach_idx" ON "media" USING btree ("early_reach");`)
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
  DROP TABLE "media_rels" CASCADE;
  ALTER TABLE "media" DROP CONSTRAINT "media_unit_id_units_id_fk";
  
  ALTER TABLE "media" DROP CONSTRAINT "media_uploaded_by_id_users_id_fk";
  
  DROP INDEX "media_unit_idx";
  DROP INDEX "media_uploaded_by_idx";
  DROP INDEX "media_live_reach_idx";
  DROP INDEX "media_early_reach_idx";
  ALTER TABLE "media" DROP COLUMN "unit_id";
  ALTER TABLE "media" DROP COLUMN "uploaded_by_id";
  ALTER TABLE "media" DROP COLUMN "live_reach";
  ALTER TABLE "media" DROP COLUMN "early_reach";
  DROP TYPE "public"."enum_media_live_reach";
  DROP TYPE "public"."enum_media_early_reach";`)
}
