import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// The search index's word list (src/search/searchIndex.ts, search_terms): every folded word longer than the FTS5
// prefix indexes, so a search-as-you-type prefix is written as its words. Filled here from the index's own vocabulary;
// drizzle's schema does not describe it, so the snapshot beside this migration equals the previous one.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql.raw(`CREATE TABLE IF NOT EXISTS "search_terms" ("term" text PRIMARY KEY NOT NULL) WITHOUT ROWID`))
  const { rows } = await db.run(sql.raw(`SELECT 1 FROM sqlite_master WHERE name = 'search_fts'`))
  if (!rows.length) return
  await db.run(sql.raw(`CREATE VIRTUAL TABLE IF NOT EXISTS temp."search_vocab" USING fts5vocab(main, "search_fts", 'row')`))
  await db.run(sql.raw(`INSERT OR IGNORE INTO "search_terms" ("term") SELECT term FROM temp."search_vocab" WHERE length(term) > 3`))
  await db.run(sql.raw(`DROP TABLE temp."search_vocab"`))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql.raw(`DROP TABLE IF EXISTS "search_terms"`))
}
