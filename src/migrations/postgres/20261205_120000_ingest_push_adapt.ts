import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "ingest_receipts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"source_id" integer NOT NULL,
  	"webhook_id" varchar NOT NULL,
  	"received_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "articles" ADD COLUMN "derived_from_incoming" varchar;
  ALTER TABLE "articles" ADD COLUMN "derived_from_source_id" integer;
  ALTER TABLE "articles" ADD COLUMN "derived_from_source_name" varchar;
  ALTER TABLE "articles" ADD COLUMN "derived_from_source_url" varchar;
  ALTER TABLE "articles" ADD COLUMN "derived_from_upstream_id" varchar;
  ALTER TABLE "articles" ADD COLUMN "derived_from_link" varchar;
  ALTER TABLE "articles" ADD COLUMN "derived_from_upstream_updated_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "derived_from_adapted_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_derived_from_incoming" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_derived_from_source_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_derived_from_source_name" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_derived_from_source_url" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_derived_from_upstream_id" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_derived_from_link" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_derived_from_upstream_updated_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_derived_from_adapted_at" timestamp(3) with time zone;
  ALTER TABLE "talking_points" ADD COLUMN "derived_from_incoming" varchar;
  ALTER TABLE "talking_points" ADD COLUMN "derived_from_source_id" integer;
  ALTER TABLE "talking_points" ADD COLUMN "derived_from_source_name" varchar;
  ALTER TABLE "talking_points" ADD COLUMN "derived_from_source_url" varchar;
  ALTER TABLE "talking_points" ADD COLUMN "derived_from_upstream_id" varchar;
  ALTER TABLE "talking_points" ADD COLUMN "derived_from_link" varchar;
  ALTER TABLE "talking_points" ADD COLUMN "derived_from_upstream_updated_at" timestamp(3) with time zone;
  ALTER TABLE "talking_points" ADD COLUMN "derived_from_adapted_at" timestamp(3) with time zone;
  ALTER TABLE "_talking_points_v" ADD COLUMN "version_derived_from_incoming" varchar;
  ALTER TABLE "_talking_points_v" ADD COLUMN "version_derived_from_source_id" integer;
  ALTER TABLE "_talking_points_v" ADD COLUMN "version_derived_from_source_name" varchar;
  ALTER TABLE "_talking_points_v" ADD COLUMN "version_derived_from_source_url" varchar;
  ALTER TABLE "_talking_points_v" ADD COLUMN "version_derived_from_upstream_id" varchar;
  ALTER TABLE "_talking_points_v" ADD COLUMN "version_derived_from_link" varchar;
  ALTER TABLE "_talking_points_v" ADD COLUMN "version_derived_from_upstream_updated_at" timestamp(3) with time zone;
  ALTER TABLE "_talking_points_v" ADD COLUMN "version_derived_from_adapted_at" timestamp(3) with time zone;
  ALTER TABLE "briefs" ADD COLUMN "derived_from_incoming" varchar;
  ALTER TABLE "briefs" ADD COLUMN "derived_from_source_id" integer;
  ALTER TABLE "briefs" ADD COLUMN "derived_from_source_name" varchar;
  ALTER TABLE "briefs" ADD COLUMN "derived_from_source_url" varchar;
  ALTER TABLE "briefs" ADD COLUMN "derived_from_upstream_id" varchar;
  ALTER TABLE "briefs" ADD COLUMN "derived_from_link" varchar;
  ALTER TABLE "briefs" ADD COLUMN "derived_from_upstream_updated_at" timestamp(3) with time zone;
  ALTER TABLE "briefs" ADD COLUMN "derived_from_adapted_at" timestamp(3) with time zone;
  ALTER TABLE "_briefs_v" ADD COLUMN "version_derived_from_incoming" varchar;
  ALTER TABLE "_briefs_v" ADD COLUMN "version_derived_from_source_id" integer;
  ALTER TABLE "_briefs_v" ADD COLUMN "version_derived_from_source_name" varchar;
  ALTER TABLE "_briefs_v" ADD COLUMN "version_derived_from_source_url" varchar;
  ALTER TABLE "_briefs_v" ADD COLUMN "version_derived_from_upstream_id" varchar;
  ALTER TABLE "_briefs_v" ADD COLUMN "version_derived_from_link" varchar;
  ALTER TABLE "_briefs_v" ADD COLUMN "version_derived_from_upstream_updated_at" timestamp(3) with time zone;
  ALTER TABLE "_briefs_v" ADD COLUMN "version_derived_from_adapted_at" timestamp(3) with time zone;
  ALTER TABLE "bulletins" ADD COLUMN "derived_from_incoming" varchar;
  ALTER TABLE "bulletins" ADD COLUMN "derived_from_source_id" integer;
  ALTER TABLE "bulletins" ADD COLUMN "derived_from_source_name" varchar;
  ALTER TABLE "bulletins" ADD COLUMN "derived_from_source_url" varchar;
  ALTER TABLE "bulletins" ADD COLUMN "derived_from_upstream_id" varchar;
  ALTER TABLE "bulletins" ADD COLUMN "derived_from_link" varchar;
  ALTER TABLE "bulletins" ADD COLUMN "derived_from_upstream_updated_at" timestamp(3) with time zone;
  ALTER TABLE "bulletins" ADD COLUMN "derived_from_adapted_at" timestamp(3) with time zone;
  ALTER TABLE "_bulletins_v" ADD COLUMN "version_derived_from_incoming" varchar;
  ALTER TABLE "_bulletins_v" ADD COLUMN "version_derived_from_source_id" integer;
  ALTER TABLE "_bulletins_v" ADD COLUMN "version_derived_from_source_name" varchar;
  ALTER TABLE "_bulletins_v" ADD COLUMN "version_derived_from_source_url" varchar;
  ALTER TABLE "_bulletins_v" ADD COLUMN "version_derived_from_upstream_id" varchar;
  ALTER TABLE "_bulletins_v" ADD COLUMN "version_derived_from_link" varchar;
  ALTER TABLE "_bulletins_v" ADD COLUMN "version_derived_from_upstream_updated_at" timestamp(3) with time zone;
  ALTER TABLE "_bulletins_v" ADD COLUMN "version_derived_from_adapted_at" timestamp(3) with time zone;
  ALTER TABLE "sources" ADD COLUMN "push_secret" varchar;
  ALTER TABLE "sources" ADD COLUMN "next_poll_at" timestamp(3) with time zone;
  ALTER TABLE "incoming" ADD COLUMN "upstream_changed_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "ingest_receipts_id" integer;
  ALTER TABLE "ingest_receipts" ADD CONSTRAINT "ingest_receipts_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "ingest_receipts_source_idx" ON "ingest_receipts" USING btree ("source_id");
  CREATE INDEX "ingest_receipts_received_at_idx" ON "ingest_receipts" USING btree ("received_at");
  CREATE INDEX "ingest_receipts_updated_at_idx" ON "ingest_receipts" USING btree ("updated_at");
  CREATE INDEX "ingest_receipts_created_at_idx" ON "ingest_receipts" USING btree ("created_at");
  CREATE UNIQUE INDEX "source_webhookId_idx" ON "ingest_receipts" USING btree ("source_id","webhook_id");
  ALTER TABLE "articles" ADD CONSTRAINT "articles_derived_from_source_id_sources_id_fk" FOREIGN KEY ("derived_from_source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_derived_from_source_id_sources_id_fk" FOREIGN KEY ("version_derived_from_source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "talking_points" ADD CONSTRAINT "talking_points_derived_from_source_id_sources_id_fk" FOREIGN KEY ("derived_from_source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_talking_points_v" ADD CONSTRAINT "_talking_points_v_version_derived_from_source_id_sources_id_fk" FOREIGN KEY ("version_derived_from_source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "briefs" ADD CONSTRAINT "briefs_derived_from_source_id_sources_id_fk" FOREIGN KEY ("derived_from_source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_briefs_v" ADD CONSTRAINT "_briefs_v_version_derived_from_source_id_sources_id_fk" FOREIGN KEY ("version_derived_from_source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_derived_from_source_id_sources_id_fk" FOREIGN KEY ("derived_from_source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_bulletins_v" ADD CONSTRAINT "_bulletins_v_version_derived_from_source_id_sources_id_fk" FOREIGN KEY ("version_derived_from_source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ingest_receipts_fk" FOREIGN KEY ("ingest_receipts_id") REFERENCES "public"."ingest_receipts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_derived_from_derived_from_incoming_idx" ON "articles" USING btree ("derived_from_incoming");
  CREATE INDEX "articles_derived_from_derived_from_source_idx" ON "articles" USING btree ("derived_from_source_id");
  CREATE INDEX "_articles_v_version_derived_from_version_derived_from_in_idx" ON "_articles_v" USING btree ("version_derived_from_incoming");
  CREATE INDEX "_articles_v_version_derived_from_version_derived_from_so_idx" ON "_articles_v" USING btree ("version_derived_from_source_id");
  CREATE INDEX "talking_points_derived_from_derived_from_incoming_idx" ON "talking_points" USING btree ("derived_from_incoming");
  CREATE INDEX "talking_points_derived_from_derived_from_source_idx" ON "talking_points" USING btree ("derived_from_source_id");
  CREATE INDEX "_talking_points_v_version_derived_from_version_derived_f_idx" ON "_talking_points_v" USING btree ("version_derived_from_incoming");
  CREATE INDEX "_talking_points_v_version_derived_from_version_derived_1_idx" ON "_talking_points_v" USING btree ("version_derived_from_source_id");
  CREATE INDEX "briefs_derived_from_derived_from_incoming_idx" ON "briefs" USING btree ("derived_from_incoming");
  CREATE INDEX "briefs_derived_from_derived_from_source_idx" ON "briefs" USING btree ("derived_from_source_id");
  CREATE INDEX "_briefs_v_version_derived_from_version_derived_from_inco_idx" ON "_briefs_v" USING btree ("version_derived_from_incoming");
  CREATE INDEX "_briefs_v_version_derived_from_version_derived_from_sour_idx" ON "_briefs_v" USING btree ("version_derived_from_source_id");
  CREATE INDEX "bulletins_derived_from_derived_from_incoming_idx" ON "bulletins" USING btree ("derived_from_incoming");
  CREATE INDEX "bulletins_derived_from_derived_from_source_idx" ON "bulletins" USING btree ("derived_from_source_id");
  CREATE INDEX "_bulletins_v_version_derived_from_version_derived_from_i_idx" ON "_bulletins_v" USING btree ("version_derived_from_incoming");
  CREATE INDEX "_bulletins_v_version_derived_from_version_derived_from_s_idx" ON "_bulletins_v" USING btree ("version_derived_from_source_id");
  CREATE INDEX "sources_next_poll_at_idx" ON "sources" USING btree ("next_poll_at");
  CREATE INDEX "incoming_upstream_changed_at_idx" ON "incoming" USING btree ("upstream_changed_at");
  CREATE INDEX "payload_locked_documents_rels_ingest_receipts_id_idx" ON "payload_locked_documents_rels" USING btree ("ingest_receipts_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "ingest_receipts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "ingest_receipts" CASCADE;
  ALTER TABLE "articles" DROP CONSTRAINT "articles_derived_from_source_id_sources_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_derived_from_source_id_sources_id_fk";
  
  ALTER TABLE "talking_points" DROP CONSTRAINT "talking_points_derived_from_source_id_sources_id_fk";
  
  ALTER TABLE "_talking_points_v" DROP CONSTRAINT "_talking_points_v_version_derived_from_source_id_sources_id_fk";
  
  ALTER TABLE "briefs" DROP CONSTRAINT "briefs_derived_from_source_id_sources_id_fk";
  
  ALTER TABLE "_briefs_v" DROP CONSTRAINT "_briefs_v_version_derived_from_source_id_sources_id_fk";
  
  ALTER TABLE "bulletins" DROP CONSTRAINT "bulletins_derived_from_source_id_sources_id_fk";
  
  ALTER TABLE "_bulletins_v" DROP CONSTRAINT "_bulletins_v_version_derived_from_source_id_sources_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_ingest_receipts_fk";
  
  DROP INDEX "articles_derived_from_derived_from_incoming_idx";
  DROP INDEX "articles_derived_from_derived_from_source_idx";
  DROP INDEX "_articles_v_version_derived_from_version_derived_from_in_idx";
  DROP INDEX "_articles_v_version_derived_from_version_derived_from_so_idx";
  DROP INDEX "talking_points_derived_from_derived_from_incoming_idx";
  DROP INDEX "talking_points_derived_from_derived_from_source_idx";
  DROP INDEX "_talking_points_v_version_derived_from_version_derived_f_idx";
  DROP INDEX "_talking_points_v_version_derived_from_version_derived_1_idx";
  DROP INDEX "briefs_derived_from_derived_from_incoming_idx";
  DROP INDEX "briefs_derived_from_derived_from_source_idx";
  DROP INDEX "_briefs_v_version_derived_from_version_derived_from_inco_idx";
  DROP INDEX "_briefs_v_version_derived_from_version_derived_from_sour_idx";
  DROP INDEX "bulletins_derived_from_derived_from_incoming_idx";
  DROP INDEX "bulletins_derived_from_derived_from_source_idx";
  DROP INDEX "_bulletins_v_version_derived_from_version_derived_from_i_idx";
  DROP INDEX "_bulletins_v_version_derived_from_version_derived_from_s_idx";
  DROP INDEX "sources_next_poll_at_idx";
  DROP INDEX "incoming_upstream_changed_at_idx";
  DROP INDEX "payload_locked_documents_rels_ingest_receipts_id_idx";
  ALTER TABLE "articles" DROP COLUMN "derived_from_incoming";
  ALTER TABLE "articles" DROP COLUMN "derived_from_source_id";
  ALTER TABLE "articles" DROP COLUMN "derived_from_source_name";
  ALTER TABLE "articles" DROP COLUMN "derived_from_source_url";
  ALTER TABLE "articles" DROP COLUMN "derived_from_upstream_id";
  ALTER TABLE "articles" DROP COLUMN "derived_from_link";
  ALTER TABLE "articles" DROP COLUMN "derived_from_upstream_updated_at";
  ALTER TABLE "articles" DROP COLUMN "derived_from_adapted_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_derived_from_incoming";
  ALTER TABLE "_articles_v" DROP COLUMN "version_derived_from_source_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_derived_from_source_name";
  ALTER TABLE "_articles_v" DROP COLUMN "version_derived_from_source_url";
  ALTER TABLE "_articles_v" DROP COLUMN "version_derived_from_upstream_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_derived_from_link";
  ALTER TABLE "_articles_v" DROP COLUMN "version_derived_from_upstream_updated_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_derived_from_adapted_at";
  ALTER TABLE "talking_points" DROP COLUMN "derived_from_incoming";
  ALTER TABLE "talking_points" DROP COLUMN "derived_from_source_id";
  ALTER TABLE "talking_points" DROP COLUMN "derived_from_source_name";
  ALTER TABLE "talking_points" DROP COLUMN "derived_from_source_url";
  ALTER TABLE "talking_points" DROP COLUMN "derived_from_upstream_id";
  ALTER TABLE "talking_points" DROP COLUMN "derived_from_link";
  ALTER TABLE "talking_points" DROP COLUMN "derived_from_upstream_updated_at";
  ALTER TABLE "talking_points" DROP COLUMN "derived_from_adapted_at";
  ALTER TABLE "_talking_points_v" DROP COLUMN "version_derived_from_incoming";
  ALTER TABLE "_talking_points_v" DROP COLUMN "version_derived_from_source_id";
  ALTER TABLE "_talking_points_v" DROP COLUMN "version_derived_from_source_name";
  ALTER TABLE "_talking_points_v" DROP COLUMN "version_derived_from_source_url";
  ALTER TABLE "_talking_points_v" DROP COLUMN "version_derived_from_upstream_id";
  ALTER TABLE "_talking_points_v" DROP COLUMN "version_derived_from_link";
  ALTER TABLE "_talking_points_v" DROP COLUMN "version_derived_from_upstream_updated_at";
  ALTER TABLE "_talking_points_v" DROP COLUMN "version_derived_from_adapted_at";
  ALTER TABLE "briefs" DROP COLUMN "derived_from_incoming";
  ALTER TABLE "briefs" DROP COLUMN "derived_from_source_id";
  ALTER TABLE "briefs" DROP COLUMN "derived_from_source_name";
  ALTER TABLE "briefs" DROP COLUMN "derived_from_source_url";
  ALTER TABLE "briefs" DROP COLUMN "derived_from_upstream_id";
  ALTER TABLE "briefs" DROP COLUMN "derived_from_link";
  ALTER TABLE "briefs" DROP COLUMN "derived_from_upstream_updated_at";
  ALTER TABLE "briefs" DROP COLUMN "derived_from_adapted_at";
  ALTER TABLE "_briefs_v" DROP COLUMN "version_derived_from_incoming";
  ALTER TABLE "_briefs_v" DROP COLUMN "version_derived_from_source_id";
  ALTER TABLE "_briefs_v" DROP COLUMN "version_derived_from_source_name";
  ALTER TABLE "_briefs_v" DROP COLUMN "version_derived_from_source_url";
  ALTER TABLE "_briefs_v" DROP COLUMN "version_derived_from_upstream_id";
  ALTER TABLE "_briefs_v" DROP COLUMN "version_derived_from_link";
  ALTER TABLE "_briefs_v" DROP COLUMN "version_derived_from_upstream_updated_at";
  ALTER TABLE "_briefs_v" DROP COLUMN "version_derived_from_adapted_at";
  ALTER TABLE "bulletins" DROP COLUMN "derived_from_incoming";
  ALTER TABLE "bulletins" DROP COLUMN "derived_from_source_id";
  ALTER TABLE "bulletins" DROP COLUMN "derived_from_source_name";
  ALTER TABLE "bulletins" DROP COLUMN "derived_from_source_url";
  ALTER TABLE "bulletins" DROP COLUMN "derived_from_upstream_id";
  ALTER TABLE "bulletins" DROP COLUMN "derived_from_link";
  ALTER TABLE "bulletins" DROP COLUMN "derived_from_upstream_updated_at";
  ALTER TABLE "bulletins" DROP COLUMN "derived_from_adapted_at";
  ALTER TABLE "_bulletins_v" DROP COLUMN "version_derived_from_incoming";
  ALTER TABLE "_bulletins_v" DROP COLUMN "version_derived_from_source_id";
  ALTER TABLE "_bulletins_v" DROP COLUMN "version_derived_from_source_name";
  ALTER TABLE "_bulletins_v" DROP COLUMN "version_derived_from_source_url";
  ALTER TABLE "_bulletins_v" DROP COLUMN "version_derived_from_upstream_id";
  ALTER TABLE "_bulletins_v" DROP COLUMN "version_derived_from_link";
  ALTER TABLE "_bulletins_v" DROP COLUMN "version_derived_from_upstream_updated_at";
  ALTER TABLE "_bulletins_v" DROP COLUMN "version_derived_from_adapted_at";
  ALTER TABLE "sources" DROP COLUMN "push_secret";
  ALTER TABLE "sources" DROP COLUMN "next_poll_at";
  ALTER TABLE "incoming" DROP COLUMN "upstream_changed_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "ingest_receipts_id";`)
}
