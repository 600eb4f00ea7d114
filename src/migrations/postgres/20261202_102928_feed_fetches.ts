import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_feed_fetches_channel" AS ENUM('newspaper', 'television', 'radio', 'loudspeaker', 'web');
  CREATE TABLE "feed_fetches" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"outlet_id" integer,
  	"channel" "enum_feed_fetches_channel" NOT NULL,
  	"fetched_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "feed_fetches_id" integer;
  ALTER TABLE "feed_fetches" ADD CONSTRAINT "feed_fetches_outlet_id_outlets_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."outlets"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "feed_fetches_outlet_idx" ON "feed_fetches" USING btree ("outlet_id");
  CREATE INDEX "feed_fetches_fetched_at_idx" ON "feed_fetches" USING btree ("fetched_at");
  CREATE INDEX "feed_fetches_updated_at_idx" ON "feed_fetches" USING btree ("updated_at");
  CREATE INDEX "feed_fetches_created_at_idx" ON "feed_fetches" USING btree ("created_at");
  CREATE UNIQUE INDEX "outlet_channel_idx" ON "feed_fetches" USING btree ("outlet_id","channel");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feed_fetches_fk" FOREIGN KEY ("feed_fetches_id") REFERENCES "public"."feed_fetches"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_feed_fetches_id_idx" ON "payload_locked_documents_rels" USING btree ("feed_fetches_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "feed_fetches" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "feed_fetches" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_feed_fetches_fk";
  
  DROP INDEX "payload_locked_documents_rels_feed_fetches_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "feed_fetches_id";
  DROP TYPE "public"."enum_feed_fetches_channel";`)
}
