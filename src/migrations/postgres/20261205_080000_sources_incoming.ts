import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_incoming_pub_status" AS ENUM('usable', 'withheld', 'canceled');
  CREATE TABLE "sources" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"url" varchar NOT NULL,
  	"token" varchar,
  	"active" boolean DEFAULT true,
  	"poll_interval_seconds" numeric DEFAULT 300 NOT NULL,
  	"last_polled_at" timestamp(3) with time zone,
  	"last_success_at" timestamp(3) with time zone,
  	"last_error" varchar,
  	"failures" numeric DEFAULT 0,
  	"etag" varchar,
  	"last_modified" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "incoming_versions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"body" varchar,
  	"upstream_updated_at" timestamp(3) with time zone,
  	"replaced_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "incoming" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"source_id" integer NOT NULL,
  	"upstream_id" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"summary" varchar,
  	"body" varchar,
  	"link" varchar,
  	"language" varchar,
  	"published_at" timestamp(3) with time zone,
  	"upstream_updated_at" timestamp(3) with time zone,
  	"pub_status" "enum_incoming_pub_status" DEFAULT 'usable' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sources_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "incoming_id" integer;
  ALTER TABLE "incoming_versions" ADD CONSTRAINT "incoming_versions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."incoming"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "incoming" ADD CONSTRAINT "incoming_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "sources_updated_at_idx" ON "sources" USING btree ("updated_at");
  CREATE INDEX "sources_created_at_idx" ON "sources" USING btree ("created_at");
  CREATE INDEX "incoming_versions_order_idx" ON "incoming_versions" USING btree ("_order");
  CREATE INDEX "incoming_versions_parent_id_idx" ON "incoming_versions" USING btree ("_parent_id");
  CREATE INDEX "incoming_source_idx" ON "incoming" USING btree ("source_id");
  CREATE INDEX "incoming_published_at_idx" ON "incoming" USING btree ("published_at");
  CREATE INDEX "incoming_updated_at_idx" ON "incoming" USING btree ("updated_at");
  CREATE INDEX "incoming_created_at_idx" ON "incoming" USING btree ("created_at");
  CREATE UNIQUE INDEX "source_upstreamId_idx" ON "incoming" USING btree ("source_id","upstream_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sources_fk" FOREIGN KEY ("sources_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_incoming_fk" FOREIGN KEY ("incoming_id") REFERENCES "public"."incoming"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_sources_id_idx" ON "payload_locked_documents_rels" USING btree ("sources_id");
  CREATE INDEX "payload_locked_documents_rels_incoming_id_idx" ON "payload_locked_documents_rels" USING btree ("incoming_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "incoming_versions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "incoming" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "sources" CASCADE;
  DROP TABLE "incoming_versions" CASCADE;
  DROP TABLE "incoming" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sources_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_incoming_fk";
  
  DROP INDEX "payload_locked_documents_rels_sources_id_idx";
  DROP INDEX "payload_locked_documents_rels_incoming_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sources_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "incoming_id";
  DROP TYPE "public"."enum_incoming_pub_status";`)
}
