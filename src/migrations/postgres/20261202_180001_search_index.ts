import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// The search index (src/search/searchIndex.ts): folded text as a weighted tsvector with a GIN index. It is kept out of
// drizzle's schema like the SQLite one, so the snapshot beside this migration equals the previous one. Existing
// content is indexed at the next start.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(`CREATE TABLE IF NOT EXISTS "search_index" ("id" bigint PRIMARY KEY, "collection" varchar NOT NULL, "doc_id" integer NOT NULL,
      "variant" varchar NOT NULL, "unit" integer, "campaign" integer, "status" varchar, "is_public" integer NOT NULL, "reach" varchar,
      "uploaded_by" integer, "has_latest" integer NOT NULL, "publish_at" varchar, "expire_at" varchar, "updated_at" varchar NOT NULL,
      "title" text NOT NULL, "body" text NOT NULL, "exact" text NOT NULL, "vector" tsvector NOT NULL)`))
  await db.execute(sql.raw(`CREATE INDEX IF NOT EXISTS "search_index_vector_idx" ON "search_index" USING gin ("vector")`))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(`DROP TABLE IF EXISTS "search_index"`))
}
