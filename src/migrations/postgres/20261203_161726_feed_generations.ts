import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "feed_generations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"scope" varchar NOT NULL,
  	"generation" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "feed_generations_id" integer;
  CREATE UNIQUE INDEX "feed_generations_scope_idx" ON "feed_generations" USING btree ("scope");
  CREATE INDEX "feed_generations_updated_at_idx" ON "feed_generations" USING btree ("updated_at");
  CREATE INDEX "feed_generations_created_at_idx" ON "feed_generations" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feed_generations_fk" FOREIGN KEY ("feed_generations_id") REFERENCES "public"."feed_generations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_feed_generations_id_idx" ON "payload_locked_documents_rels" USING btree ("feed_generations_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "feed_generations" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "feed_generations" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_feed_generations_fk";
  
  DROP INDEX "payload_locked_documents_rels_feed_generations_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "feed_generations_id";`)
}
