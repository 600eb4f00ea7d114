import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_audiences_order_idx\` ON \`articles_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_audiences_parent_idx\` ON \`articles_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_audiences_value_idx\` ON \`articles_audiences\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`articles_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_channels_order_idx\` ON \`articles_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_channels_parent_idx\` ON \`articles_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_channels_value_idx\` ON \`articles_channels\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`articles\` (
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
  await db.run(sql`CREATE TABLE \`articles_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_locales_locale_parent_id_unique\` ON \`articles_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_texts_order_parent\` ON \`articles_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_users_id_idx\` ON \`articles_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_audiences_order_idx\` ON \`_articles_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_audiences_parent_idx\` ON \`_articles_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_audiences_value_idx\` ON \`_articles_v_version_audiences\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_channels_order_idx\` ON \`_articles_v_version_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_channels_parent_idx\` ON \`_articles_v_version_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_channels_value_idx\` ON \`_articles_v_version_channels\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v\` (
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
  await db.run(sql`CREATE TABLE \`_articles_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_articles_v_locales_locale_parent_id_unique\` ON \`_articles_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_texts_order_parent\` ON \`_articles_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_users_id_idx\` ON \`_articles_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`talking_points_supporting_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`talking_points\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`talking_points_supporting_points_order_idx\` ON \`talking_points_supporting_points\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`talking_points_supporting_points_parent_id_idx\` ON \`talking_points_supporting_points\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`talking_points_supporting_points_locales\` (
  	\`point\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`talking_points_supporting_points\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`talking_points_supporting_points_locales_locale_parent_id_un\` ON \`talking_points_supporting_points_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`talking_points_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	\`as_of\` text,
  	\`source_name\` text,
  	\`source_url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`talking_points\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`talking_points_figures_order_idx\` ON \`talking_points_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`talking_points_figures_parent_id_idx\` ON \`talking_points_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`talking_points_figures_locales\` (
  	\`label\` text,
  	\`unit_of_measure\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`talking_points_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`talking_points_figures_locales_locale_parent_id_unique\` ON \`talking_points_figures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`talking_points_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`talking_points\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`talking_points_audiences_order_idx\` ON \`talking_points_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`talking_points_audiences_parent_idx\` ON \`talking_points_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`talking_points_audiences_value_idx\` ON \`talking_points_audiences\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`talking_points_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`talking_points\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`talking_points_channels_order_idx\` ON \`talking_points_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`talking_points_channels_parent_idx\` ON \`talking_points_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`talking_points_channels_value_idx\` ON \`talking_points_channels\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`talking_points\` (
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
  await db.run(sql`CREATE TABLE \`talking_points_locales\` (
  	\`headline\` text,
  	\`key_message\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`talking_points\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`talking_points_locales_locale_parent_id_unique\` ON \`talking_points_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`talking_points_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`talking_points\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`talking_points_texts_order_parent\` ON \`talking_points_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`talking_points_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`talking_points\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`talking_points_rels_order_idx\` ON \`talking_points_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`talking_points_rels_parent_idx\` ON \`talking_points_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`talking_points_rels_path_idx\` ON \`talking_points_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`talking_points_rels_users_id_idx\` ON \`talking_points_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_talking_points_v_version_supporting_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_talking_points_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_talking_points_v_version_supporting_points_order_idx\` ON \`_talking_points_v_version_supporting_points\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_talking_points_v_version_supporting_points_parent_id_idx\` ON \`_talking_points_v_version_supporting_points\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_talking_points_v_version_supporting_points_locales\` (
  	\`point\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_talking_points_v_version_supporting_points\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_talking_points_v_version_supporting_points_locales_locale_p\` ON \`_talking_points_v_version_supporting_points_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_talking_points_v_version_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	\`as_of\` text,
  	\`source_name\` text,
  	\`source_url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_talking_points_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_talking_points_v_version_figures_order_idx\` ON \`_talking_points_v_version_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_talking_points_v_version_figures_parent_id_idx\` ON \`_talking_points_v_version_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_talking_points_v_version_figures_locales\` (
  	\`label\` text,
  	\`unit_of_measure\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_talking_points_v_version_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_talking_points_v_version_figures_locales_locale_parent_id_u\` ON \`_talking_points_v_version_figures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_talking_points_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_talking_points_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_talking_points_v_version_audiences_order_idx\` ON \`_talking_points_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_talking_points_v_version_audiences_parent_idx\` ON \`_talking_points_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_talking_points_v_version_audiences_value_idx\` ON \`_talking_points_v_version_audiences\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_talking_points_v_version_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_talking_points_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_talking_points_v_version_channels_order_idx\` ON \`_talking_points_v_version_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_talking_points_v_version_channels_parent_idx\` ON \`_talking_points_v_version_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_talking_points_v_version_channels_value_idx\` ON \`_talking_points_v_version_channels\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_talking_points_v\` (
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
  await db.run(sql`CREATE TABLE \`_talking_points_v_locales\` (
  	\`version_headline\` text,
  	\`version_key_message\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_talking_points_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_talking_points_v_locales_locale_parent_id_unique\` ON \`_talking_points_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_talking_points_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_talking_points_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_talking_points_v_texts_order_parent\` ON \`_talking_points_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_talking_points_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_talking_points_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_talking_points_v_rels_order_idx\` ON \`_talking_points_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_talking_points_v_rels_parent_idx\` ON \`_talking_points_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_talking_points_v_rels_path_idx\` ON \`_talking_points_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_talking_points_v_rels_users_id_idx\` ON \`_talking_points_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`briefs_evidence\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`source\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`briefs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`briefs_evidence_order_idx\` ON \`briefs_evidence\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`briefs_evidence_parent_id_idx\` ON \`briefs_evidence\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`briefs_evidence_locales\` (
  	\`statement\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`briefs_evidence\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`briefs_evidence_locales_locale_parent_id_unique\` ON \`briefs_evidence_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`briefs_legal_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`reference\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`briefs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`briefs_legal_references_order_idx\` ON \`briefs_legal_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`briefs_legal_references_parent_id_idx\` ON \`briefs_legal_references\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`briefs_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`briefs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`briefs_audiences_order_idx\` ON \`briefs_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`briefs_audiences_parent_idx\` ON \`briefs_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`briefs_audiences_value_idx\` ON \`briefs_audiences\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`briefs_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`briefs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`briefs_channels_order_idx\` ON \`briefs_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`briefs_channels_parent_idx\` ON \`briefs_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`briefs_channels_value_idx\` ON \`briefs_channels\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`briefs\` (
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
  await db.run(sql`CREATE TABLE \`briefs_locales\` (
  	\`title\` text,
  	\`claim\` text,
  	\`response\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`briefs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`briefs_locales_locale_parent_id_unique\` ON \`briefs_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`briefs_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`briefs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`briefs_texts_order_parent\` ON \`briefs_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`briefs_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`briefs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`briefs_rels_order_idx\` ON \`briefs_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`briefs_rels_parent_idx\` ON \`briefs_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`briefs_rels_path_idx\` ON \`briefs_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`briefs_rels_users_id_idx\` ON \`briefs_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_briefs_v_version_evidence\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`source\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_briefs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_briefs_v_version_evidence_order_idx\` ON \`_briefs_v_version_evidence\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_briefs_v_version_evidence_parent_id_idx\` ON \`_briefs_v_version_evidence\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_briefs_v_version_evidence_locales\` (
  	\`statement\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_briefs_v_version_evidence\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_briefs_v_version_evidence_locales_locale_parent_id_unique\` ON \`_briefs_v_version_evidence_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_briefs_v_version_legal_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reference\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_briefs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_briefs_v_version_legal_references_order_idx\` ON \`_briefs_v_version_legal_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_briefs_v_version_legal_references_parent_id_idx\` ON \`_briefs_v_version_legal_references\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_briefs_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_briefs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_briefs_v_version_audiences_order_idx\` ON \`_briefs_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_briefs_v_version_audiences_parent_idx\` ON \`_briefs_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_briefs_v_version_audiences_value_idx\` ON \`_briefs_v_version_audiences\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_briefs_v_version_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_briefs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_briefs_v_version_channels_order_idx\` ON \`_briefs_v_version_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_briefs_v_version_channels_parent_idx\` ON \`_briefs_v_version_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_briefs_v_version_channels_value_idx\` ON \`_briefs_v_version_channels\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_briefs_v\` (
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
  await db.run(sql`CREATE TABLE \`_briefs_v_locales\` (
  	\`version_title\` text,
  	\`version_claim\` text,
  	\`version_response\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_briefs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_briefs_v_locales_locale_parent_id_unique\` ON \`_briefs_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_briefs_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_briefs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_briefs_v_texts_order_parent\` ON \`_briefs_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_briefs_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_briefs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_briefs_v_rels_order_idx\` ON \`_briefs_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_briefs_v_rels_parent_idx\` ON \`_briefs_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_briefs_v_rels_path_idx\` ON \`_briefs_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_briefs_v_rels_users_id_idx\` ON \`_briefs_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`slogans_formats\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`slogans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`slogans_formats_order_idx\` ON \`slogans_formats\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`slogans_formats_parent_idx\` ON \`slogans_formats\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`slogans_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`slogans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`slogans_audiences_order_idx\` ON \`slogans_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`slogans_audiences_parent_idx\` ON \`slogans_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`slogans_audiences_value_idx\` ON \`slogans_audiences\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`slogans_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`slogans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`slogans_channels_order_idx\` ON \`slogans_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`slogans_channels_parent_idx\` ON \`slogans_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`slogans_channels_value_idx\` ON \`slogans_channels\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`slogans\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`display_from\` text,
  	\`display_until\` text,
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
  await db.run(sql`CREATE INDEX \`slogans_number_idx\` ON \`slogans\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`slogans_workflow_status_idx\` ON \`slogans\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`slogans_campaign_idx\` ON \`slogans\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`slogans_unit_idx\` ON \`slogans\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`slogans_priority_idx\` ON \`slogans\` (\`priority\`);`)
  await db.run(sql`CREATE INDEX \`slogans_publish_at_idx\` ON \`slogans\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`slogans_expire_at_idx\` ON \`slogans\` (\`expire_at\`);`)
  await db.run(sql`CREATE INDEX \`slogans_author_idx\` ON \`slogans\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`slogans_approved_by_idx\` ON \`slogans\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`slogans_withdrawn_at_idx\` ON \`slogans\` (\`withdrawn_at\`);`)
  await db.run(sql`CREATE INDEX \`slogans_updated_at_idx\` ON \`slogans\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`slogans_created_at_idx\` ON \`slogans\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`slogans__status_idx\` ON \`slogans\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`slogans_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`slogans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`slogans_locales_locale_parent_id_unique\` ON \`slogans_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`slogans_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`slogans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`slogans_texts_order_parent\` ON \`slogans_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`slogans_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`slogans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`slogans_rels_order_idx\` ON \`slogans_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`slogans_rels_parent_idx\` ON \`slogans_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`slogans_rels_path_idx\` ON \`slogans_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`slogans_rels_media_id_idx\` ON \`slogans_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`slogans_rels_users_id_idx\` ON \`slogans_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_slogans_v_version_formats\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_slogans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_slogans_v_version_formats_order_idx\` ON \`_slogans_v_version_formats\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_slogans_v_version_formats_parent_idx\` ON \`_slogans_v_version_formats\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_slogans_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_slogans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_slogans_v_version_audiences_order_idx\` ON \`_slogans_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_slogans_v_version_audiences_parent_idx\` ON \`_slogans_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_slogans_v_version_audiences_value_idx\` ON \`_slogans_v_version_audiences\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_slogans_v_version_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_slogans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_slogans_v_version_channels_order_idx\` ON \`_slogans_v_version_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_slogans_v_version_channels_parent_idx\` ON \`_slogans_v_version_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_slogans_v_version_channels_value_idx\` ON \`_slogans_v_version_channels\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_slogans_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_number\` numeric,
  	\`version_display_from\` text,
  	\`version_display_until\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`slogans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_slogans_v_parent_idx\` ON \`_slogans_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_slogans_v_version_version_number_idx\` ON \`_slogans_v\` (\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`_slogans_v_version_version_workflow_status_idx\` ON \`_slogans_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_slogans_v_version_version_campaign_idx\` ON \`_slogans_v\` (\`version_campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`_slogans_v_version_version_unit_idx\` ON \`_slogans_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_slogans_v_version_version_priority_idx\` ON \`_slogans_v\` (\`version_priority\`);`)
  await db.run(sql`CREATE INDEX \`_slogans_v_version_version_publish_at_idx\` ON \`_slogans_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_slogans_v_version_version_expire_at_idx\` ON \`_slogans_v\` (\`version_expire_at\`);`)
  await db.run(sql`CREATE INDEX \`_slogans_v_version_version_author_idx\` ON \`_slogans_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_slogans_v_version_version_approved_by_idx\` ON \`_slogans_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_slogans_v_version_version_withdrawn_at_idx\` ON \`_slogans_v\` (\`version_withdrawn_at\`);`)
  await db.run(sql`CREATE INDEX \`_slogans_v_version_version_updated_at_idx\` ON \`_slogans_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_slogans_v_version_version_created_at_idx\` ON \`_slogans_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_slogans_v_version_version__status_idx\` ON \`_slogans_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_slogans_v_created_at_idx\` ON \`_slogans_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_slogans_v_updated_at_idx\` ON \`_slogans_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_slogans_v_snapshot_idx\` ON \`_slogans_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_slogans_v_published_locale_idx\` ON \`_slogans_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_slogans_v_latest_idx\` ON \`_slogans_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_slogans_v_locales\` (
  	\`version_text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_slogans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_slogans_v_locales_locale_parent_id_unique\` ON \`_slogans_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_slogans_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_slogans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_slogans_v_texts_order_parent\` ON \`_slogans_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_slogans_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_slogans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_slogans_v_rels_order_idx\` ON \`_slogans_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_slogans_v_rels_parent_idx\` ON \`_slogans_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_slogans_v_rels_path_idx\` ON \`_slogans_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_slogans_v_rels_media_id_idx\` ON \`_slogans_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_slogans_v_rels_users_id_idx\` ON \`_slogans_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`bulletins_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`bulletins\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bulletins_audiences_order_idx\` ON \`bulletins_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_audiences_parent_idx\` ON \`bulletins_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_audiences_value_idx\` ON \`bulletins_audiences\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`bulletins_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`bulletins\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bulletins_channels_order_idx\` ON \`bulletins_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_channels_parent_idx\` ON \`bulletins_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_channels_value_idx\` ON \`bulletins_channels\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`bulletins\` (
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
  await db.run(sql`CREATE INDEX \`bulletins_airs_at_idx\` ON \`bulletins\` (\`airs_at\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_recording_idx\` ON \`bulletins\` (\`recording_id\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_audio_idx\` ON \`bulletins\` (\`audio_id\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_synthetic_audio_idx\` ON \`bulletins\` (\`synthetic_audio_id\`);`)
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
  await db.run(sql`CREATE TABLE \`bulletins_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`bulletins\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bulletins_texts_order_parent\` ON \`bulletins_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`bulletins_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`talking_points_id\` integer,
  	\`briefs_id\` integer,
  	\`slogans_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`bulletins\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`talking_points_id\`) REFERENCES \`talking_points\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`briefs_id\`) REFERENCES \`briefs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`slogans_id\`) REFERENCES \`slogans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bulletins_rels_order_idx\` ON \`bulletins_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_rels_parent_idx\` ON \`bulletins_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_rels_path_idx\` ON \`bulletins_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_rels_articles_id_idx\` ON \`bulletins_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_rels_talking_points_id_idx\` ON \`bulletins_rels\` (\`talking_points_id\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_rels_briefs_id_idx\` ON \`bulletins_rels\` (\`briefs_id\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_rels_slogans_id_idx\` ON \`bulletins_rels\` (\`slogans_id\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_rels_users_id_idx\` ON \`bulletins_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_bulletins_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_bulletins_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_audiences_order_idx\` ON \`_bulletins_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_audiences_parent_idx\` ON \`_bulletins_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_audiences_value_idx\` ON \`_bulletins_v_version_audiences\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_bulletins_v_version_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_bulletins_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_channels_order_idx\` ON \`_bulletins_v_version_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_channels_parent_idx\` ON \`_bulletins_v_version_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_channels_value_idx\` ON \`_bulletins_v_version_channels\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_bulletins_v\` (
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
  await db.run(sql`CREATE INDEX \`_bulletins_v_parent_idx\` ON \`_bulletins_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_version_airs_at_idx\` ON \`_bulletins_v\` (\`version_airs_at\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_version_recording_idx\` ON \`_bulletins_v\` (\`version_recording_id\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_version_audio_idx\` ON \`_bulletins_v\` (\`version_audio_id\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_version_synthetic_audio_idx\` ON \`_bulletins_v\` (\`version_synthetic_audio_id\`);`)
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
  await db.run(sql`CREATE TABLE \`_bulletins_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_bulletins_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_bulletins_v_texts_order_parent\` ON \`_bulletins_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_bulletins_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`talking_points_id\` integer,
  	\`briefs_id\` integer,
  	\`slogans_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_bulletins_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`talking_points_id\`) REFERENCES \`talking_points\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`briefs_id\`) REFERENCES \`briefs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`slogans_id\`) REFERENCES \`slogans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_bulletins_v_rels_order_idx\` ON \`_bulletins_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_rels_parent_idx\` ON \`_bulletins_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_rels_path_idx\` ON \`_bulletins_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_rels_articles_id_idx\` ON \`_bulletins_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_rels_talking_points_id_idx\` ON \`_bulletins_v_rels\` (\`talking_points_id\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_rels_briefs_id_idx\` ON \`_bulletins_v_rels\` (\`briefs_id\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_rels_slogans_id_idx\` ON \`_bulletins_v_rels\` (\`slogans_id\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_rels_users_id_idx\` ON \`_bulletins_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_assignments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`unit_id\` integer NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_assignments_order_idx\` ON \`campaigns_assignments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_assignments_parent_id_idx\` ON \`campaigns_assignments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_assignments_unit_idx\` ON \`campaigns_assignments\` (\`unit_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_assignments_locales\` (
  	\`duty\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns_assignments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_assignments_locales_locale_parent_id_unique\` ON \`campaigns_assignments_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`starts_at\` text NOT NULL,
  	\`ends_at\` text NOT NULL,
  	\`report_due_at\` text,
  	\`status\` text DEFAULT 'planned' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_slug_idx\` ON \`campaigns\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_updated_at_idx\` ON \`campaigns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_created_at_idx\` ON \`campaigns\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_locales\` (
  	\`title\` text NOT NULL,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_locales_locale_parent_id_unique\` ON \`campaigns_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`units\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`kind\` text DEFAULT 'department' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`units_code_idx\` ON \`units\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`units_updated_at_idx\` ON \`units\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`units_created_at_idx\` ON \`units\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`units_locales\` (
  	\`name\` text NOT NULL,
  	\`duties\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`units_locales_locale_parent_id_unique\` ON \`units_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
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
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`outlets_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`outlets_channels_order_idx\` ON \`outlets_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`outlets_channels_parent_idx\` ON \`outlets_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`outlets_content_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`outlets_content_types_order_idx\` ON \`outlets_content_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`outlets_content_types_parent_idx\` ON \`outlets_content_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`outlets_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`outlets_languages_order_idx\` ON \`outlets_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`outlets_languages_parent_idx\` ON \`outlets_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`outlets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`access_level\` text DEFAULT 'public' NOT NULL,
  	\`active\` integer DEFAULT true,
  	\`token_hash\` text,
  	\`token_issued_at\` text,
  	\`webhook_url\` text,
  	\`webhook_enabled\` integer DEFAULT true,
  	\`webhook_disabled_reason\` text,
  	\`webhook_secret\` text,
  	\`webhook_secret_set_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`outlets_token_hash_idx\` ON \`outlets\` (\`token_hash\`);`)
  await db.run(sql`CREATE INDEX \`outlets_updated_at_idx\` ON \`outlets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`outlets_created_at_idx\` ON \`outlets\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`outlets_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`campaigns_id\` integer,
  	\`units_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`outlets_rels_order_idx\` ON \`outlets_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`outlets_rels_parent_idx\` ON \`outlets_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`outlets_rels_path_idx\` ON \`outlets_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`outlets_rels_campaigns_id_idx\` ON \`outlets_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`outlets_rels_units_id_idx\` ON \`outlets_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`unit_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_unit_idx\` ON \`users\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`units_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_units_id_idx\` ON \`users_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE TABLE \`workflow_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`item_collection\` text NOT NULL,
  	\`item_id\` text NOT NULL,
  	\`version\` numeric,
  	\`action\` text NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`actor_id\` integer NOT NULL,
  	\`actor_name\` text,
  	\`note\` text,
  	\`at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`workflow_events_item_collection_idx\` ON \`workflow_events\` (\`item_collection\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_item_id_idx\` ON \`workflow_events\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_action_idx\` ON \`workflow_events\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_actor_idx\` ON \`workflow_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_at_idx\` ON \`workflow_events\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_updated_at_idx\` ON \`workflow_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_created_at_idx\` ON \`workflow_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`outlet_id\` integer NOT NULL,
  	\`event\` text NOT NULL,
  	\`item_collection\` text NOT NULL,
  	\`item_id\` text NOT NULL,
  	\`item_version\` numeric,
  	\`state\` text DEFAULT 'pending' NOT NULL,
  	\`attempts\` numeric DEFAULT 0 NOT NULL,
  	\`next_attempt_at\` text,
  	\`claimed_at\` text,
  	\`delivered_at\` text,
  	\`last_status\` numeric,
  	\`last_error\` text,
  	\`webhook_id\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`outlet_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`deliveries_outlet_idx\` ON \`deliveries\` (\`outlet_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_item_collection_idx\` ON \`deliveries\` (\`item_collection\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_item_id_idx\` ON \`deliveries\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_state_idx\` ON \`deliveries\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_next_attempt_at_idx\` ON \`deliveries\` (\`next_attempt_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`deliveries_webhook_id_idx\` ON \`deliveries\` (\`webhook_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_updated_at_idx\` ON \`deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_created_at_idx\` ON \`deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`feed_state\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`generation\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`proof_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`background\` text DEFAULT '#DA251D' NOT NULL,
  	\`text\` text DEFAULT '#FFFF00' NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`broadcast_settings_slots\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`time\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`broadcast_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`broadcast_settings_slots_order_idx\` ON \`broadcast_settings_slots\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_settings_slots_parent_id_idx\` ON \`broadcast_settings_slots\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`broadcast_settings_abbreviations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`abbreviation\` text NOT NULL,
  	\`expansion\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`broadcast_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`broadcast_settings_abbreviations_order_idx\` ON \`broadcast_settings_abbreviations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_settings_abbreviations_parent_id_idx\` ON \`broadcast_settings_abbreviations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`broadcast_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`max_seconds\` numeric DEFAULT 900 NOT NULL,
  	\`syllables_per_minute\` numeric DEFAULT 233 NOT NULL,
  	\`voice\` text DEFAULT 'vi' NOT NULL,
  	\`unit_id\` integer,
  	\`assemble_minutes_before\` numeric DEFAULT 120 NOT NULL,
  	\`intro\` text,
  	\`outro\` text,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`broadcast_settings_unit_idx\` ON \`broadcast_settings\` (\`unit_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_audiences\`;`)
  await db.run(sql`DROP TABLE \`articles_channels\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles_locales\`;`)
  await db.run(sql`DROP TABLE \`articles_texts\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_channels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`talking_points_supporting_points\`;`)
  await db.run(sql`DROP TABLE \`talking_points_supporting_points_locales\`;`)
  await db.run(sql`DROP TABLE \`talking_points_figures\`;`)
  await db.run(sql`DROP TABLE \`talking_points_figures_locales\`;`)
  await db.run(sql`DROP TABLE \`talking_points_audiences\`;`)
  await db.run(sql`DROP TABLE \`talking_points_channels\`;`)
  await db.run(sql`DROP TABLE \`talking_points\`;`)
  await db.run(sql`DROP TABLE \`talking_points_locales\`;`)
  await db.run(sql`DROP TABLE \`talking_points_texts\`;`)
  await db.run(sql`DROP TABLE \`talking_points_rels\`;`)
  await db.run(sql`DROP TABLE \`_talking_points_v_version_supporting_points\`;`)
  await db.run(sql`DROP TABLE \`_talking_points_v_version_supporting_points_locales\`;`)
  await db.run(sql`DROP TABLE \`_talking_points_v_version_figures\`;`)
  await db.run(sql`DROP TABLE \`_talking_points_v_version_figures_locales\`;`)
  await db.run(sql`DROP TABLE \`_talking_points_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_talking_points_v_version_channels\`;`)
  await db.run(sql`DROP TABLE \`_talking_points_v\`;`)
  await db.run(sql`DROP TABLE \`_talking_points_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_talking_points_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_talking_points_v_rels\`;`)
  await db.run(sql`DROP TABLE \`briefs_evidence\`;`)
  await db.run(sql`DROP TABLE \`briefs_evidence_locales\`;`)
  await db.run(sql`DROP TABLE \`briefs_legal_references\`;`)
  await db.run(sql`DROP TABLE \`briefs_audiences\`;`)
  await db.run(sql`DROP TABLE \`briefs_channels\`;`)
  await db.run(sql`DROP TABLE \`briefs\`;`)
  await db.run(sql`DROP TABLE \`briefs_locales\`;`)
  await db.run(sql`DROP TABLE \`briefs_texts\`;`)
  await db.run(sql`DROP TABLE \`briefs_rels\`;`)
  await db.run(sql`DROP TABLE \`_briefs_v_version_evidence\`;`)
  await db.run(sql`DROP TABLE \`_briefs_v_version_evidence_locales\`;`)
  await db.run(sql`DROP TABLE \`_briefs_v_version_legal_references\`;`)
  await db.run(sql`DROP TABLE \`_briefs_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_briefs_v_version_channels\`;`)
  await db.run(sql`DROP TABLE \`_briefs_v\`;`)
  await db.run(sql`DROP TABLE \`_briefs_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_briefs_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_briefs_v_rels\`;`)
  await db.run(sql`DROP TABLE \`slogans_formats\`;`)
  await db.run(sql`DROP TABLE \`slogans_audiences\`;`)
  await db.run(sql`DROP TABLE \`slogans_channels\`;`)
  await db.run(sql`DROP TABLE \`slogans\`;`)
  await db.run(sql`DROP TABLE \`slogans_locales\`;`)
  await db.run(sql`DROP TABLE \`slogans_texts\`;`)
  await db.run(sql`DROP TABLE \`slogans_rels\`;`)
  await db.run(sql`DROP TABLE \`_slogans_v_version_formats\`;`)
  await db.run(sql`DROP TABLE \`_slogans_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_slogans_v_version_channels\`;`)
  await db.run(sql`DROP TABLE \`_slogans_v\`;`)
  await db.run(sql`DROP TABLE \`_slogans_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_slogans_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_slogans_v_rels\`;`)
  await db.run(sql`DROP TABLE \`bulletins_audiences\`;`)
  await db.run(sql`DROP TABLE \`bulletins_channels\`;`)
  await db.run(sql`DROP TABLE \`bulletins\`;`)
  await db.run(sql`DROP TABLE \`bulletins_texts\`;`)
  await db.run(sql`DROP TABLE \`bulletins_rels\`;`)
  await db.run(sql`DROP TABLE \`_bulletins_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_bulletins_v_version_channels\`;`)
  await db.run(sql`DROP TABLE \`_bulletins_v\`;`)
  await db.run(sql`DROP TABLE \`_bulletins_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_bulletins_v_rels\`;`)
  await db.run(sql`DROP TABLE \`campaigns_assignments\`;`)
  await db.run(sql`DROP TABLE \`campaigns_assignments_locales\`;`)
  await db.run(sql`DROP TABLE \`campaigns\`;`)
  await db.run(sql`DROP TABLE \`campaigns_locales\`;`)
  await db.run(sql`DROP TABLE \`units\`;`)
  await db.run(sql`DROP TABLE \`units_locales\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`outlets_channels\`;`)
  await db.run(sql`DROP TABLE \`outlets_content_types\`;`)
  await db.run(sql`DROP TABLE \`outlets_languages\`;`)
  await db.run(sql`DROP TABLE \`outlets\`;`)
  await db.run(sql`DROP TABLE \`outlets_rels\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`workflow_events\`;`)
  await db.run(sql`DROP TABLE \`deliveries\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`feed_state\`;`)
  await db.run(sql`DROP TABLE \`proof_settings\`;`)
  await db.run(sql`DROP TABLE \`broadcast_settings_slots\`;`)
  await db.run(sql`DROP TABLE \`broadcast_settings_abbreviations\`;`)
  await db.run(sql`DROP TABLE \`broadcast_settings\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
}
