import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_fanouts_event" AS ENUM('item.published', 'item.corrected', 'item.withdrawn', 'item.expired');
  CREATE TYPE "public"."enum_fanouts_item_collection" AS ENUM('articles', 'talking-points', 'briefs', 'slogans');
  CREATE TABLE "fanouts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event" "enum_fanouts_event" NOT NULL,
  	"item_collection" "enum_fanouts_item_collection" NOT NULL,
  	"item_id" varchar NOT NULL,
  	"key" varchar NOT NULL,
  	"emergency" boolean DEFAULT false,
  	"snapshot" jsonb NOT NULL,
  	"expanded_at" timestamp(3) with time zone,
  	"receivers" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "deliveries" ADD COLUMN "emergency" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "fanouts_id" integer;
  CREATE INDEX "fanouts_item_id_idx" ON "fanouts" USING btree ("item_id");
  CREATE UNIQUE INDEX "fanouts_key_idx" ON "fanouts" USING btree ("key");
  CREATE INDEX "fanouts_expanded_at_idx" ON "fanouts" USING btree ("expanded_at");
  CREATE INDEX "fanouts_updated_at_idx" ON "fanouts" USING btree ("updated_at");
  CREATE INDEX "fanouts_created_at_idx" ON "fanouts" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_fanouts_fk" FOREIGN KEY ("fanouts_id") REFERENCES "public"."fanouts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "state_nextAttemptAt_idx" ON "deliveries" USING btree ("state","next_attempt_at");
  CREATE INDEX "outlet_itemCollection_itemId_state_idx" ON "deliveries" USING btree ("outlet_id","item_collection","item_id","state");
  CREATE INDEX "payload_locked_documents_rels_fanouts_id_idx" ON "payload_locked_documents_rels" USING btree ("fanouts_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "fanouts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "fanouts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_fanouts_fk";
  
  DROP INDEX "state_nextAttemptAt_idx";
  DROP INDEX "outlet_itemCollection_itemId_state_idx";
  DROP INDEX "payload_locked_documents_rels_fanouts_id_idx";
  ALTER TABLE "deliveries" DROP COLUMN "emergency";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "fanouts_id";
  DROP TYPE "public"."enum_fanouts_event";
  DROP TYPE "public"."enum_fanouts_item_collection";`)
}
