import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`ingest_receipts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`source_id\` integer NOT NULL,
  	\`webhook_id\` text NOT NULL,
  	\`received_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`ingest_receipts_source_idx\` ON \`ingest_receipts\` (\`source_id\`);`)
  await db.run(sql`CREATE INDEX \`ingest_receipts_received_at_idx\` ON \`ingest_receipts\` (\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`ingest_receipts_updated_at_idx\` ON \`ingest_receipts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`ingest_receipts_created_at_idx\` ON \`ingest_receipts\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`source_webhookId_idx\` ON \`ingest_receipts\` (\`source_id\`,\`webhook_id\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`derived_from_incoming\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`derived_from_source_id\` integer REFERENCES sources(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`derived_from_source_name\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`derived_from_source_url\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`derived_from_upstream_id\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`derived_from_link\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`derived_from_upstream_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`derived_from_adapted_at\` text;`)
  await db.run(sql`CREATE INDEX \`articles_derived_from_derived_from_incoming_idx\` ON \`articles\` (\`derived_from_incoming\`);`)
  await db.run(sql`CREATE INDEX \`articles_derived_from_derived_from_source_idx\` ON \`articles\` (\`derived_from_source_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_derived_from_incoming\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_derived_from_source_id\` integer REFERENCES sources(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_derived_from_source_name\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_derived_from_source_url\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_derived_from_upstream_id\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_derived_from_link\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_derived_from_upstream_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_derived_from_adapted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_derived_from_version_derived_from_in_idx\` ON \`_articles_v\` (\`version_derived_from_incoming\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_derived_from_version_derived_from_so_idx\` ON \`_articles_v\` (\`version_derived_from_source_id\`);`)
  await db.run(sql`ALTER TABLE \`talking_points\` ADD \`derived_from_incoming\` text;`)
  await db.run(sql`ALTER TABLE \`talking_points\` ADD \`derived_from_source_id\` integer REFERENCES sources(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`talking_points\` ADD \`derived_from_source_name\` text;`)
  await db.run(sql`ALTER TABLE \`talking_points\` ADD \`derived_from_source_url\` text;`)
  await db.run(sql`ALTER TABLE \`talking_points\` ADD \`derived_from_upstream_id\` text;`)
  await db.run(sql`ALTER TABLE \`talking_points\` ADD \`derived_from_link\` text;`)
  await db.run(sql`ALTER TABLE \`talking_points\` ADD \`derived_from_upstream_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`talking_points\` ADD \`derived_from_adapted_at\` text;`)
  await db.run(sql`CREATE INDEX \`talking_points_derived_from_derived_from_incoming_idx\` ON \`talking_points\` (\`derived_from_incoming\`);`)
  await db.run(sql`CREATE INDEX \`talking_points_derived_from_derived_from_source_idx\` ON \`talking_points\` (\`derived_from_source_id\`);`)
  await db.run(sql`ALTER TABLE \`_talking_points_v\` ADD \`version_derived_from_incoming\` text;`)
  await db.run(sql`ALTER TABLE \`_talking_points_v\` ADD \`version_derived_from_source_id\` integer REFERENCES sources(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_talking_points_v\` ADD \`version_derived_from_source_name\` text;`)
  await db.run(sql`ALTER TABLE \`_talking_points_v\` ADD \`version_derived_from_source_url\` text;`)
  await db.run(sql`ALTER TABLE \`_talking_points_v\` ADD \`version_derived_from_upstream_id\` text;`)
  await db.run(sql`ALTER TABLE \`_talking_points_v\` ADD \`version_derived_from_link\` text;`)
  await db.run(sql`ALTER TABLE \`_talking_points_v\` ADD \`version_derived_from_upstream_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`_talking_points_v\` ADD \`version_derived_from_adapted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_talking_points_v_version_derived_from_version_derived_f_idx\` ON \`_talking_points_v\` (\`version_derived_from_incoming\`);`)
  await db.run(sql`CREATE INDEX \`_talking_points_v_version_derived_from_version_derived_1_idx\` ON \`_talking_points_v\` (\`version_derived_from_source_id\`);`)
  await db.run(sql`ALTER TABLE \`briefs\` ADD \`derived_from_incoming\` text;`)
  await db.run(sql`ALTER TABLE \`briefs\` ADD \`derived_from_source_id\` integer REFERENCES sources(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`briefs\` ADD \`derived_from_source_name\` text;`)
  await db.run(sql`ALTER TABLE \`briefs\` ADD \`derived_from_source_url\` text;`)
  await db.run(sql`ALTER TABLE \`briefs\` ADD \`derived_from_upstream_id\` text;`)
  await db.run(sql`ALTER TABLE \`briefs\` ADD \`derived_from_link\` text;`)
  await db.run(sql`ALTER TABLE \`briefs\` ADD \`derived_from_upstream_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`briefs\` ADD \`derived_from_adapted_at\` text;`)
  await db.run(sql`CREATE INDEX \`briefs_derived_from_derived_from_incoming_idx\` ON \`briefs\` (\`derived_from_incoming\`);`)
  await db.run(sql`CREATE INDEX \`briefs_derived_from_derived_from_source_idx\` ON \`briefs\` (\`derived_from_source_id\`);`)
  await db.run(sql`ALTER TABLE \`_briefs_v\` ADD \`version_derived_from_incoming\` text;`)
  await db.run(sql`ALTER TABLE \`_briefs_v\` ADD \`version_derived_from_source_id\` integer REFERENCES sources(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_briefs_v\` ADD \`version_derived_from_source_name\` text;`)
  await db.run(sql`ALTER TABLE \`_briefs_v\` ADD \`version_derived_from_source_url\` text;`)
  await db.run(sql`ALTER TABLE \`_briefs_v\` ADD \`version_derived_from_upstream_id\` text;`)
  await db.run(sql`ALTER TABLE \`_briefs_v\` ADD \`version_derived_from_link\` text;`)
  await db.run(sql`ALTER TABLE \`_briefs_v\` ADD \`version_derived_from_upstream_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`_briefs_v\` ADD \`version_derived_from_adapted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_briefs_v_version_derived_from_version_derived_from_inco_idx\` ON \`_briefs_v\` (\`version_derived_from_incoming\`);`)
  await db.run(sql`CREATE INDEX \`_briefs_v_version_derived_from_version_derived_from_sour_idx\` ON \`_briefs_v\` (\`version_derived_from_source_id\`);`)
  await db.run(sql`ALTER TABLE \`bulletins\` ADD \`derived_from_incoming\` text;`)
  await db.run(sql`ALTER TABLE \`bulletins\` ADD \`derived_from_source_id\` integer REFERENCES sources(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`bulletins\` ADD \`derived_from_source_name\` text;`)
  await db.run(sql`ALTER TABLE \`bulletins\` ADD \`derived_from_source_url\` text;`)
  await db.run(sql`ALTER TABLE \`bulletins\` ADD \`derived_from_upstream_id\` text;`)
  await db.run(sql`ALTER TABLE \`bulletins\` ADD \`derived_from_link\` text;`)
  await db.run(sql`ALTER TABLE \`bulletins\` ADD \`derived_from_upstream_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`bulletins\` ADD \`derived_from_adapted_at\` text;`)
  await db.run(sql`CREATE INDEX \`bulletins_derived_from_derived_from_incoming_idx\` ON \`bulletins\` (\`derived_from_incoming\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_derived_from_derived_from_source_idx\` ON \`bulletins\` (\`derived_from_source_id\`);`)
  await db.run(sql`ALTER TABLE \`_bulletins_v\` ADD \`version_derived_from_incoming\` text;`)
  await db.run(sql`ALTER TABLE \`_bulletins_v\` ADD \`version_derived_from_source_id\` integer REFERENCES sources(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_bulletins_v\` ADD \`version_derived_from_source_name\` text;`)
  await db.run(sql`ALTER TABLE \`_bulletins_v\` ADD \`version_derived_from_source_url\` text;`)
  await db.run(sql`ALTER TABLE \`_bulletins_v\` ADD \`version_derived_from_upstream_id\` text;`)
  await db.run(sql`ALTER TABLE \`_bulletins_v\` ADD \`version_derived_from_link\` text;`)
  await db.run(sql`ALTER TABLE \`_bulletins_v\` ADD \`version_derived_from_upstream_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`_bulletins_v\` ADD \`version_derived_from_adapted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_derived_from_version_derived_from_i_idx\` ON \`_bulletins_v\` (\`version_derived_from_incoming\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_derived_from_version_derived_from_s_idx\` ON \`_bulletins_v\` (\`version_derived_from_source_id\`);`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`push_secret\` text;`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`next_poll_at\` text;`)
  await db.run(sql`CREATE INDEX \`sources_next_poll_at_idx\` ON \`sources\` (\`next_poll_at\`);`)
  await db.run(sql`ALTER TABLE \`incoming\` ADD \`upstream_changed_at\` text;`)
  await db.run(sql`CREATE INDEX \`incoming_upstream_changed_at_idx\` ON \`incoming\` (\`upstream_changed_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`ingest_receipts_id\` integer REFERENCES ingest_receipts(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ingest_receipts_id_idx\` ON \`payload_locked_documents_rels\` (\`ingest_receipts_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`ingest_receipts\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`hero_image_id\` integer,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`campaign_id\` integer,
  	\`unit_id\` integer,
  	\`priority\` text DEFAULT 'normal',
  	\`publish_at\` text,
  	\`expire_at\` text,
  	\`author_id\` integer,
  	\`version\` numeric DEFAULT 0,
  	\`review_note\` text,
  	\`approved_by_id\` integer,
  	\`approved_at\` text,
  	\`withdrawn_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "slug", "hero_image_id", "workflow_status", "campaign_id", "unit_id", "priority", "publish_at", "expire_at", "author_id", "version", "review_note", "approved_by_id", "approved_at", "withdrawn_at", "updated_at", "created_at", "_status") SELECT "id", "slug", "hero_image_id", "workflow_status", "campaign_id", "unit_id", "priority", "publish_at", "expire_at", "author_id", "version", "review_note", "approved_by_id", "approved_at", "withdrawn_at", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_hero_image_idx\` ON \`articles\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_status_idx\` ON \`articles\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`articles_campaign_idx\` ON \`articles\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_unit_idx\` ON \`articles\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_priority_idx\` ON \`articles\` (\`priority\`);`)
  await db.run(sql`CREATE INDEX \`articles_publish_at_idx\` ON \`articles\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_expire_at_idx\` ON \`articles\` (\`expire_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_author_idx\` ON \`articles\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_approved_by_idx\` ON \`articles\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_withdrawn_at_idx\` ON \`articles\` (\`withdrawn_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`articles_campaign_unit_status_idx\` ON \`articles\` (\`campaign_id\`,\`unit_id\`,\`workflow_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_hero_image_id\` integer,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_campaign_id\` integer,
  	\`version_unit_id\` integer,
  	\`version_priority\` text DEFAULT 'normal',
  	\`version_publish_at\` text,
  	\`version_expire_at\` text,
  	\`version_author_id\` integer,
  	\`version_version\` numeric DEFAULT 0,
  	\`version_review_note\` text,
  	\`version_approved_by_id\` integer,
  	\`version_approved_at\` text,
  	\`version_withdrawn_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_slug", "version_hero_image_id", "version_workflow_status", "version_campaign_id", "version_unit_id", "version_priority", "version_publish_at", "version_expire_at", "version_author_id", "version_version", "version_review_note", "version_approved_by_id", "version_approved_at", "version_withdrawn_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_hero_image_id", "version_workflow_status", "version_campaign_id", "version_unit_id", "version_priority", "version_publish_at", "version_expire_at", "version_author_id", "version_version", "version_review_note", "version_approved_by_id", "version_approved_at", "version_withdrawn_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_hero_image_idx\` ON \`_articles_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_workflow_status_idx\` ON \`_articles_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_campaign_idx\` ON \`_articles_v\` (\`version_campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_unit_idx\` ON \`_articles_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_priority_idx\` ON \`_articles_v\` (\`version_priority\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_publish_at_idx\` ON \`_articles_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_expire_at_idx\` ON \`_articles_v\` (\`version_expire_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_author_idx\` ON \`_articles_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_approved_by_idx\` ON \`_articles_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_withdrawn_at_idx\` ON \`_articles_v\` (\`version_withdrawn_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_snapshot_idx\` ON \`_articles_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_published_locale_idx\` ON \`_articles_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_status_latest_updated_idx\` ON \`_articles_v\` (\`version_workflow_status\`,\`latest\`,\`version_updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_unit_latest_updated_idx\` ON \`_articles_v\` (\`version_unit_id\`,\`latest\`,\`version_updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_updated_idx\` ON \`_articles_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_campaign_report_idx\` ON \`_articles_v\` (\`version_campaign_id\`,\`latest\`,\`version_unit_id\`,\`version_workflow_status\`,\`parent_id\`,\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_talking_points\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`campaign_id\` integer,
  	\`unit_id\` integer,
  	\`priority\` text DEFAULT 'normal',
  	\`publish_at\` text,
  	\`expire_at\` text,
  	\`author_id\` integer,
  	\`version\` numeric DEFAULT 0,
  	\`review_note\` text,
  	\`approved_by_id\` integer,
  	\`approved_at\` text,
  	\`withdrawn_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_talking_points\`("id", "workflow_status", "campaign_id", "unit_id", "priority", "publish_at", "expire_at", "author_id", "version", "review_note", "approved_by_id", "approved_at", "withdrawn_at", "updated_at", "created_at", "_status") SELECT "id", "workflow_status", "campaign_id", "unit_id", "priority", "publish_at", "expire_at", "author_id", "version", "review_note", "approved_by_id", "approved_at", "withdrawn_at", "updated_at", "created_at", "_status" FROM \`talking_points\`;`)
  await db.run(sql`DROP TABLE \`talking_points\`;`)
  await db.run(sql`ALTER TABLE \`__new_talking_points\` RENAME TO \`talking_points\`;`)
  await db.run(sql`CREATE INDEX \`talking_points_workflow_status_idx\` ON \`talking_points\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`talking_points_campaign_idx\` ON \`talking_points\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`talking_points_unit_idx\` ON \`talking_points\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`talking_points_priority_idx\` ON \`talking_points\` (\`priority\`);`)
  await db.run(sql`CREATE INDEX \`talking_points_publish_at_idx\` ON \`talking_points\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`talking_points_expire_at_idx\` ON \`talking_points\` (\`expire_at\`);`)
  await db.run(sql`CREATE INDEX \`talking_points_author_idx\` ON \`talking_points\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`talking_points_approved_by_idx\` ON \`talking_points\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`talking_points_withdrawn_at_idx\` ON \`talking_points\` (\`withdrawn_at\`);`)
  await db.run(sql`CREATE INDEX \`talking_points_updated_at_idx\` ON \`talking_points\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`talking_points_created_at_idx\` ON \`talking_points\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`talking_points__status_idx\` ON \`talking_points\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`talking_points_campaign_unit_status_idx\` ON \`talking_points\` (\`campaign_id\`,\`unit_id\`,\`workflow_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__talking_points_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_campaign_id\` integer,
  	\`version_unit_id\` integer,
  	\`version_priority\` text DEFAULT 'normal',
  	\`version_publish_at\` text,
  	\`version_expire_at\` text,
  	\`version_author_id\` integer,
  	\`version_version\` numeric DEFAULT 0,
  	\`version_review_note\` text,
  	\`version_approved_by_id\` integer,
  	\`version_approved_at\` text,
  	\`version_withdrawn_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`talking_points\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__talking_points_v\`("id", "parent_id", "version_workflow_status", "version_campaign_id", "version_unit_id", "version_priority", "version_publish_at", "version_expire_at", "version_author_id", "version_version", "version_review_note", "version_approved_by_id", "version_approved_at", "version_withdrawn_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_workflow_status", "version_campaign_id", "version_unit_id", "version_priority", "version_publish_at", "version_expire_at", "version_author_id", "version_version", "version_review_note", "version_approved_by_id", "version_approved_at", "version_withdrawn_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_talking_points_v\`;`)
  await db.run(sql`DROP TABLE \`_talking_points_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__talking_points_v\` RENAME TO \`_talking_points_v\`;`)
  await db.run(sql`CREATE INDEX \`_talking_points_v_parent_idx\` ON \`_talking_points_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_talking_points_v_version_version_workflow_status_idx\` ON \`_talking_points_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_talking_points_v_version_version_campaign_idx\` ON \`_talking_points_v\` (\`version_campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`_talking_points_v_version_version_unit_idx\` ON \`_talking_points_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_talking_points_v_version_version_priority_idx\` ON \`_talking_points_v\` (\`version_priority\`);`)
  await db.run(sql`CREATE INDEX \`_talking_points_v_version_version_publish_at_idx\` ON \`_talking_points_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_talking_points_v_version_version_expire_at_idx\` ON \`_talking_points_v\` (\`version_expire_at\`);`)
  await db.run(sql`CREATE INDEX \`_talking_points_v_version_version_author_idx\` ON \`_talking_points_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_talking_points_v_version_version_approved_by_idx\` ON \`_talking_points_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_talking_points_v_version_version_withdrawn_at_idx\` ON \`_talking_points_v\` (\`version_withdrawn_at\`);`)
  await db.run(sql`CREATE INDEX \`_talking_points_v_version_version_updated_at_idx\` ON \`_talking_points_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_talking_points_v_version_version_created_at_idx\` ON \`_talking_points_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_talking_points_v_version_version__status_idx\` ON \`_talking_points_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_talking_points_v_created_at_idx\` ON \`_talking_points_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_talking_points_v_updated_at_idx\` ON \`_talking_points_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_talking_points_v_snapshot_idx\` ON \`_talking_points_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_talking_points_v_published_locale_idx\` ON \`_talking_points_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_talking_points_v_latest_idx\` ON \`_talking_points_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_talking_points_v_status_latest_updated_idx\` ON \`_talking_points_v\` (\`version_workflow_status\`,\`latest\`,\`version_updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_talking_points_v_unit_latest_updated_idx\` ON \`_talking_points_v\` (\`version_unit_id\`,\`latest\`,\`version_updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_talking_points_v_latest_updated_idx\` ON \`_talking_points_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_talking_points_v_campaign_report_idx\` ON \`_talking_points_v\` (\`version_campaign_id\`,\`latest\`,\`version_unit_id\`,\`version_workflow_status\`,\`parent_id\`,\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_briefs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`claim_source_outlet\` text,
  	\`claim_source_url\` text,
  	\`claim_source_date\` text,
  	\`distribution\` text DEFAULT 'internal',
  	\`workflow_status\` text DEFAULT 'draft',
  	\`campaign_id\` integer,
  	\`unit_id\` integer,
  	\`priority\` text DEFAULT 'normal',
  	\`publish_at\` text,
  	\`expire_at\` text,
  	\`author_id\` integer,
  	\`version\` numeric DEFAULT 0,
  	\`review_note\` text,
  	\`approved_by_id\` integer,
  	\`approved_at\` text,
  	\`withdrawn_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_briefs\`("id", "claim_source_outlet", "claim_source_url", "claim_source_date", "distribution", "workflow_status", "campaign_id", "unit_id", "priority", "publish_at", "expire_at", "author_id", "version", "review_note", "approved_by_id", "approved_at", "withdrawn_at", "updated_at", "created_at", "_status") SELECT "id", "claim_source_outlet", "claim_source_url", "claim_source_date", "distribution", "workflow_status", "campaign_id", "unit_id", "priority", "publish_at", "expire_at", "author_id", "version", "review_note", "approved_by_id", "approved_at", "withdrawn_at", "updated_at", "created_at", "_status" FROM \`briefs\`;`)
  await db.run(sql`DROP TABLE \`briefs\`;`)
  await db.run(sql`ALTER TABLE \`__new_briefs\` RENAME TO \`briefs\`;`)
  await db.run(sql`CREATE INDEX \`briefs_distribution_idx\` ON \`briefs\` (\`distribution\`);`)
  await db.run(sql`CREATE INDEX \`briefs_workflow_status_idx\` ON \`briefs\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`briefs_campaign_idx\` ON \`briefs\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`briefs_unit_idx\` ON \`briefs\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`briefs_priority_idx\` ON \`briefs\` (\`priority\`);`)
  await db.run(sql`CREATE INDEX \`briefs_publish_at_idx\` ON \`briefs\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`briefs_expire_at_idx\` ON \`briefs\` (\`expire_at\`);`)
  await db.run(sql`CREATE INDEX \`briefs_author_idx\` ON \`briefs\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`briefs_approved_by_idx\` ON \`briefs\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`briefs_withdrawn_at_idx\` ON \`briefs\` (\`withdrawn_at\`);`)
  await db.run(sql`CREATE INDEX \`briefs_updated_at_idx\` ON \`briefs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`briefs_created_at_idx\` ON \`briefs\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`briefs__status_idx\` ON \`briefs\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`briefs_campaign_unit_status_idx\` ON \`briefs\` (\`campaign_id\`,\`unit_id\`,\`workflow_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__briefs_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_claim_source_outlet\` text,
  	\`version_claim_source_url\` text,
  	\`version_claim_source_date\` text,
  	\`version_distribution\` text DEFAULT 'internal',
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_campaign_id\` integer,
  	\`version_unit_id\` integer,
  	\`version_priority\` text DEFAULT 'normal',
  	\`version_publish_at\` text,
  	\`version_expire_at\` text,
  	\`version_author_id\` integer,
  	\`version_version\` numeric DEFAULT 0,
  	\`version_review_note\` text,
  	\`version_approved_by_id\` integer,
  	\`version_approved_at\` text,
  	\`version_withdrawn_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`briefs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__briefs_v\`("id", "parent_id", "version_claim_source_outlet", "version_claim_source_url", "version_claim_source_date", "version_distribution", "version_workflow_status", "version_campaign_id", "version_unit_id", "version_priority", "version_publish_at", "version_expire_at", "version_author_id", "version_version", "version_review_note", "version_approved_by_id", "version_approved_at", "version_withdrawn_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_claim_source_outlet", "version_claim_source_url", "version_claim_source_date", "version_distribution", "version_workflow_status", "version_campaign_id", "version_unit_id", "version_priority", "version_publish_at", "version_expire_at", "version_author_id", "version_version", "version_review_note", "version_approved_by_id", "version_approved_at", "version_withdrawn_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_briefs_v\`;`)
  await db.run(sql`DROP TABLE \`_briefs_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__briefs_v\` RENAME TO \`_briefs_v\`;`)
  await db.run(sql`CREATE INDEX \`_briefs_v_parent_idx\` ON \`_briefs_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_briefs_v_version_version_distribution_idx\` ON \`_briefs_v\` (\`version_distribution\`);`)
  await db.run(sql`CREATE INDEX \`_briefs_v_version_version_workflow_status_idx\` ON \`_briefs_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_briefs_v_version_version_campaign_idx\` ON \`_briefs_v\` (\`version_campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`_briefs_v_version_version_unit_idx\` ON \`_briefs_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_briefs_v_version_version_priority_idx\` ON \`_briefs_v\` (\`version_priority\`);`)
  await db.run(sql`CREATE INDEX \`_briefs_v_version_version_publish_at_idx\` ON \`_briefs_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_briefs_v_version_version_expire_at_idx\` ON \`_briefs_v\` (\`version_expire_at\`);`)
  await db.run(sql`CREATE INDEX \`_briefs_v_version_version_author_idx\` ON \`_briefs_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_briefs_v_version_version_approved_by_idx\` ON \`_briefs_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_briefs_v_version_version_withdrawn_at_idx\` ON \`_briefs_v\` (\`version_withdrawn_at\`);`)
  await db.run(sql`CREATE INDEX \`_briefs_v_version_version_updated_at_idx\` ON \`_briefs_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_briefs_v_version_version_created_at_idx\` ON \`_briefs_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_briefs_v_version_version__status_idx\` ON \`_briefs_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_briefs_v_created_at_idx\` ON \`_briefs_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_briefs_v_updated_at_idx\` ON \`_briefs_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_briefs_v_snapshot_idx\` ON \`_briefs_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_briefs_v_published_locale_idx\` ON \`_briefs_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_briefs_v_latest_idx\` ON \`_briefs_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_briefs_v_status_latest_updated_idx\` ON \`_briefs_v\` (\`version_workflow_status\`,\`latest\`,\`version_updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_briefs_v_unit_latest_updated_idx\` ON \`_briefs_v\` (\`version_unit_id\`,\`latest\`,\`version_updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_briefs_v_latest_updated_idx\` ON \`_briefs_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_briefs_v_campaign_report_idx\` ON \`_briefs_v\` (\`version_campaign_id\`,\`latest\`,\`version_unit_id\`,\`version_workflow_status\`,\`parent_id\`,\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_bulletins\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`date\` text,
  	\`slot\` text,
  	\`airs_at\` text,
  	\`intro\` text,
  	\`outro\` text,
  	\`script\` text,
  	\`read_aloud_seconds\` numeric,
  	\`recording_id\` integer,
  	\`audio_id\` integer,
  	\`audio_source\` text,
  	\`audio_seconds\` numeric,
  	\`audio_bytes\` numeric,
  	\`synthetic_audio_id\` integer,
  	\`audio_script\` text,
  	\`audio_status\` text DEFAULT 'none',
  	\`audio_progress\` numeric DEFAULT 0,
  	\`audio_error\` text,
  	\`assembled_at\` text,
  	\`out_of_slot\` integer DEFAULT false,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`campaign_id\` integer,
  	\`unit_id\` integer,
  	\`priority\` text DEFAULT 'normal',
  	\`publish_at\` text,
  	\`expire_at\` text,
  	\`author_id\` integer,
  	\`version\` numeric DEFAULT 0,
  	\`review_note\` text,
  	\`approved_by_id\` integer,
  	\`approved_at\` text,
  	\`withdrawn_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`recording_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`audio_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`synthetic_audio_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_bulletins\`("id", "title", "date", "slot", "airs_at", "intro", "outro", "script", "read_aloud_seconds", "recording_id", "audio_id", "audio_source", "audio_seconds", "audio_bytes", "synthetic_audio_id", "audio_script", "audio_status", "audio_progress", "audio_error", "assembled_at", "out_of_slot", "workflow_status", "campaign_id", "unit_id", "priority", "publish_at", "expire_at", "author_id", "version", "review_note", "approved_by_id", "approved_at", "withdrawn_at", "updated_at", "created_at", "_status") SELECT "id", "title", "date", "slot", "airs_at", "intro", "outro", "script", "read_aloud_seconds", "recording_id", "audio_id", "audio_source", "audio_seconds", "audio_bytes", "synthetic_audio_id", "audio_script", "audio_status", "audio_progress", "audio_error", "assembled_at", "out_of_slot", "workflow_status", "campaign_id", "unit_id", "priority", "publish_at", "expire_at", "author_id", "version", "review_note", "approved_by_id", "approved_at", "withdrawn_at", "updated_at", "created_at", "_status" FROM \`bulletins\`;`)
  await db.run(sql`DROP TABLE \`bulletins\`;`)
  await db.run(sql`ALTER TABLE \`__new_bulletins\` RENAME TO \`bulletins\`;`)
  await db.run(sql`CREATE INDEX \`bulletins_airs_at_idx\` ON \`bulletins\` (\`airs_at\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_recording_idx\` ON \`bulletins\` (\`recording_id\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_audio_idx\` ON \`bulletins\` (\`audio_id\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_synthetic_audio_idx\` ON \`bulletins\` (\`synthetic_audio_id\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_out_of_slot_idx\` ON \`bulletins\` (\`out_of_slot\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_workflow_status_idx\` ON \`bulletins\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_campaign_idx\` ON \`bulletins\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_unit_idx\` ON \`bulletins\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_priority_idx\` ON \`bulletins\` (\`priority\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_publish_at_idx\` ON \`bulletins\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_expire_at_idx\` ON \`bulletins\` (\`expire_at\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_author_idx\` ON \`bulletins\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_approved_by_idx\` ON \`bulletins\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_withdrawn_at_idx\` ON \`bulletins\` (\`withdrawn_at\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_updated_at_idx\` ON \`bulletins\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_created_at_idx\` ON \`bulletins\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`bulletins__status_idx\` ON \`bulletins\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__bulletins_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_date\` text,
  	\`version_slot\` text,
  	\`version_airs_at\` text,
  	\`version_intro\` text,
  	\`version_outro\` text,
  	\`version_script\` text,
  	\`version_read_aloud_seconds\` numeric,
  	\`version_recording_id\` integer,
  	\`version_audio_id\` integer,
  	\`version_audio_source\` text,
  	\`version_audio_seconds\` numeric,
  	\`version_audio_bytes\` numeric,
  	\`version_synthetic_audio_id\` integer,
  	\`version_audio_script\` text,
  	\`version_audio_status\` text DEFAULT 'none',
  	\`version_audio_progress\` numeric DEFAULT 0,
  	\`version_audio_error\` text,
  	\`version_assembled_at\` text,
  	\`version_out_of_slot\` integer DEFAULT false,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_campaign_id\` integer,
  	\`version_unit_id\` integer,
  	\`version_priority\` text DEFAULT 'normal',
  	\`version_publish_at\` text,
  	\`version_expire_at\` text,
  	\`version_author_id\` integer,
  	\`version_version\` numeric DEFAULT 0,
  	\`version_review_note\` text,
  	\`version_approved_by_id\` integer,
  	\`version_approved_at\` text,
  	\`version_withdrawn_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`bulletins\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_recording_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_audio_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_synthetic_audio_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__bulletins_v\`("id", "parent_id", "version_title", "version_date", "version_slot", "version_airs_at", "version_intro", "version_outro", "version_script", "version_read_aloud_seconds", "version_recording_id", "version_audio_id", "version_audio_source", "version_audio_seconds", "version_audio_bytes", "version_synthetic_audio_id", "version_audio_script", "version_audio_status", "version_audio_progress", "version_audio_error", "version_assembled_at", "version_out_of_slot", "version_workflow_status", "version_campaign_id", "version_unit_id", "version_priority", "version_publish_at", "version_expire_at", "version_author_id", "version_version", "version_review_note", "version_approved_by_id", "version_approved_at", "version_withdrawn_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_title", "version_date", "version_slot", "version_airs_at", "version_intro", "version_outro", "version_script", "version_read_aloud_seconds", "version_recording_id", "version_audio_id", "version_audio_source", "version_audio_seconds", "version_audio_bytes", "version_synthetic_audio_id", "version_audio_script", "version_audio_status", "version_audio_progress", "version_audio_error", "version_assembled_at", "version_out_of_slot", "version_workflow_status", "version_campaign_id", "version_unit_id", "version_priority", "version_publish_at", "version_expire_at", "version_author_id", "version_version", "version_review_note", "version_approved_by_id", "version_approved_at", "version_withdrawn_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_bulletins_v\`;`)
  await db.run(sql`DROP TABLE \`_bulletins_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__bulletins_v\` RENAME TO \`_bulletins_v\`;`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_parent_idx\` ON \`_bulletins_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_version_airs_at_idx\` ON \`_bulletins_v\` (\`version_airs_at\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_version_recording_idx\` ON \`_bulletins_v\` (\`version_recording_id\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_version_audio_idx\` ON \`_bulletins_v\` (\`version_audio_id\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_version_synthetic_audio_idx\` ON \`_bulletins_v\` (\`version_synthetic_audio_id\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_version_out_of_slot_idx\` ON \`_bulletins_v\` (\`version_out_of_slot\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_version_workflow_status_idx\` ON \`_bulletins_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_version_campaign_idx\` ON \`_bulletins_v\` (\`version_campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_version_unit_idx\` ON \`_bulletins_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_version_priority_idx\` ON \`_bulletins_v\` (\`version_priority\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_version_publish_at_idx\` ON \`_bulletins_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_version_expire_at_idx\` ON \`_bulletins_v\` (\`version_expire_at\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_version_author_idx\` ON \`_bulletins_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_version_approved_by_idx\` ON \`_bulletins_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_version_withdrawn_at_idx\` ON \`_bulletins_v\` (\`version_withdrawn_at\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_version_updated_at_idx\` ON \`_bulletins_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_version_created_at_idx\` ON \`_bulletins_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_version__status_idx\` ON \`_bulletins_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_created_at_idx\` ON \`_bulletins_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_updated_at_idx\` ON \`_bulletins_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_snapshot_idx\` ON \`_bulletins_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_published_locale_idx\` ON \`_bulletins_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_latest_idx\` ON \`_bulletins_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_status_latest_updated_idx\` ON \`_bulletins_v\` (\`version_workflow_status\`,\`latest\`,\`version_updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_unit_latest_updated_idx\` ON \`_bulletins_v\` (\`version_unit_id\`,\`latest\`,\`version_updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_latest_updated_idx\` ON \`_bulletins_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_campaign_report_idx\` ON \`_bulletins_v\` (\`version_campaign_id\`,\`latest\`,\`version_unit_id\`,\`version_workflow_status\`,\`parent_id\`,\`updated_at\`);`)
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
  	\`sources_id\` integer,
  	\`incoming_id\` integer,
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
  	FOREIGN KEY (\`feed_generations_id\`) REFERENCES \`feed_generations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`incoming_id\`) REFERENCES \`incoming\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "talking_points_id", "briefs_id", "slogans_id", "bulletins_id", "campaigns_id", "units_id", "media_id", "outlets_id", "users_id", "workflow_events_id", "deliveries_id", "fanouts_id", "feed_fetches_id", "feed_generations_id", "sources_id", "incoming_id") SELECT "id", "order", "parent_id", "path", "articles_id", "talking_points_id", "briefs_id", "slogans_id", "bulletins_id", "campaigns_id", "units_id", "media_id", "outlets_id", "users_id", "workflow_events_id", "deliveries_id", "fanouts_id", "feed_fetches_id", "feed_generations_id", "sources_id", "incoming_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_fanouts_id_idx\` ON \`payload_locked_documents_rels\` (\`fanouts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feed_fetches_id_idx\` ON \`payload_locked_documents_rels\` (\`feed_fetches_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feed_generations_id_idx\` ON \`payload_locked_documents_rels\` (\`feed_generations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sources_id_idx\` ON \`payload_locked_documents_rels\` (\`sources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_incoming_id_idx\` ON \`payload_locked_documents_rels\` (\`incoming_id\`);`)
  await db.run(sql`DROP INDEX \`sources_next_poll_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`sources\` DROP COLUMN \`push_secret\`;`)
  await db.run(sql`ALTER TABLE \`sources\` DROP COLUMN \`next_poll_at\`;`)
  await db.run(sql`DROP INDEX \`incoming_upstream_changed_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`incoming\` DROP COLUMN \`upstream_changed_at\`;`)
}
