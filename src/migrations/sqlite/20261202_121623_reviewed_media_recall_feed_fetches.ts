import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  // Columns added with their foreign keys' actions as the schema declares them (drizzle-kit's ALTER leaves them out).
  await db.run(sql`CREATE TABLE \`media_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_rels_order_idx\` ON \`media_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_parent_idx\` ON \`media_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_path_idx\` ON \`media_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_users_id_idx\` ON \`media_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`feed_fetches\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`outlet_id\` integer,
  	\`channel\` text NOT NULL,
  	\`fetched_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`outlet_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`feed_fetches_outlet_idx\` ON \`feed_fetches\` (\`outlet_id\`);`)
  await db.run(sql`CREATE INDEX \`feed_fetches_fetched_at_idx\` ON \`feed_fetches\` (\`fetched_at\`);`)
  await db.run(sql`CREATE INDEX \`feed_fetches_updated_at_idx\` ON \`feed_fetches\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`feed_fetches_created_at_idx\` ON \`feed_fetches\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`outlet_channel_idx\` ON \`feed_fetches\` (\`outlet_id\`,\`channel\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`unit_id\` integer REFERENCES units(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`uploaded_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`live_reach\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`early_reach\` text;`)
  await db.run(sql`CREATE INDEX \`media_unit_idx\` ON \`media\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`media_uploaded_by_idx\` ON \`media\` (\`uploaded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_live_reach_idx\` ON \`media\` (\`live_reach\`);`)
  await db.run(sql`CREATE INDEX \`media_early_reach_idx\` ON \`media\` (\`early_reach\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`feed_fetches_id\` integer REFERENCES feed_fetches(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feed_fetches_id_idx\` ON \`payload_locked_documents_rels\` (\`feed_fetches_id\`);`)
  // Media already shown by live or scheduled items keeps being served: its reach is computed once here, from the
  // stored items, in SQL of this schema (the workflow keeps it up to date from now on: src/media/refreshMediaReach.ts).
  await db.run(sql.raw(`WITH uses AS (SELECT a.hero_image_id AS media_id, (CASE WHEN EXISTS (SELECT 1 FROM articles_audiences x WHERE x.parent_id = a.id AND x.value = 'public') THEN 3 WHEN EXISTS (SELECT 1 FROM articles_audiences x WHERE x.parent_id = a.id AND x.value = 'press') THEN 2 ELSE 1 END) AS reach FROM articles a WHERE a._status = 'published' AND a.hero_image_id IS NOT NULL UNION ALL SELECT r.media_id AS media_id, (CASE WHEN EXISTS (SELECT 1 FROM slogans_audiences x WHERE x.parent_id = s.id AND x.value = 'public') THEN 3 WHEN EXISTS (SELECT 1 FROM slogans_audiences x WHERE x.parent_id = s.id AND x.value = 'press') THEN 2 ELSE 1 END) AS reach FROM slogans s JOIN slogans_rels r ON r.parent_id = s.id AND r.path = 'assets' WHERE s._status = 'published' AND r.media_id IS NOT NULL UNION ALL SELECT b.recording_id AS media_id, (CASE WHEN EXISTS (SELECT 1 FROM bulletins_audiences x WHERE x.parent_id = b.id AND x.value = 'public') THEN 3 WHEN EXISTS (SELECT 1 FROM bulletins_audiences x WHERE x.parent_id = b.id AND x.value = 'press') THEN 2 ELSE 1 END) AS reach FROM bulletins b WHERE b._status = 'published' AND b.recording_id IS NOT NULL UNION ALL SELECT b.audio_id AS media_id, (CASE WHEN EXISTS (SELECT 1 FROM bulletins_audiences x WHERE x.parent_id = b.id AND x.value = 'public') THEN 3 WHEN EXISTS (SELECT 1 FROM bulletins_audiences x WHERE x.parent_id = b.id AND x.value = 'press') THEN 2 ELSE 1 END) AS reach FROM bulletins b WHERE b._status = 'published' AND b.audio_id IS NOT NULL UNION ALL SELECT b.synthetic_audio_id AS media_id, (CASE WHEN EXISTS (SELECT 1 FROM bulletins_audiences x WHERE x.parent_id = b.id AND x.value = 'public') THEN 3 WHEN EXISTS (SELECT 1 FROM bulletins_audiences x WHERE x.parent_id = b.id AND x.value = 'press') THEN 2 ELSE 1 END) AS reach FROM bulletins b WHERE b._status = 'published' AND b.synthetic_audio_id IS NOT NULL)
  UPDATE media SET live_reach = (SELECT (CASE MAX(reach) WHEN 3 THEN 'public' WHEN 2 THEN 'press' WHEN 1 THEN 'internal' END) FROM uses WHERE uses.media_id = media.id)`))
  await db.run(sql.raw(`WITH uses AS (SELECT v.version_hero_image_id AS media_id, (CASE WHEN EXISTS (SELECT 1 FROM _articles_v_version_audiences x WHERE x.parent_id = v.id AND x.value = 'public') THEN 3 WHEN EXISTS (SELECT 1 FROM _articles_v_version_audiences x WHERE x.parent_id = v.id AND x.value = 'press') THEN 2 ELSE 1 END) AS reach FROM _articles_v v WHERE v.latest = 1 AND v.version_workflow_status = 'scheduled' AND v.version_hero_image_id IS NOT NULL UNION ALL SELECT r.media_id AS media_id, (CASE WHEN EXISTS (SELECT 1 FROM _slogans_v_version_audiences x WHERE x.parent_id = v.id AND x.value = 'public') THEN 3 WHEN EXISTS (SELECT 1 FROM _slogans_v_version_audiences x WHERE x.parent_id = v.id AND x.value = 'press') THEN 2 ELSE 1 END) AS reach FROM _slogans_v v JOIN _slogans_v_rels r ON r.parent_id = v.id AND r.path LIKE '%assets' WHERE v.latest = 1 AND v.version_workflow_status = 'scheduled' AND r.media_id IS NOT NULL UNION ALL SELECT v.version_recording_id AS media_id, (CASE WHEN EXISTS (SELECT 1 FROM _bulletins_v_version_audiences x WHERE x.parent_id = v.id AND x.value = 'public') THEN 3 WHEN EXISTS (SELECT 1 FROM _bulletins_v_version_audiences x WHERE x.parent_id = v.id AND x.value = 'press') THEN 2 ELSE 1 END) AS reach FROM _bulletins_v v WHERE v.latest = 1 AND v.version_workflow_status = 'scheduled' AND v.version_recording_id IS NOT NULL UNION ALL SELECT v.version_audio_id AS media_id, (CASE WHEN EXISTS (SELECT 1 FROM _bulletins_v_version_audiences x WHERE x.parent_id = v.id AND x.value = 'public') THEN 3 WHEN EXISTS (SELECT 1 FROM _bulletins_v_version_audiences x WHERE x.parent_id = v.id AND x.value = 'press') THEN 2 ELSE 1 END) AS reach FROM _bulletins_v v WHERE v.latest = 1 AND v.version_workflow_status = 'scheduled' AND v.version_audio_id IS NOT NULL UNION ALL SELECT v.version_synthetic_audio_id AS media_id, (CASE WHEN EXISTS (SELECT 1 FROM _bulletins_v_version_audiences x WHERE x.parent_id = v.id AND x.value = 'public') THEN 3 WHEN EXISTS (SELECT 1 FROM _bulletins_v_version_audiences x WHERE x.parent_id = v.id AND x.value = 'press') THEN 2 ELSE 1 END) AS reach FROM _bulletins_v v WHERE v.latest = 1 AND v.version_workflow_status = 'scheduled' AND v.version_synthetic_audio_id IS NOT NULL)
  UPDATE media SET early_reach = (SELECT (CASE WHEN MAX(reach) >= 2 THEN 'press' WHEN MAX(reach) = 1 THEN 'internal' END) FROM uses WHERE uses.media_id = media.id)`))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`media_rels\`;`)
  await db.run(sql`DROP TABLE \`feed_fetches\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`credit\` text,
  	\`kind\` text DEFAULT 'photo' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media\`("id", "credit", "kind", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y") SELECT "id", "credit", "kind", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`talking_points_id\` integer,
  	\`briefs_id\` integer,
  	\`slogans_id\` integer,
  	\`bulletins_id\` integer,
  	\`campaigns_id\` integer,
  	\`units_id\` integer,
  	\`media_id\` integer,
  	\`outlets_id\` integer,
  	\`users_id\` integer,
  	\`workflow_events_id\` integer,
  	\`deliveries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`talking_points_id\`) REFERENCES \`talking_points\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`briefs_id\`) REFERENCES \`briefs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`slogans_id\`) REFERENCES \`slogans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bulletins_id\`) REFERENCES \`bulletins\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outlets_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_events_id\`) REFERENCES \`workflow_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deliveries_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "talking_points_id", "briefs_id", "slogans_id", "bulletins_id", "campaigns_id", "units_id", "media_id", "outlets_id", "users_id", "workflow_events_id", "deliveries_id") SELECT "id", "order", "parent_id", "path", "articles_id", "talking_points_id", "briefs_id", "slogans_id", "bulletins_id", "campaigns_id", "units_id", "media_id", "outlets_id", "users_id", "workflow_events_id", "deliveries_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_talking_points_id_idx\` ON \`payload_locked_documents_rels\` (\`talking_points_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_briefs_id_idx\` ON \`payload_locked_documents_rels\` (\`briefs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_slogans_id_idx\` ON \`payload_locked_documents_rels\` (\`slogans_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bulletins_id_idx\` ON \`payload_locked_documents_rels\` (\`bulletins_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outlets_id_idx\` ON \`payload_locked_documents_rels\` (\`outlets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_events_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
}
