import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Data only (the snapshot beside it equals the previous one). Bulletin audio synthesized before 0.2.0 was stored
// without a unit, and media without a unit can be read only once an item showing it is live: the unit's editors had no
// player for their draft bulletin's audio. It now belongs to the unit of the bulletin that uses it (current or any
// version), as new audio does (src/audio/bulletinAudio.ts). Uploads a person made keep their owner as they are.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(`UPDATE "media" m SET "unit_id" = owner.unit FROM (
      SELECT DISTINCT ON (media_id) media_id, unit FROM (
        SELECT "audio_id" AS media_id, "unit_id" AS unit, 0 AS o FROM "bulletins"
        UNION ALL SELECT "synthetic_audio_id", "unit_id", 0 FROM "bulletins"
        UNION ALL SELECT "version_audio_id", "version_unit_id", 1 FROM "_bulletins_v"
        UNION ALL SELECT "version_synthetic_audio_id", "version_unit_id", 1 FROM "_bulletins_v"
      ) uses WHERE media_id IS NOT NULL AND unit IS NOT NULL ORDER BY media_id, o
    ) owner
    WHERE m."id" = owner.media_id AND m."unit_id" IS NULL AND m."uploaded_by_id" IS NULL`))
  // The search index keeps each media row's unit for its access filter (src/search/searchIndex.ts).
  await db.execute(sql.raw(`DO $$ BEGIN
    IF to_regclass('search_index') IS NOT NULL THEN
      UPDATE "search_index" s SET "unit" = m."unit_id" FROM "media" m
        WHERE s."collection" = 'media' AND s."doc_id" = m."id" AND s."unit" IS NULL AND m."unit_id" IS NOT NULL;
    END IF;
  END $$`))
}

// Which media had no unit before is not recorded; going down leaves the owners as they are (access only widens for the unit).
export async function down(_: MigrateDownArgs): Promise<void> {}
