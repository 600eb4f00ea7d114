import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Data only (the snapshot beside it equals the previous one). Bulletin audio synthesized before 0.2.0 was stored
// without a unit, and media without a unit can be read only once an item showing it is live: the unit's editors had no
// player for their draft bulletin's audio. It now belongs to the unit of the bulletin that uses it (current or any
// version), as new audio does (src/audio/bulletinAudio.ts). Uploads a person made keep their owner as they are.
const unitOfBulletinUsing = `(SELECT unit FROM (
    SELECT b.unit_id AS unit, 0 AS o FROM bulletins b WHERE (b.audio_id = media.id OR b.synthetic_audio_id = media.id) AND b.unit_id IS NOT NULL
    UNION ALL
    SELECT v.version_unit_id AS unit, 1 AS o FROM _bulletins_v v
      WHERE (v.version_audio_id = media.id OR v.version_synthetic_audio_id = media.id) AND v.version_unit_id IS NOT NULL
  ) ORDER BY o LIMIT 1)`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql.raw(`UPDATE media SET unit_id = ${unitOfBulletinUsing}
    WHERE unit_id IS NULL AND uploaded_by_id IS NULL AND ${unitOfBulletinUsing} IS NOT NULL`))
  // The search index keeps each media row's unit for its access filter (src/search/searchIndex.ts).
  const { rows } = await db.run(sql.raw(`SELECT 1 FROM sqlite_master WHERE name = 'search_fts'`))
  if (rows.length) {
    await db.run(sql.raw(`UPDATE search_fts SET unit = (SELECT m.unit_id FROM media m WHERE m.id = search_fts.doc_id)
      WHERE collection = 'media' AND unit IS NULL AND doc_id IN (SELECT id FROM media WHERE unit_id IS NOT NULL)`))
  }
}

// Which media had no unit before is not recorded; going down leaves the owners as they are (access only widens for the unit).
export async function down(_: MigrateDownArgs): Promise<void> {}
