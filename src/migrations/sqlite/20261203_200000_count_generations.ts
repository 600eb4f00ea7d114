// Count generations (src/countCache.ts): a counter a versioned content table, moved by triggers in the writing
// transaction whenever a row is inserted, updated or deleted, so a list's total can be reused until the table changes.
// The table is outside drizzle's schema (triggers cannot be described there): the snapshot beside this migration equals
// the previous one.
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

const TABLES = ['articles', '_articles_v', 'talking_points', '_talking_points_v', 'briefs', '_briefs_v', 'slogans', '_slogans_v', 'bulletins', '_bulletins_v']

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql.raw(`CREATE TABLE IF NOT EXISTS "count_generations" ("table_name" text PRIMARY KEY NOT NULL, "n" integer DEFAULT 0 NOT NULL)`))
  for (const table of TABLES) {
    await db.run(sql.raw(`INSERT OR IGNORE INTO "count_generations" ("table_name") VALUES ('${table}')`))
    for (const event of ['insert', 'update', 'delete']) {
      await db.run(
        sql.raw(
          `CREATE TRIGGER IF NOT EXISTS "count_generation_${table}_${event}" AFTER ${event.toUpperCase()} ON "${table}" ` +
            `BEGIN UPDATE "count_generations" SET "n" = "n" + 1 WHERE "table_name" = '${table}'; END`,
        ),
      )
    }
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const table of TABLES) {
    for (const event of ['insert', 'update', 'delete']) await db.run(sql.raw(`DROP TRIGGER IF EXISTS "count_generation_${table}_${event}"`))
  }
  await db.run(sql.raw(`DROP TABLE IF EXISTS "count_generations"`))
}
