// Count generations (src/countCache.ts): a row a write statement on a versioned content table, inserted by a trigger in
// the writing transaction, so that the sum for a table moves when a change commits and a list's total can be reused until
// then. Rows, not one counter a table, so that concurrent writers never wait for (or deadlock on) each other's counter;
// readers fold a table's rows into one now and then. The table is outside drizzle's schema (triggers cannot be described
// there): the snapshot beside this migration equals the previous one.
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

const TABLES = ['articles', '_articles_v', 'talking_points', '_talking_points_v', 'briefs', '_briefs_v', 'slogans', '_slogans_v', 'bulletins', '_bulletins_v']

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(
    sql.raw(`CREATE TABLE IF NOT EXISTS "count_generations" ("table_name" varchar NOT NULL, "n" bigint DEFAULT 1 NOT NULL);
  CREATE INDEX IF NOT EXISTS "count_generations_table_name_idx" ON "count_generations" USING btree ("table_name");
  CREATE OR REPLACE FUNCTION "count_generation_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO "count_generations" ("table_name") VALUES (TG_TABLE_NAME);
    RETURN NULL;
  END
  $$;`),
  )
  for (const table of TABLES) {
    await db.execute(
      sql.raw(
        `DROP TRIGGER IF EXISTS "count_generation_${table}" ON "${table}";
  CREATE TRIGGER "count_generation_${table}" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "count_generation_bump"();`,
      ),
    )
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const table of TABLES) await db.execute(sql.raw(`DROP TRIGGER IF EXISTS "count_generation_${table}" ON "${table}"`))
  await db.execute(sql.raw(`DROP FUNCTION IF EXISTS "count_generation_bump"(); DROP TABLE IF EXISTS "count_generations"`))
}
