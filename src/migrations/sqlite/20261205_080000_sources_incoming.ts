import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`sources\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`url\` text NOT NULL,
  	\`token\` text,
  	\`active\` integer DEFAULT true,
  	\`poll_interval_seconds\` numeric DEFAULT 300 NOT NULL,
  	\`last_polled_at\` text,
  	\`last_success_at\` text,
  	\`last_error\` text,
  	\`failures\` numeric DEFAULT 0,
  	\`etag\` text,
  	\`last_modified\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`sources_updated_at_idx\` ON \`sources\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sources_created_at_idx\` ON \`sources\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`incoming_versions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`upstream_updated_at\` text,
  	\`replaced_at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`incoming\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`incoming_versions_order_idx\` ON \`incoming_versions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`incoming_versions_parent_id_idx\` ON \`incoming_versions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`incoming\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`source_id\` integer NOT NULL,
  	\`upstream_id\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`summary\` text,
  	\`body\` text,
  	\`link\` text,
  	\`language\` text,
  	\`published_at\` text,
  	\`upstream_updated_at\` text,
  	\`pub_status\` text DEFAULT 'usable' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`incoming_source_idx\` ON \`incoming\` (\`source_id\`);`)
  await db.run(sql`CREATE INDEX \`incoming_published_at_idx\` ON \`incoming\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`incoming_updated_at_idx\` ON \`incoming\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`incoming_created_at_idx\` ON \`incoming\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`source_upstreamId_idx\` ON \`incoming\` (\`source_id\`,\`upstream_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sources_id\` integer REFERENCES sources(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`incoming_id\` integer REFERENCES incoming(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sources_id_idx\` ON \`payload_locked_documents_rels\` (\`sources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_incoming_id_idx\` ON \`payload_locked_documents_rels\` (\`incoming_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`sources\`;`)
  await db.run(sql`DROP TABLE \`incoming_versions\`;`)
  await db.run(sql`DROP TABLE \`incoming\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`fanouts_id\` integer,
  	\`feed_fetches_id\` integer,
  	\`feed_generations_id\` integer,
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
  	FOREIGN KEY (\`deliveries_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fanouts_id\`) REFERENCES \`fanouts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feed_fetches_id\`) REFERENCES \`feed_fetches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feed_generations_id\`) REFERENCES \`feed_generations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "talking_points_id", "briefs_id", "slogans_id", "bulletins_id", "campaigns_id", "units_id", "media_id", "outlets_id", "users_id", "workflow_events_id", "deliveries_id", "fanouts_id", "feed_fetches_id", "feed_generations_id") SELECT "id", "order", "parent_id", "path", "articles_id", "talking_points_id", "briefs_id", "slogans_id", "bulletins_id", "campaigns_id", "units_id", "media_id", "outlets_id", "users_id", "workflow_events_id", "deliveries_id", "fanouts_id", "feed_fetches_id", "feed_generations_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_fanouts_id_idx\` ON \`payload_locked_documents_rels\` (\`fanouts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feed_fetches_id_idx\` ON \`payload_locked_documents_rels\` (\`feed_fetches_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feed_generations_id_idx\` ON \`payload_locked_documents_rels\` (\`feed_generations_id\`);`)
}
