import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// The search index (src/search/searchIndex.ts): an FTS5 table over the folded text. drizzle's schema cannot describe it,
// so the snapshot beside this migration equals the previous one. Small columns first: filters never read the long texts. Existing content is indexed at the next start.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql.raw(`CREATE VIRTUAL TABLE IF NOT EXISTS "search_fts" USING fts5(collection UNINDEXED, doc_id UNINDEXED, variant UNINDEXED, unit UNINDEXED,
      campaign UNINDEXED, status UNINDEXED, is_public UNINDEXED, reach UNINDEXED, uploaded_by UNINDEXED, has_latest UNINDEXED,
      publish_at UNINDEXED, expire_at UNINDEXED, updated_at UNINDEXED, title UNINDEXED, title_folded, body_folded, exact UNINDEXED,
      body UNINDEXED, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3')`))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql.raw(`DROP TABLE IF EXISTS "search_fts"`))
}
