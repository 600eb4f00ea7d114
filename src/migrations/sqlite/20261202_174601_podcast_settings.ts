import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`broadcast_settings\` ADD \`podcast_province_name\` text;`)
  await db.run(sql`ALTER TABLE \`broadcast_settings\` ADD \`podcast_title\` text;`)
  await db.run(sql`ALTER TABLE \`broadcast_settings\` ADD \`podcast_owner_name\` text;`)
  await db.run(sql`ALTER TABLE \`broadcast_settings\` ADD \`podcast_owner_email\` text;`)
  await db.run(sql`ALTER TABLE \`broadcast_settings\` ADD \`podcast_summary\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`broadcast_settings\` DROP COLUMN \`podcast_province_name\`;`)
  await db.run(sql`ALTER TABLE \`broadcast_settings\` DROP COLUMN \`podcast_title\`;`)
  await db.run(sql`ALTER TABLE \`broadcast_settings\` DROP COLUMN \`podcast_owner_name\`;`)
  await db.run(sql`ALTER TABLE \`broadcast_settings\` DROP COLUMN \`podcast_owner_email\`;`)
  await db.run(sql`ALTER TABLE \`broadcast_settings\` DROP COLUMN \`podcast_summary\`;`)
}
