import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`bulletins\` ADD \`out_of_slot\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`bulletins_out_of_slot_idx\` ON \`bulletins\` (\`out_of_slot\`);`)
  await db.run(sql`ALTER TABLE \`_bulletins_v\` ADD \`version_out_of_slot\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_version_out_of_slot_idx\` ON \`_bulletins_v\` (\`version_out_of_slot\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`bulletins_out_of_slot_idx\`;`)
  await db.run(sql`ALTER TABLE \`bulletins\` DROP COLUMN \`out_of_slot\`;`)
  await db.run(sql`DROP INDEX \`_bulletins_v_version_version_out_of_slot_idx\`;`)
  await db.run(sql`ALTER TABLE \`_bulletins_v\` DROP COLUMN \`version_out_of_slot\`;`)
}
