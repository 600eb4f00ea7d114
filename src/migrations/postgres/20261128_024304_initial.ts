import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_articles_audiences" AS ENUM('public', 'cadres', 'press', 'foreign');
  CREATE TYPE "public"."enum_articles_channels" AS ENUM('newspaper', 'television', 'radio', 'loudspeaker', 'web');
  CREATE TYPE "public"."enum_articles_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_articles_priority" AS ENUM('normal', 'priority', 'emergency');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_audiences" AS ENUM('public', 'cadres', 'press', 'foreign');
  CREATE TYPE "public"."enum__articles_v_version_channels" AS ENUM('newspaper', 'television', 'radio', 'loudspeaker', 'web');
  CREATE TYPE "public"."enum__articles_v_version_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__articles_v_version_priority" AS ENUM('normal', 'priority', 'emergency');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_talking_points_audiences" AS ENUM('public', 'cadres', 'press', 'foreign');
  CREATE TYPE "public"."enum_talking_points_channels" AS ENUM('newspaper', 'television', 'radio', 'loudspeaker', 'web');
  CREATE TYPE "public"."enum_talking_points_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_talking_points_priority" AS ENUM('normal', 'priority', 'emergency');
  CREATE TYPE "public"."enum_talking_points_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__talking_points_v_version_audiences" AS ENUM('public', 'cadres', 'press', 'foreign');
  CREATE TYPE "public"."enum__talking_points_v_version_channels" AS ENUM('newspaper', 'television', 'radio', 'loudspeaker', 'web');
  CREATE TYPE "public"."enum__talking_points_v_version_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__talking_points_v_version_priority" AS ENUM('normal', 'priority', 'emergency');
  CREATE TYPE "public"."enum__talking_points_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__talking_points_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_briefs_audiences" AS ENUM('public', 'cadres', 'press', 'foreign');
  CREATE TYPE "public"."enum_briefs_channels" AS ENUM('newspaper', 'television', 'radio', 'loudspeaker', 'web');
  CREATE TYPE "public"."enum_briefs_distribution" AS ENUM('internal', 'press', 'public');
  CREATE TYPE "public"."enum_briefs_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_briefs_priority" AS ENUM('normal', 'priority', 'emergency');
  CREATE TYPE "public"."enum_briefs_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__briefs_v_version_audiences" AS ENUM('public', 'cadres', 'press', 'foreign');
  CREATE TYPE "public"."enum__briefs_v_version_channels" AS ENUM('newspaper', 'television', 'radio', 'loudspeaker', 'web');
  CREATE TYPE "public"."enum__briefs_v_version_distribution" AS ENUM('internal', 'press', 'public');
  CREATE TYPE "public"."enum__briefs_v_version_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__briefs_v_version_priority" AS ENUM('normal', 'priority', 'emergency');
  CREATE TYPE "public"."enum__briefs_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__briefs_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_slogans_formats" AS ENUM('pano', 'poster', 'banner', 'leaflet');
  CREATE TYPE "public"."enum_slogans_audiences" AS ENUM('public', 'cadres', 'press', 'foreign');
  CREATE TYPE "public"."enum_slogans_channels" AS ENUM('newspaper', 'television', 'radio', 'loudspeaker', 'web');
  CREATE TYPE "public"."enum_slogans_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_slogans_priority" AS ENUM('normal', 'priority', 'emergency');
  CREATE TYPE "public"."enum_slogans_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__slogans_v_version_formats" AS ENUM('pano', 'poster', 'banner', 'leaflet');
  CREATE TYPE "public"."enum__slogans_v_version_audiences" AS ENUM('public', 'cadres', 'press', 'foreign');
  CREATE TYPE "public"."enum__slogans_v_version_channels" AS ENUM('newspaper', 'television', 'radio', 'loudspeaker', 'web');
  CREATE TYPE "public"."enum__slogans_v_version_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__slogans_v_version_priority" AS ENUM('normal', 'priority', 'emergency');
  CREATE TYPE "public"."enum__slogans_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__slogans_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_bulletins_audiences" AS ENUM('public', 'cadres', 'press', 'foreign');
  CREATE TYPE "public"."enum_bulletins_channels" AS ENUM('newspaper', 'television', 'radio', 'loudspeaker', 'web');
  CREATE TYPE "public"."enum_bulletins_audio_source" AS ENUM('synthetic', 'recording');
  CREATE TYPE "public"."enum_bulletins_audio_status" AS ENUM('none', 'queued', 'generating', 'ready', 'stale', 'failed');
  CREATE TYPE "public"."enum_bulletins_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_bulletins_priority" AS ENUM('normal', 'priority', 'emergency');
  CREATE TYPE "public"."enum_bulletins_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__bulletins_v_version_audiences" AS ENUM('public', 'cadres', 'press', 'foreign');
  CREATE TYPE "public"."enum__bulletins_v_version_channels" AS ENUM('newspaper', 'television', 'radio', 'loudspeaker', 'web');
  CREATE TYPE "public"."enum__bulletins_v_version_audio_source" AS ENUM('synthetic', 'recording');
  CREATE TYPE "public"."enum__bulletins_v_version_audio_status" AS ENUM('none', 'queued', 'generating', 'ready', 'stale', 'failed');
  CREATE TYPE "public"."enum__bulletins_v_version_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__bulletins_v_version_priority" AS ENUM('normal', 'priority', 'emergency');
  CREATE TYPE "public"."enum__bulletins_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__bulletins_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_campaigns_status" AS ENUM('planned', 'active', 'closed');
  CREATE TYPE "public"."enum_units_kind" AS ENUM('department', 'district', 'press', 'broadcaster', 'committee');
  CREATE TYPE "public"."enum_media_kind" AS ENUM('photo', 'poster', 'banner', 'panel', 'leaflet', 'audio', 'video', 'document');
  CREATE TYPE "public"."enum_outlets_channels" AS ENUM('newspaper', 'television', 'radio', 'loudspeaker', 'web');
  CREATE TYPE "public"."enum_outlets_content_types" AS ENUM('articles', 'talking-points', 'briefs', 'slogans');
  CREATE TYPE "public"."enum_outlets_languages" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_outlets_kind" AS ENUM('newspaper', 'television', 'radio', 'loudspeaker-network', 'web', 'agency');
  CREATE TYPE "public"."enum_outlets_access_level" AS ENUM('public', 'press', 'internal');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'reviewer');
  CREATE TYPE "public"."enum_workflow_events_item_collection" AS ENUM('articles', 'talking-points', 'briefs', 'slogans', 'bulletins');
  CREATE TYPE "public"."enum_workflow_events_action" AS ENUM('submit', 'approve', 'request-changes', 'withdraw', 'reopen', 'publish');
  CREATE TYPE "public"."enum_workflow_events_from" AS ENUM('draft', 'in_review', 'changes_requested', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_workflow_events_to" AS ENUM('draft', 'in_review', 'changes_requested', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_deliveries_event" AS ENUM('item.published', 'item.corrected', 'item.withdrawn', 'item.expired');
  CREATE TYPE "public"."enum_deliveries_item_collection" AS ENUM('articles', 'talking-points', 'briefs', 'slogans');
  CREATE TYPE "public"."enum_deliveries_state" AS ENUM('pending', 'in_progress', 'retrying', 'success', 'failed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishScheduled', 'deliverWebhooks', 'assembleBulletin', 'generateBulletinAudio');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishScheduled', 'deliverWebhooks', 'assembleBulletin', 'generateBulletinAudio');
  CREATE TYPE "public"."enum_broadcast_settings_voice" AS ENUM('vi', 'vi-vn-x-central');
  CREATE TABLE "articles_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_articles_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "articles_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_articles_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"hero_image_id" integer,
  	"workflow_status" "enum_articles_workflow_status" DEFAULT 'draft',
  	"campaign_id" integer,
  	"unit_id" integer,
  	"priority" "enum_articles_priority" DEFAULT 'normal',
  	"publish_at" timestamp(3) with time zone,
  	"expire_at" timestamp(3) with time zone,
  	"author_id" integer,
  	"version" numeric DEFAULT 0,
  	"review_note" varchar,
  	"approved_by_id" integer,
  	"approved_at" timestamp(3) with time zone,
  	"withdrawn_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "articles_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "_articles_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__articles_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_articles_v_version_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__articles_v_version_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_hero_image_id" integer,
  	"version_workflow_status" "enum__articles_v_version_workflow_status" DEFAULT 'draft',
  	"version_campaign_id" integer,
  	"version_unit_id" integer,
  	"version_priority" "enum__articles_v_version_priority" DEFAULT 'normal',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_expire_at" timestamp(3) with time zone,
  	"version_author_id" integer,
  	"version_version" numeric DEFAULT 0,
  	"version_review_note" varchar,
  	"version_approved_by_id" integer,
  	"version_approved_at" timestamp(3) with time zone,
  	"version_withdrawn_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__articles_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_articles_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_articles_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "talking_points_supporting_points" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "talking_points_supporting_points_locales" (
  	"point" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "talking_points_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"as_of" timestamp(3) with time zone,
  	"source_name" varchar,
  	"source_url" varchar
  );
  
  CREATE TABLE "talking_points_figures_locales" (
  	"label" varchar,
  	"unit_of_measure" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "talking_points_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_talking_points_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "talking_points_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_talking_points_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "talking_points" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"workflow_status" "enum_talking_points_workflow_status" DEFAULT 'draft',
  	"campaign_id" integer,
  	"unit_id" integer,
  	"priority" "enum_talking_points_priority" DEFAULT 'normal',
  	"publish_at" timestamp(3) with time zone,
  	"expire_at" timestamp(3) with time zone,
  	"author_id" integer,
  	"version" numeric DEFAULT 0,
  	"review_note" varchar,
  	"approved_by_id" integer,
  	"approved_at" timestamp(3) with time zone,
  	"withdrawn_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_talking_points_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "talking_points_locales" (
  	"headline" varchar,
  	"key_message" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "talking_points_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "talking_points_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "_talking_points_v_version_supporting_points" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_talking_points_v_version_supporting_points_locales" (
  	"point" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_talking_points_v_version_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"as_of" timestamp(3) with time zone,
  	"source_name" varchar,
  	"source_url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_talking_points_v_version_figures_locales" (
  	"label" varchar,
  	"unit_of_measure" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_talking_points_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__talking_points_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_talking_points_v_version_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__talking_points_v_version_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_talking_points_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_workflow_status" "enum__talking_points_v_version_workflow_status" DEFAULT 'draft',
  	"version_campaign_id" integer,
  	"version_unit_id" integer,
  	"version_priority" "enum__talking_points_v_version_priority" DEFAULT 'normal',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_expire_at" timestamp(3) with time zone,
  	"version_author_id" integer,
  	"version_version" numeric DEFAULT 0,
  	"version_review_note" varchar,
  	"version_approved_by_id" integer,
  	"version_approved_at" timestamp(3) with time zone,
  	"version_withdrawn_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__talking_points_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__talking_points_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_talking_points_v_locales" (
  	"version_headline" varchar,
  	"version_key_message" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_talking_points_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_talking_points_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "briefs_evidence" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"source" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "briefs_evidence_locales" (
  	"statement" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "briefs_legal_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"reference" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "briefs_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_briefs_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "briefs_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_briefs_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "briefs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"claim_source_outlet" varchar,
  	"claim_source_url" varchar,
  	"claim_source_date" timestamp(3) with time zone,
  	"distribution" "enum_briefs_distribution" DEFAULT 'internal',
  	"workflow_status" "enum_briefs_workflow_status" DEFAULT 'draft',
  	"campaign_id" integer,
  	"unit_id" integer,
  	"priority" "enum_briefs_priority" DEFAULT 'normal',
  	"publish_at" timestamp(3) with time zone,
  	"expire_at" timestamp(3) with time zone,
  	"author_id" integer,
  	"version" numeric DEFAULT 0,
  	"review_note" varchar,
  	"approved_by_id" integer,
  	"approved_at" timestamp(3) with time zone,
  	"withdrawn_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_briefs_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "briefs_locales" (
  	"title" varchar,
  	"claim" varchar,
  	"response" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "briefs_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "briefs_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "_briefs_v_version_evidence" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"source" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_briefs_v_version_evidence_locales" (
  	"statement" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_briefs_v_version_legal_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_briefs_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__briefs_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_briefs_v_version_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__briefs_v_version_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_briefs_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_claim_source_outlet" varchar,
  	"version_claim_source_url" varchar,
  	"version_claim_source_date" timestamp(3) with time zone,
  	"version_distribution" "enum__briefs_v_version_distribution" DEFAULT 'internal',
  	"version_workflow_status" "enum__briefs_v_version_workflow_status" DEFAULT 'draft',
  	"version_campaign_id" integer,
  	"version_unit_id" integer,
  	"version_priority" "enum__briefs_v_version_priority" DEFAULT 'normal',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_expire_at" timestamp(3) with time zone,
  	"version_author_id" integer,
  	"version_version" numeric DEFAULT 0,
  	"version_review_note" varchar,
  	"version_approved_by_id" integer,
  	"version_approved_at" timestamp(3) with time zone,
  	"version_withdrawn_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__briefs_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__briefs_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_briefs_v_locales" (
  	"version_title" varchar,
  	"version_claim" varchar,
  	"version_response" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_briefs_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_briefs_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "slogans_formats" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_slogans_formats",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "slogans_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_slogans_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "slogans_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_slogans_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "slogans" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"display_from" timestamp(3) with time zone,
  	"display_until" timestamp(3) with time zone,
  	"workflow_status" "enum_slogans_workflow_status" DEFAULT 'draft',
  	"campaign_id" integer,
  	"unit_id" integer,
  	"priority" "enum_slogans_priority" DEFAULT 'normal',
  	"publish_at" timestamp(3) with time zone,
  	"expire_at" timestamp(3) with time zone,
  	"author_id" integer,
  	"version" numeric DEFAULT 0,
  	"review_note" varchar,
  	"approved_by_id" integer,
  	"approved_at" timestamp(3) with time zone,
  	"withdrawn_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_slogans_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "slogans_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "slogans_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "slogans_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "_slogans_v_version_formats" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__slogans_v_version_formats",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_slogans_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__slogans_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_slogans_v_version_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__slogans_v_version_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_slogans_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_number" numeric,
  	"version_display_from" timestamp(3) with time zone,
  	"version_display_until" timestamp(3) with time zone,
  	"version_workflow_status" "enum__slogans_v_version_workflow_status" DEFAULT 'draft',
  	"version_campaign_id" integer,
  	"version_unit_id" integer,
  	"version_priority" "enum__slogans_v_version_priority" DEFAULT 'normal',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_expire_at" timestamp(3) with time zone,
  	"version_author_id" integer,
  	"version_version" numeric DEFAULT 0,
  	"version_review_note" varchar,
  	"version_approved_by_id" integer,
  	"version_approved_at" timestamp(3) with time zone,
  	"version_withdrawn_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__slogans_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__slogans_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_slogans_v_locales" (
  	"version_text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_slogans_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_slogans_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "bulletins_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_bulletins_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "bulletins_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_bulletins_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "bulletins" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"date" timestamp(3) with time zone,
  	"slot" varchar,
  	"airs_at" timestamp(3) with time zone,
  	"intro" varchar,
  	"outro" varchar,
  	"script" varchar,
  	"read_aloud_seconds" numeric,
  	"recording_id" integer,
  	"audio_id" integer,
  	"audio_source" "enum_bulletins_audio_source",
  	"audio_seconds" numeric,
  	"audio_bytes" numeric,
  	"synthetic_audio_id" integer,
  	"audio_script" varchar,
  	"audio_status" "enum_bulletins_audio_status" DEFAULT 'none',
  	"audio_progress" numeric DEFAULT 0,
  	"audio_error" varchar,
  	"assembled_at" timestamp(3) with time zone,
  	"workflow_status" "enum_bulletins_workflow_status" DEFAULT 'draft',
  	"campaign_id" integer,
  	"unit_id" integer,
  	"priority" "enum_bulletins_priority" DEFAULT 'normal',
  	"publish_at" timestamp(3) with time zone,
  	"expire_at" timestamp(3) with time zone,
  	"author_id" integer,
  	"version" numeric DEFAULT 0,
  	"review_note" varchar,
  	"approved_by_id" integer,
  	"approved_at" timestamp(3) with time zone,
  	"withdrawn_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_bulletins_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "bulletins_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "bulletins_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"talking_points_id" integer,
  	"briefs_id" integer,
  	"slogans_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "_bulletins_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__bulletins_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_bulletins_v_version_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__bulletins_v_version_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_bulletins_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_date" timestamp(3) with time zone,
  	"version_slot" varchar,
  	"version_airs_at" timestamp(3) with time zone,
  	"version_intro" varchar,
  	"version_outro" varchar,
  	"version_script" varchar,
  	"version_read_aloud_seconds" numeric,
  	"version_recording_id" integer,
  	"version_audio_id" integer,
  	"version_audio_source" "enum__bulletins_v_version_audio_source",
  	"version_audio_seconds" numeric,
  	"version_audio_bytes" numeric,
  	"version_synthetic_audio_id" integer,
  	"version_audio_script" varchar,
  	"version_audio_status" "enum__bulletins_v_version_audio_status" DEFAULT 'none',
  	"version_audio_progress" numeric DEFAULT 0,
  	"version_audio_error" varchar,
  	"version_assembled_at" timestamp(3) with time zone,
  	"version_workflow_status" "enum__bulletins_v_version_workflow_status" DEFAULT 'draft',
  	"version_campaign_id" integer,
  	"version_unit_id" integer,
  	"version_priority" "enum__bulletins_v_version_priority" DEFAULT 'normal',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_expire_at" timestamp(3) with time zone,
  	"version_author_id" integer,
  	"version_version" numeric DEFAULT 0,
  	"version_review_note" varchar,
  	"version_approved_by_id" integer,
  	"version_approved_at" timestamp(3) with time zone,
  	"version_withdrawn_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__bulletins_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__bulletins_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_bulletins_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_bulletins_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"talking_points_id" integer,
  	"briefs_id" integer,
  	"slogans_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "campaigns_assignments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"unit_id" integer NOT NULL
  );
  
  CREATE TABLE "campaigns_assignments_locales" (
  	"duty" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "campaigns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone NOT NULL,
  	"report_due_at" timestamp(3) with time zone,
  	"status" "enum_campaigns_status" DEFAULT 'planned' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "campaigns_locales" (
  	"title" varchar NOT NULL,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "units" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"kind" "enum_units_kind" DEFAULT 'department' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "units_locales" (
  	"name" varchar NOT NULL,
  	"duties" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"credit" varchar,
  	"kind" "enum_media_kind" DEFAULT 'photo' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "outlets_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_outlets_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "outlets_content_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_outlets_content_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "outlets_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_outlets_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "outlets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_outlets_kind" NOT NULL,
  	"access_level" "enum_outlets_access_level" DEFAULT 'public' NOT NULL,
  	"active" boolean DEFAULT true,
  	"token_hash" varchar,
  	"token_issued_at" timestamp(3) with time zone,
  	"webhook_url" varchar,
  	"webhook_enabled" boolean DEFAULT true,
  	"webhook_disabled_reason" varchar,
  	"webhook_secret" varchar,
  	"webhook_secret_set_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "outlets_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"campaigns_id" integer,
  	"units_id" integer
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"unit_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"units_id" integer
  );
  
  CREATE TABLE "workflow_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"item_collection" "enum_workflow_events_item_collection" NOT NULL,
  	"item_id" varchar NOT NULL,
  	"version" numeric,
  	"action" "enum_workflow_events_action" NOT NULL,
  	"from" "enum_workflow_events_from" NOT NULL,
  	"to" "enum_workflow_events_to" NOT NULL,
  	"actor_id" integer NOT NULL,
  	"actor_name" varchar,
  	"note" varchar,
  	"at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"outlet_id" integer NOT NULL,
  	"event" "enum_deliveries_event" NOT NULL,
  	"item_collection" "enum_deliveries_item_collection" NOT NULL,
  	"item_id" varchar NOT NULL,
  	"item_version" numeric,
  	"state" "enum_deliveries_state" DEFAULT 'pending' NOT NULL,
  	"attempts" numeric DEFAULT 0 NOT NULL,
  	"next_attempt_at" timestamp(3) with time zone,
  	"claimed_at" timestamp(3) with time zone,
  	"delivered_at" timestamp(3) with time zone,
  	"last_status" numeric,
  	"last_error" varchar,
  	"webhook_id" varchar NOT NULL,
  	"body" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"talking_points_id" integer,
  	"briefs_id" integer,
  	"slogans_id" integer,
  	"bulletins_id" integer,
  	"campaigns_id" integer,
  	"units_id" integer,
  	"media_id" integer,
  	"outlets_id" integer,
  	"users_id" integer,
  	"workflow_events_id" integer,
  	"deliveries_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "feed_state" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"generation" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "proof_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"background" varchar DEFAULT '#DA251D' NOT NULL,
  	"text" varchar DEFAULT '#FFFF00' NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "broadcast_settings_slots" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"time" varchar NOT NULL
  );
  
  CREATE TABLE "broadcast_settings_abbreviations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"abbreviation" varchar NOT NULL,
  	"expansion" varchar NOT NULL
  );
  
  CREATE TABLE "broadcast_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"max_seconds" numeric DEFAULT 900 NOT NULL,
  	"syllables_per_minute" numeric DEFAULT 233 NOT NULL,
  	"voice" "enum_broadcast_settings_voice" DEFAULT 'vi' NOT NULL,
  	"unit_id" integer,
  	"assemble_minutes_before" numeric DEFAULT 120 NOT NULL,
  	"intro" varchar,
  	"outro" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "articles_audiences" ADD CONSTRAINT "articles_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_channels" ADD CONSTRAINT "articles_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_locales" ADD CONSTRAINT "articles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_texts" ADD CONSTRAINT "articles_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_audiences" ADD CONSTRAINT "_articles_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_channels" ADD CONSTRAINT "_articles_v_version_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_campaign_id_campaigns_id_fk" FOREIGN KEY ("version_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_approved_by_id_users_id_fk" FOREIGN KEY ("version_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_locales" ADD CONSTRAINT "_articles_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_texts" ADD CONSTRAINT "_articles_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "talking_points_supporting_points" ADD CONSTRAINT "talking_points_supporting_points_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."talking_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "talking_points_supporting_points_locales" ADD CONSTRAINT "talking_points_supporting_points_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."talking_points_supporting_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "talking_points_figures" ADD CONSTRAINT "talking_points_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."talking_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "talking_points_figures_locales" ADD CONSTRAINT "talking_points_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."talking_points_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "talking_points_audiences" ADD CONSTRAINT "talking_points_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."talking_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "talking_points_channels" ADD CONSTRAINT "talking_points_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."talking_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "talking_points" ADD CONSTRAINT "talking_points_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "talking_points" ADD CONSTRAINT "talking_points_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "talking_points" ADD CONSTRAINT "talking_points_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "talking_points" ADD CONSTRAINT "talking_points_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "talking_points_locales" ADD CONSTRAINT "talking_points_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."talking_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "talking_points_texts" ADD CONSTRAINT "talking_points_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."talking_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "talking_points_rels" ADD CONSTRAINT "talking_points_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."talking_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "talking_points_rels" ADD CONSTRAINT "talking_points_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_talking_points_v_version_supporting_points" ADD CONSTRAINT "_talking_points_v_version_supporting_points_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_talking_points_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_talking_points_v_version_supporting_points_locales" ADD CONSTRAINT "_talking_points_v_version_supporting_points_locales_paren_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_talking_points_v_version_supporting_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_talking_points_v_version_figures" ADD CONSTRAINT "_talking_points_v_version_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_talking_points_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_talking_points_v_version_figures_locales" ADD CONSTRAINT "_talking_points_v_version_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_talking_points_v_version_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_talking_points_v_version_audiences" ADD CONSTRAINT "_talking_points_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_talking_points_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_talking_points_v_version_channels" ADD CONSTRAINT "_talking_points_v_version_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_talking_points_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_talking_points_v" ADD CONSTRAINT "_talking_points_v_parent_id_talking_points_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."talking_points"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_talking_points_v" ADD CONSTRAINT "_talking_points_v_version_campaign_id_campaigns_id_fk" FOREIGN KEY ("version_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_talking_points_v" ADD CONSTRAINT "_talking_points_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_talking_points_v" ADD CONSTRAINT "_talking_points_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_talking_points_v" ADD CONSTRAINT "_talking_points_v_version_approved_by_id_users_id_fk" FOREIGN KEY ("version_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_talking_points_v_locales" ADD CONSTRAINT "_talking_points_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_talking_points_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_talking_points_v_texts" ADD CONSTRAINT "_talking_points_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_talking_points_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_talking_points_v_rels" ADD CONSTRAINT "_talking_points_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_talking_points_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_talking_points_v_rels" ADD CONSTRAINT "_talking_points_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefs_evidence" ADD CONSTRAINT "briefs_evidence_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."briefs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefs_evidence_locales" ADD CONSTRAINT "briefs_evidence_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."briefs_evidence"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefs_legal_references" ADD CONSTRAINT "briefs_legal_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."briefs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefs_audiences" ADD CONSTRAINT "briefs_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."briefs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefs_channels" ADD CONSTRAINT "briefs_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."briefs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefs" ADD CONSTRAINT "briefs_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "briefs" ADD CONSTRAINT "briefs_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "briefs" ADD CONSTRAINT "briefs_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "briefs" ADD CONSTRAINT "briefs_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "briefs_locales" ADD CONSTRAINT "briefs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."briefs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefs_texts" ADD CONSTRAINT "briefs_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."briefs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefs_rels" ADD CONSTRAINT "briefs_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."briefs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefs_rels" ADD CONSTRAINT "briefs_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefs_v_version_evidence" ADD CONSTRAINT "_briefs_v_version_evidence_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_briefs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefs_v_version_evidence_locales" ADD CONSTRAINT "_briefs_v_version_evidence_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_briefs_v_version_evidence"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefs_v_version_legal_references" ADD CONSTRAINT "_briefs_v_version_legal_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_briefs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefs_v_version_audiences" ADD CONSTRAINT "_briefs_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_briefs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefs_v_version_channels" ADD CONSTRAINT "_briefs_v_version_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_briefs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefs_v" ADD CONSTRAINT "_briefs_v_parent_id_briefs_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."briefs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_briefs_v" ADD CONSTRAINT "_briefs_v_version_campaign_id_campaigns_id_fk" FOREIGN KEY ("version_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_briefs_v" ADD CONSTRAINT "_briefs_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_briefs_v" ADD CONSTRAINT "_briefs_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_briefs_v" ADD CONSTRAINT "_briefs_v_version_approved_by_id_users_id_fk" FOREIGN KEY ("version_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_briefs_v_locales" ADD CONSTRAINT "_briefs_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_briefs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefs_v_texts" ADD CONSTRAINT "_briefs_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_briefs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefs_v_rels" ADD CONSTRAINT "_briefs_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_briefs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_briefs_v_rels" ADD CONSTRAINT "_briefs_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "slogans_formats" ADD CONSTRAINT "slogans_formats_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."slogans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "slogans_audiences" ADD CONSTRAINT "slogans_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."slogans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "slogans_channels" ADD CONSTRAINT "slogans_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."slogans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "slogans" ADD CONSTRAINT "slogans_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "slogans" ADD CONSTRAINT "slogans_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "slogans" ADD CONSTRAINT "slogans_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "slogans" ADD CONSTRAINT "slogans_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "slogans_locales" ADD CONSTRAINT "slogans_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."slogans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "slogans_texts" ADD CONSTRAINT "slogans_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."slogans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "slogans_rels" ADD CONSTRAINT "slogans_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."slogans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "slogans_rels" ADD CONSTRAINT "slogans_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "slogans_rels" ADD CONSTRAINT "slogans_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_slogans_v_version_formats" ADD CONSTRAINT "_slogans_v_version_formats_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_slogans_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_slogans_v_version_audiences" ADD CONSTRAINT "_slogans_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_slogans_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_slogans_v_version_channels" ADD CONSTRAINT "_slogans_v_version_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_slogans_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_slogans_v" ADD CONSTRAINT "_slogans_v_parent_id_slogans_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."slogans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_slogans_v" ADD CONSTRAINT "_slogans_v_version_campaign_id_campaigns_id_fk" FOREIGN KEY ("version_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_slogans_v" ADD CONSTRAINT "_slogans_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_slogans_v" ADD CONSTRAINT "_slogans_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_slogans_v" ADD CONSTRAINT "_slogans_v_version_approved_by_id_users_id_fk" FOREIGN KEY ("version_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_slogans_v_locales" ADD CONSTRAINT "_slogans_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_slogans_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_slogans_v_texts" ADD CONSTRAINT "_slogans_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_slogans_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_slogans_v_rels" ADD CONSTRAINT "_slogans_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_slogans_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_slogans_v_rels" ADD CONSTRAINT "_slogans_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_slogans_v_rels" ADD CONSTRAINT "_slogans_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bulletins_audiences" ADD CONSTRAINT "bulletins_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."bulletins"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bulletins_channels" ADD CONSTRAINT "bulletins_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."bulletins"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_recording_id_media_id_fk" FOREIGN KEY ("recording_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_audio_id_media_id_fk" FOREIGN KEY ("audio_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_synthetic_audio_id_media_id_fk" FOREIGN KEY ("synthetic_audio_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bulletins_texts" ADD CONSTRAINT "bulletins_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."bulletins"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bulletins_rels" ADD CONSTRAINT "bulletins_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."bulletins"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bulletins_rels" ADD CONSTRAINT "bulletins_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bulletins_rels" ADD CONSTRAINT "bulletins_rels_talking_points_fk" FOREIGN KEY ("talking_points_id") REFERENCES "public"."talking_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bulletins_rels" ADD CONSTRAINT "bulletins_rels_briefs_fk" FOREIGN KEY ("briefs_id") REFERENCES "public"."briefs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bulletins_rels" ADD CONSTRAINT "bulletins_rels_slogans_fk" FOREIGN KEY ("slogans_id") REFERENCES "public"."slogans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bulletins_rels" ADD CONSTRAINT "bulletins_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bulletins_v_version_audiences" ADD CONSTRAINT "_bulletins_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_bulletins_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bulletins_v_version_channels" ADD CONSTRAINT "_bulletins_v_version_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_bulletins_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bulletins_v" ADD CONSTRAINT "_bulletins_v_parent_id_bulletins_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."bulletins"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_bulletins_v" ADD CONSTRAINT "_bulletins_v_version_recording_id_media_id_fk" FOREIGN KEY ("version_recording_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_bulletins_v" ADD CONSTRAINT "_bulletins_v_version_audio_id_media_id_fk" FOREIGN KEY ("version_audio_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_bulletins_v" ADD CONSTRAINT "_bulletins_v_version_synthetic_audio_id_media_id_fk" FOREIGN KEY ("version_synthetic_audio_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_bulletins_v" ADD CONSTRAINT "_bulletins_v_version_campaign_id_campaigns_id_fk" FOREIGN KEY ("version_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_bulletins_v" ADD CONSTRAINT "_bulletins_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_bulletins_v" ADD CONSTRAINT "_bulletins_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_bulletins_v" ADD CONSTRAINT "_bulletins_v_version_approved_by_id_users_id_fk" FOREIGN KEY ("version_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_bulletins_v_texts" ADD CONSTRAINT "_bulletins_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_bulletins_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bulletins_v_rels" ADD CONSTRAINT "_bulletins_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_bulletins_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bulletins_v_rels" ADD CONSTRAINT "_bulletins_v_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bulletins_v_rels" ADD CONSTRAINT "_bulletins_v_rels_talking_points_fk" FOREIGN KEY ("talking_points_id") REFERENCES "public"."talking_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bulletins_v_rels" ADD CONSTRAINT "_bulletins_v_rels_briefs_fk" FOREIGN KEY ("briefs_id") REFERENCES "public"."briefs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bulletins_v_rels" ADD CONSTRAINT "_bulletins_v_rels_slogans_fk" FOREIGN KEY ("slogans_id") REFERENCES "public"."slogans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bulletins_v_rels" ADD CONSTRAINT "_bulletins_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_assignments" ADD CONSTRAINT "campaigns_assignments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_assignments" ADD CONSTRAINT "campaigns_assignments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_assignments_locales" ADD CONSTRAINT "campaigns_assignments_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns_assignments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_locales" ADD CONSTRAINT "campaigns_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "units_locales" ADD CONSTRAINT "units_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outlets_channels" ADD CONSTRAINT "outlets_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."outlets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outlets_content_types" ADD CONSTRAINT "outlets_content_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."outlets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outlets_languages" ADD CONSTRAINT "outlets_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."outlets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outlets_rels" ADD CONSTRAINT "outlets_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."outlets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outlets_rels" ADD CONSTRAINT "outlets_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outlets_rels" ADD CONSTRAINT "outlets_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_outlet_id_outlets_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."outlets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_talking_points_fk" FOREIGN KEY ("talking_points_id") REFERENCES "public"."talking_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_briefs_fk" FOREIGN KEY ("briefs_id") REFERENCES "public"."briefs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_slogans_fk" FOREIGN KEY ("slogans_id") REFERENCES "public"."slogans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bulletins_fk" FOREIGN KEY ("bulletins_id") REFERENCES "public"."bulletins"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_outlets_fk" FOREIGN KEY ("outlets_id") REFERENCES "public"."outlets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflow_events_fk" FOREIGN KEY ("workflow_events_id") REFERENCES "public"."workflow_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_deliveries_fk" FOREIGN KEY ("deliveries_id") REFERENCES "public"."deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "broadcast_settings_slots" ADD CONSTRAINT "broadcast_settings_slots_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."broadcast_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "broadcast_settings_abbreviations" ADD CONSTRAINT "broadcast_settings_abbreviations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."broadcast_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "broadcast_settings" ADD CONSTRAINT "broadcast_settings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "articles_audiences_order_idx" ON "articles_audiences" USING btree ("order");
  CREATE INDEX "articles_audiences_parent_idx" ON "articles_audiences" USING btree ("parent_id");
  CREATE INDEX "articles_audiences_value_idx" ON "articles_audiences" USING btree ("value");
  CREATE INDEX "articles_channels_order_idx" ON "articles_channels" USING btree ("order");
  CREATE INDEX "articles_channels_parent_idx" ON "articles_channels" USING btree ("parent_id");
  CREATE INDEX "articles_channels_value_idx" ON "articles_channels" USING btree ("value");
  CREATE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_hero_image_idx" ON "articles" USING btree ("hero_image_id");
  CREATE INDEX "articles_workflow_status_idx" ON "articles" USING btree ("workflow_status");
  CREATE INDEX "articles_campaign_idx" ON "articles" USING btree ("campaign_id");
  CREATE INDEX "articles_unit_idx" ON "articles" USING btree ("unit_id");
  CREATE INDEX "articles_priority_idx" ON "articles" USING btree ("priority");
  CREATE INDEX "articles_publish_at_idx" ON "articles" USING btree ("publish_at");
  CREATE INDEX "articles_expire_at_idx" ON "articles" USING btree ("expire_at");
  CREATE INDEX "articles_author_idx" ON "articles" USING btree ("author_id");
  CREATE INDEX "articles_approved_by_idx" ON "articles" USING btree ("approved_by_id");
  CREATE INDEX "articles_withdrawn_at_idx" ON "articles" USING btree ("withdrawn_at");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE UNIQUE INDEX "articles_locales_locale_parent_id_unique" ON "articles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "articles_texts_order_parent" ON "articles_texts" USING btree ("order","parent_id");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_users_id_idx" ON "articles_rels" USING btree ("users_id");
  CREATE INDEX "_articles_v_version_audiences_order_idx" ON "_articles_v_version_audiences" USING btree ("order");
  CREATE INDEX "_articles_v_version_audiences_parent_idx" ON "_articles_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_audiences_value_idx" ON "_articles_v_version_audiences" USING btree ("value");
  CREATE INDEX "_articles_v_version_channels_order_idx" ON "_articles_v_version_channels" USING btree ("order");
  CREATE INDEX "_articles_v_version_channels_parent_idx" ON "_articles_v_version_channels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_channels_value_idx" ON "_articles_v_version_channels" USING btree ("value");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_hero_image_idx" ON "_articles_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_articles_v_version_version_workflow_status_idx" ON "_articles_v" USING btree ("version_workflow_status");
  CREATE INDEX "_articles_v_version_version_campaign_idx" ON "_articles_v" USING btree ("version_campaign_id");
  CREATE INDEX "_articles_v_version_version_unit_idx" ON "_articles_v" USING btree ("version_unit_id");
  CREATE INDEX "_articles_v_version_version_priority_idx" ON "_articles_v" USING btree ("version_priority");
  CREATE INDEX "_articles_v_version_version_publish_at_idx" ON "_articles_v" USING btree ("version_publish_at");
  CREATE INDEX "_articles_v_version_version_expire_at_idx" ON "_articles_v" USING btree ("version_expire_at");
  CREATE INDEX "_articles_v_version_version_author_idx" ON "_articles_v" USING btree ("version_author_id");
  CREATE INDEX "_articles_v_version_version_approved_by_idx" ON "_articles_v" USING btree ("version_approved_by_id");
  CREATE INDEX "_articles_v_version_version_withdrawn_at_idx" ON "_articles_v" USING btree ("version_withdrawn_at");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_snapshot_idx" ON "_articles_v" USING btree ("snapshot");
  CREATE INDEX "_articles_v_published_locale_idx" ON "_articles_v" USING btree ("published_locale");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_articles_v_locales_locale_parent_id_unique" ON "_articles_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_articles_v_texts_order_parent" ON "_articles_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_users_id_idx" ON "_articles_v_rels" USING btree ("users_id");
  CREATE INDEX "talking_points_supporting_points_order_idx" ON "talking_points_supporting_points" USING btree ("_order");
  CREATE INDEX "talking_points_supporting_points_parent_id_idx" ON "talking_points_supporting_points" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "talking_points_supporting_points_locales_locale_parent_id_un" ON "talking_points_supporting_points_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "talking_points_figures_order_idx" ON "talking_points_figures" USING btree ("_order");
  CREATE INDEX "talking_points_figures_parent_id_idx" ON "talking_points_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "talking_points_figures_locales_locale_parent_id_unique" ON "talking_points_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "talking_points_audiences_order_idx" ON "talking_points_audiences" USING btree ("order");
  CREATE INDEX "talking_points_audiences_parent_idx" ON "talking_points_audiences" USING btree ("parent_id");
  CREATE INDEX "talking_points_audiences_value_idx" ON "talking_points_audiences" USING btree ("value");
  CREATE INDEX "talking_points_channels_order_idx" ON "talking_points_channels" USING btree ("order");
  CREATE INDEX "talking_points_channels_parent_idx" ON "talking_points_channels" USING btree ("parent_id");
  CREATE INDEX "talking_points_channels_value_idx" ON "talking_points_channels" USING btree ("value");
  CREATE INDEX "talking_points_workflow_status_idx" ON "talking_points" USING btree ("workflow_status");
  CREATE INDEX "talking_points_campaign_idx" ON "talking_points" USING btree ("campaign_id");
  CREATE INDEX "talking_points_unit_idx" ON "talking_points" USING btree ("unit_id");
  CREATE INDEX "talking_points_priority_idx" ON "talking_points" USING btree ("priority");
  CREATE INDEX "talking_points_publish_at_idx" ON "talking_points" USING btree ("publish_at");
  CREATE INDEX "talking_points_expire_at_idx" ON "talking_points" USING btree ("expire_at");
  CREATE INDEX "talking_points_author_idx" ON "talking_points" USING btree ("author_id");
  CREATE INDEX "talking_points_approved_by_idx" ON "talking_points" USING btree ("approved_by_id");
  CREATE INDEX "talking_points_withdrawn_at_idx" ON "talking_points" USING btree ("withdrawn_at");
  CREATE INDEX "talking_points_updated_at_idx" ON "talking_points" USING btree ("updated_at");
  CREATE INDEX "talking_points_created_at_idx" ON "talking_points" USING btree ("created_at");
  CREATE INDEX "talking_points__status_idx" ON "talking_points" USING btree ("_status");
  CREATE UNIQUE INDEX "talking_points_locales_locale_parent_id_unique" ON "talking_points_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "talking_points_texts_order_parent" ON "talking_points_texts" USING btree ("order","parent_id");
  CREATE INDEX "talking_points_rels_order_idx" ON "talking_points_rels" USING btree ("order");
  CREATE INDEX "talking_points_rels_parent_idx" ON "talking_points_rels" USING btree ("parent_id");
  CREATE INDEX "talking_points_rels_path_idx" ON "talking_points_rels" USING btree ("path");
  CREATE INDEX "talking_points_rels_users_id_idx" ON "talking_points_rels" USING btree ("users_id");
  CREATE INDEX "_talking_points_v_version_supporting_points_order_idx" ON "_talking_points_v_version_supporting_points" USING btree ("_order");
  CREATE INDEX "_talking_points_v_version_supporting_points_parent_id_idx" ON "_talking_points_v_version_supporting_points" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_talking_points_v_version_supporting_points_locales_locale_p" ON "_talking_points_v_version_supporting_points_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_talking_points_v_version_figures_order_idx" ON "_talking_points_v_version_figures" USING btree ("_order");
  CREATE INDEX "_talking_points_v_version_figures_parent_id_idx" ON "_talking_points_v_version_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_talking_points_v_version_figures_locales_locale_parent_id_u" ON "_talking_points_v_version_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_talking_points_v_version_audiences_order_idx" ON "_talking_points_v_version_audiences" USING btree ("order");
  CREATE INDEX "_talking_points_v_version_audiences_parent_idx" ON "_talking_points_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_talking_points_v_version_audiences_value_idx" ON "_talking_points_v_version_audiences" USING btree ("value");
  CREATE INDEX "_talking_points_v_version_channels_order_idx" ON "_talking_points_v_version_channels" USING btree ("order");
  CREATE INDEX "_talking_points_v_version_channels_parent_idx" ON "_talking_points_v_version_channels" USING btree ("parent_id");
  CREATE INDEX "_talking_points_v_version_channels_value_idx" ON "_talking_points_v_version_channels" USING btree ("value");
  CREATE INDEX "_talking_points_v_parent_idx" ON "_talking_points_v" USING btree ("parent_id");
  CREATE INDEX "_talking_points_v_version_version_workflow_status_idx" ON "_talking_points_v" USING btree ("version_workflow_status");
  CREATE INDEX "_talking_points_v_version_version_campaign_idx" ON "_talking_points_v" USING btree ("version_campaign_id");
  CREATE INDEX "_talking_points_v_version_version_unit_idx" ON "_talking_points_v" USING btree ("version_unit_id");
  CREATE INDEX "_talking_points_v_version_version_priority_idx" ON "_talking_points_v" USING btree ("version_priority");
  CREATE INDEX "_talking_points_v_version_version_publish_at_idx" ON "_talking_points_v" USING btree ("version_publish_at");
  CREATE INDEX "_talking_points_v_version_version_expire_at_idx" ON "_talking_points_v" USING btree ("version_expire_at");
  CREATE INDEX "_talking_points_v_version_version_author_idx" ON "_talking_points_v" USING btree ("version_author_id");
  CREATE INDEX "_talking_points_v_version_version_approved_by_idx" ON "_talking_points_v" USING btree ("version_approved_by_id");
  CREATE INDEX "_talking_points_v_version_version_withdrawn_at_idx" ON "_talking_points_v" USING btree ("version_withdrawn_at");
  CREATE INDEX "_talking_points_v_version_version_updated_at_idx" ON "_talking_points_v" USING btree ("version_updated_at");
  CREATE INDEX "_talking_points_v_version_version_created_at_idx" ON "_talking_points_v" USING btree ("version_created_at");
  CREATE INDEX "_talking_points_v_version_version__status_idx" ON "_talking_points_v" USING btree ("version__status");
  CREATE INDEX "_talking_points_v_created_at_idx" ON "_talking_points_v" USING btree ("created_at");
  CREATE INDEX "_talking_points_v_updated_at_idx" ON "_talking_points_v" USING btree ("updated_at");
  CREATE INDEX "_talking_points_v_snapshot_idx" ON "_talking_points_v" USING btree ("snapshot");
  CREATE INDEX "_talking_points_v_published_locale_idx" ON "_talking_points_v" USING btree ("published_locale");
  CREATE INDEX "_talking_points_v_latest_idx" ON "_talking_points_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_talking_points_v_locales_locale_parent_id_unique" ON "_talking_points_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_talking_points_v_texts_order_parent" ON "_talking_points_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_talking_points_v_rels_order_idx" ON "_talking_points_v_rels" USING btree ("order");
  CREATE INDEX "_talking_points_v_rels_parent_idx" ON "_talking_points_v_rels" USING btree ("parent_id");
  CREATE INDEX "_talking_points_v_rels_path_idx" ON "_talking_points_v_rels" USING btree ("path");
  CREATE INDEX "_talking_points_v_rels_users_id_idx" ON "_talking_points_v_rels" USING btree ("users_id");
  CREATE INDEX "briefs_evidence_order_idx" ON "briefs_evidence" USING btree ("_order");
  CREATE INDEX "briefs_evidence_parent_id_idx" ON "briefs_evidence" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "briefs_evidence_locales_locale_parent_id_unique" ON "briefs_evidence_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "briefs_legal_references_order_idx" ON "briefs_legal_references" USING btree ("_order");
  CREATE INDEX "briefs_legal_references_parent_id_idx" ON "briefs_legal_references" USING btree ("_parent_id");
  CREATE INDEX "briefs_audiences_order_idx" ON "briefs_audiences" USING btree ("order");
  CREATE INDEX "briefs_audiences_parent_idx" ON "briefs_audiences" USING btree ("parent_id");
  CREATE INDEX "briefs_audiences_value_idx" ON "briefs_audiences" USING btree ("value");
  CREATE INDEX "briefs_channels_order_idx" ON "briefs_channels" USING btree ("order");
  CREATE INDEX "briefs_channels_parent_idx" ON "briefs_channels" USING btree ("parent_id");
  CREATE INDEX "briefs_channels_value_idx" ON "briefs_channels" USING btree ("value");
  CREATE INDEX "briefs_distribution_idx" ON "briefs" USING btree ("distribution");
  CREATE INDEX "briefs_workflow_status_idx" ON "briefs" USING btree ("workflow_status");
  CREATE INDEX "briefs_campaign_idx" ON "briefs" USING btree ("campaign_id");
  CREATE INDEX "briefs_unit_idx" ON "briefs" USING btree ("unit_id");
  CREATE INDEX "briefs_priority_idx" ON "briefs" USING btree ("priority");
  CREATE INDEX "briefs_publish_at_idx" ON "briefs" USING btree ("publish_at");
  CREATE INDEX "briefs_expire_at_idx" ON "briefs" USING btree ("expire_at");
  CREATE INDEX "briefs_author_idx" ON "briefs" USING btree ("author_id");
  CREATE INDEX "briefs_approved_by_idx" ON "briefs" USING btree ("approved_by_id");
  CREATE INDEX "briefs_withdrawn_at_idx" ON "briefs" USING btree ("withdrawn_at");
  CREATE INDEX "briefs_updated_at_idx" ON "briefs" USING btree ("updated_at");
  CREATE INDEX "briefs_created_at_idx" ON "briefs" USING btree ("created_at");
  CREATE INDEX "briefs__status_idx" ON "briefs" USING btree ("_status");
  CREATE UNIQUE INDEX "briefs_locales_locale_parent_id_unique" ON "briefs_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "briefs_texts_order_parent" ON "briefs_texts" USING btree ("order","parent_id");
  CREATE INDEX "briefs_rels_order_idx" ON "briefs_rels" USING btree ("order");
  CREATE INDEX "briefs_rels_parent_idx" ON "briefs_rels" USING btree ("parent_id");
  CREATE INDEX "briefs_rels_path_idx" ON "briefs_rels" USING btree ("path");
  CREATE INDEX "briefs_rels_users_id_idx" ON "briefs_rels" USING btree ("users_id");
  CREATE INDEX "_briefs_v_version_evidence_order_idx" ON "_briefs_v_version_evidence" USING btree ("_order");
  CREATE INDEX "_briefs_v_version_evidence_parent_id_idx" ON "_briefs_v_version_evidence" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_briefs_v_version_evidence_locales_locale_parent_id_unique" ON "_briefs_v_version_evidence_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_briefs_v_version_legal_references_order_idx" ON "_briefs_v_version_legal_references" USING btree ("_order");
  CREATE INDEX "_briefs_v_version_legal_references_parent_id_idx" ON "_briefs_v_version_legal_references" USING btree ("_parent_id");
  CREATE INDEX "_briefs_v_version_audiences_order_idx" ON "_briefs_v_version_audiences" USING btree ("order");
  CREATE INDEX "_briefs_v_version_audiences_parent_idx" ON "_briefs_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_briefs_v_version_audiences_value_idx" ON "_briefs_v_version_audiences" USING btree ("value");
  CREATE INDEX "_briefs_v_version_channels_order_idx" ON "_briefs_v_version_channels" USING btree ("order");
  CREATE INDEX "_briefs_v_version_channels_parent_idx" ON "_briefs_v_version_channels" USING btree ("parent_id");
  CREATE INDEX "_briefs_v_version_channels_value_idx" ON "_briefs_v_version_channels" USING btree ("value");
  CREATE INDEX "_briefs_v_parent_idx" ON "_briefs_v" USING btree ("parent_id");
  CREATE INDEX "_briefs_v_version_version_distribution_idx" ON "_briefs_v" USING btree ("version_distribution");
  CREATE INDEX "_briefs_v_version_version_workflow_status_idx" ON "_briefs_v" USING btree ("version_workflow_status");
  CREATE INDEX "_briefs_v_version_version_campaign_idx" ON "_briefs_v" USING btree ("version_campaign_id");
  CREATE INDEX "_briefs_v_version_version_unit_idx" ON "_briefs_v" USING btree ("version_unit_id");
  CREATE INDEX "_briefs_v_version_version_priority_idx" ON "_briefs_v" USING btree ("version_priority");
  CREATE INDEX "_briefs_v_version_version_publish_at_idx" ON "_briefs_v" USING btree ("version_publish_at");
  CREATE INDEX "_briefs_v_version_version_expire_at_idx" ON "_briefs_v" USING btree ("version_expire_at");
  CREATE INDEX "_briefs_v_version_version_author_idx" ON "_briefs_v" USING btree ("version_author_id");
  CREATE INDEX "_briefs_v_version_version_approved_by_idx" ON "_briefs_v" USING btree ("version_approved_by_id");
  CREATE INDEX "_briefs_v_version_version_withdrawn_at_idx" ON "_briefs_v" USING btree ("version_withdrawn_at");
  CREATE INDEX "_briefs_v_version_version_updated_at_idx" ON "_briefs_v" USING btree ("version_updated_at");
  CREATE INDEX "_briefs_v_version_version_created_at_idx" ON "_briefs_v" USING btree ("version_created_at");
  CREATE INDEX "_briefs_v_version_version__status_idx" ON "_briefs_v" USING btree ("version__status");
  CREATE INDEX "_briefs_v_created_at_idx" ON "_briefs_v" USING btree ("created_at");
  CREATE INDEX "_briefs_v_updated_at_idx" ON "_briefs_v" USING btree ("updated_at");
  CREATE INDEX "_briefs_v_snapshot_idx" ON "_briefs_v" USING btree ("snapshot");
  CREATE INDEX "_briefs_v_published_locale_idx" ON "_briefs_v" USING btree ("published_locale");
  CREATE INDEX "_briefs_v_latest_idx" ON "_briefs_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_briefs_v_locales_locale_parent_id_unique" ON "_briefs_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_briefs_v_texts_order_parent" ON "_briefs_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_briefs_v_rels_order_idx" ON "_briefs_v_rels" USING btree ("order");
  CREATE INDEX "_briefs_v_rels_parent_idx" ON "_briefs_v_rels" USING btree ("parent_id");
  CREATE INDEX "_briefs_v_rels_path_idx" ON "_briefs_v_rels" USING btree ("path");
  CREATE INDEX "_briefs_v_rels_users_id_idx" ON "_briefs_v_rels" USING btree ("users_id");
  CREATE INDEX "slogans_formats_order_idx" ON "slogans_formats" USING btree ("order");
  CREATE INDEX "slogans_formats_parent_idx" ON "slogans_formats" USING btree ("parent_id");
  CREATE INDEX "slogans_audiences_order_idx" ON "slogans_audiences" USING btree ("order");
  CREATE INDEX "slogans_audiences_parent_idx" ON "slogans_audiences" USING btree ("parent_id");
  CREATE INDEX "slogans_audiences_value_idx" ON "slogans_audiences" USING btree ("value");
  CREATE INDEX "slogans_channels_order_idx" ON "slogans_channels" USING btree ("order");
  CREATE INDEX "slogans_channels_parent_idx" ON "slogans_channels" USING btree ("parent_id");
  CREATE INDEX "slogans_channels_value_idx" ON "slogans_channels" USING btree ("value");
  CREATE INDEX "slogans_number_idx" ON "slogans" USING btree ("number");
  CREATE INDEX "slogans_workflow_status_idx" ON "slogans" USING btree ("workflow_status");
  CREATE INDEX "slogans_campaign_idx" ON "slogans" USING btree ("campaign_id");
  CREATE INDEX "slogans_unit_idx" ON "slogans" USING btree ("unit_id");
  CREATE INDEX "slogans_priority_idx" ON "slogans" USING btree ("priority");
  CREATE INDEX "slogans_publish_at_idx" ON "slogans" USING btree ("publish_at");
  CREATE INDEX "slogans_expire_at_idx" ON "slogans" USING btree ("expire_at");
  CREATE INDEX "slogans_author_idx" ON "slogans" USING btree ("author_id");
  CREATE INDEX "slogans_approved_by_idx" ON "slogans" USING btree ("approved_by_id");
  CREATE INDEX "slogans_withdrawn_at_idx" ON "slogans" USING btree ("withdrawn_at");
  CREATE INDEX "slogans_updated_at_idx" ON "slogans" USING btree ("updated_at");
  CREATE INDEX "slogans_created_at_idx" ON "slogans" USING btree ("created_at");
  CREATE INDEX "slogans__status_idx" ON "slogans" USING btree ("_status");
  CREATE UNIQUE INDEX "slogans_locales_locale_parent_id_unique" ON "slogans_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "slogans_texts_order_parent" ON "slogans_texts" USING btree ("order","parent_id");
  CREATE INDEX "slogans_rels_order_idx" ON "slogans_rels" USING btree ("order");
  CREATE INDEX "slogans_rels_parent_idx" ON "slogans_rels" USING btree ("parent_id");
  CREATE INDEX "slogans_rels_path_idx" ON "slogans_rels" USING btree ("path");
  CREATE INDEX "slogans_rels_media_id_idx" ON "slogans_rels" USING btree ("media_id");
  CREATE INDEX "slogans_rels_users_id_idx" ON "slogans_rels" USING btree ("users_id");
  CREATE INDEX "_slogans_v_version_formats_order_idx" ON "_slogans_v_version_formats" USING btree ("order");
  CREATE INDEX "_slogans_v_version_formats_parent_idx" ON "_slogans_v_version_formats" USING btree ("parent_id");
  CREATE INDEX "_slogans_v_version_audiences_order_idx" ON "_slogans_v_version_audiences" USING btree ("order");
  CREATE INDEX "_slogans_v_version_audiences_parent_idx" ON "_slogans_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_slogans_v_version_audiences_value_idx" ON "_slogans_v_version_audiences" USING btree ("value");
  CREATE INDEX "_slogans_v_version_channels_order_idx" ON "_slogans_v_version_channels" USING btree ("order");
  CREATE INDEX "_slogans_v_version_channels_parent_idx" ON "_slogans_v_version_channels" USING btree ("parent_id");
  CREATE INDEX "_slogans_v_version_channels_value_idx" ON "_slogans_v_version_channels" USING btree ("value");
  CREATE INDEX "_slogans_v_parent_idx" ON "_slogans_v" USING btree ("parent_id");
  CREATE INDEX "_slogans_v_version_version_number_idx" ON "_slogans_v" USING btree ("version_number");
  CREATE INDEX "_slogans_v_version_version_workflow_status_idx" ON "_slogans_v" USING btree ("version_workflow_status");
  CREATE INDEX "_slogans_v_version_version_campaign_idx" ON "_slogans_v" USING btree ("version_campaign_id");
  CREATE INDEX "_slogans_v_version_version_unit_idx" ON "_slogans_v" USING btree ("version_unit_id");
  CREATE INDEX "_slogans_v_version_version_priority_idx" ON "_slogans_v" USING btree ("version_priority");
  CREATE INDEX "_slogans_v_version_version_publish_at_idx" ON "_slogans_v" USING btree ("version_publish_at");
  CREATE INDEX "_slogans_v_version_version_expire_at_idx" ON "_slogans_v" USING btree ("version_expire_at");
  CREATE INDEX "_slogans_v_version_version_author_idx" ON "_slogans_v" USING btree ("version_author_id");
  CREATE INDEX "_slogans_v_version_version_approved_by_idx" ON "_slogans_v" USING btree ("version_approved_by_id");
  CREATE INDEX "_slogans_v_version_version_withdrawn_at_idx" ON "_slogans_v" USING btree ("version_withdrawn_at");
  CREATE INDEX "_slogans_v_version_version_updated_at_idx" ON "_slogans_v" USING btree ("version_updated_at");
  CREATE INDEX "_slogans_v_version_version_created_at_idx" ON "_slogans_v" USING btree ("version_created_at");
  CREATE INDEX "_slogans_v_version_version__status_idx" ON "_slogans_v" USING btree ("version__status");
  CREATE INDEX "_slogans_v_created_at_idx" ON "_slogans_v" USING btree ("created_at");
  CREATE INDEX "_slogans_v_updated_at_idx" ON "_slogans_v" USING btree ("updated_at");
  CREATE INDEX "_slogans_v_snapshot_idx" ON "_slogans_v" USING btree ("snapshot");
  CREATE INDEX "_slogans_v_published_locale_idx" ON "_slogans_v" USING btree ("published_locale");
  CREATE INDEX "_slogans_v_latest_idx" ON "_slogans_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_slogans_v_locales_locale_parent_id_unique" ON "_slogans_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_slogans_v_texts_order_parent" ON "_slogans_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_slogans_v_rels_order_idx" ON "_slogans_v_rels" USING btree ("order");
  CREATE INDEX "_slogans_v_rels_parent_idx" ON "_slogans_v_rels" USING btree ("parent_id");
  CREATE INDEX "_slogans_v_rels_path_idx" ON "_slogans_v_rels" USING btree ("path");
  CREATE INDEX "_slogans_v_rels_media_id_idx" ON "_slogans_v_rels" USING btree ("media_id");
  CREATE INDEX "_slogans_v_rels_users_id_idx" ON "_slogans_v_rels" USING btree ("users_id");
  CREATE INDEX "bulletins_audiences_order_idx" ON "bulletins_audiences" USING btree ("order");
  CREATE INDEX "bulletins_audiences_parent_idx" ON "bulletins_audiences" USING btree ("parent_id");
  CREATE INDEX "bulletins_audiences_value_idx" ON "bulletins_audiences" USING btree ("value");
  CREATE INDEX "bulletins_channels_order_idx" ON "bulletins_channels" USING btree ("order");
  CREATE INDEX "bulletins_channels_parent_idx" ON "bulletins_channels" USING btree ("parent_id");
  CREATE INDEX "bulletins_channels_value_idx" ON "bulletins_channels" USING btree ("value");
  CREATE INDEX "bulletins_airs_at_idx" ON "bulletins" USING btree ("airs_at");
  CREATE INDEX "bulletins_recording_idx" ON "bulletins" USING btree ("recording_id");
  CREATE INDEX "bulletins_audio_idx" ON "bulletins" USING btree ("audio_id");
  CREATE INDEX "bulletins_synthetic_audio_idx" ON "bulletins" USING btree ("synthetic_audio_id");
  CREATE INDEX "bulletins_workflow_status_idx" ON "bulletins" USING btree ("workflow_status");
  CREATE INDEX "bulletins_campaign_idx" ON "bulletins" USING btree ("campaign_id");
  CREATE INDEX "bulletins_unit_idx" ON "bulletins" USING btree ("unit_id");
  CREATE INDEX "bulletins_priority_idx" ON "bulletins" USING btree ("priority");
  CREATE INDEX "bulletins_publish_at_idx" ON "bulletins" USING btree ("publish_at");
  CREATE INDEX "bulletins_expire_at_idx" ON "bulletins" USING btree ("expire_at");
  CREATE INDEX "bulletins_author_idx" ON "bulletins" USING btree ("author_id");
  CREATE INDEX "bulletins_approved_by_idx" ON "bulletins" USING btree ("approved_by_id");
  CREATE INDEX "bulletins_withdrawn_at_idx" ON "bulletins" USING btree ("withdrawn_at");
  CREATE INDEX "bulletins_updated_at_idx" ON "bulletins" USING btree ("updated_at");
  CREATE INDEX "bulletins_created_at_idx" ON "bulletins" USING btree ("created_at");
  CREATE INDEX "bulletins__status_idx" ON "bulletins" USING btree ("_status");
  CREATE INDEX "bulletins_texts_order_parent" ON "bulletins_texts" USING btree ("order","parent_id");
  CREATE INDEX "bulletins_rels_order_idx" ON "bulletins_rels" USING btree ("order");
  CREATE INDEX "bulletins_rels_parent_idx" ON "bulletins_rels" USING btree ("parent_id");
  CREATE INDEX "bulletins_rels_path_idx" ON "bulletins_rels" USING btree ("path");
  CREATE INDEX "bulletins_rels_articles_id_idx" ON "bulletins_rels" USING btree ("articles_id");
  CREATE INDEX "bulletins_rels_talking_points_id_idx" ON "bulletins_rels" USING btree ("talking_points_id");
  CREATE INDEX "bulletins_rels_briefs_id_idx" ON "bulletins_rels" USING btree ("briefs_id");
  CREATE INDEX "bulletins_rels_slogans_id_idx" ON "bulletins_rels" USING btree ("slogans_id");
  CREATE INDEX "bulletins_rels_users_id_idx" ON "bulletins_rels" USING btree ("users_id");
  CREATE INDEX "_bulletins_v_version_audiences_order_idx" ON "_bulletins_v_version_audiences" USING btree ("order");
  CREATE INDEX "_bulletins_v_version_audiences_parent_idx" ON "_bulletins_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_bulletins_v_version_audiences_value_idx" ON "_bulletins_v_version_audiences" USING btree ("value");
  CREATE INDEX "_bulletins_v_version_channels_order_idx" ON "_bulletins_v_version_channels" USING btree ("order");
  CREATE INDEX "_bulletins_v_version_channels_parent_idx" ON "_bulletins_v_version_channels" USING btree ("parent_id");
  CREATE INDEX "_bulletins_v_version_channels_value_idx" ON "_bulletins_v_version_channels" USING btree ("value");
  CREATE INDEX "_bulletins_v_parent_idx" ON "_bulletins_v" USING btree ("parent_id");
  CREATE INDEX "_bulletins_v_version_version_airs_at_idx" ON "_bulletins_v" USING btree ("version_airs_at");
  CREATE INDEX "_bulletins_v_version_version_recording_idx" ON "_bulletins_v" USING btree ("version_recording_id");
  CREATE INDEX "_bulletins_v_version_version_audio_idx" ON "_bulletins_v" USING btree ("version_audio_id");
  CREATE INDEX "_bulletins_v_version_version_synthetic_audio_idx" ON "_bulletins_v" USING btree ("version_synthetic_audio_id");
  CREATE INDEX "_bulletins_v_version_version_workflow_status_idx" ON "_bulletins_v" USING btree ("version_workflow_status");
  CREATE INDEX "_bulletins_v_version_version_campaign_idx" ON "_bulletins_v" USING btree ("version_campaign_id");
  CREATE INDEX "_bulletins_v_version_version_unit_idx" ON "_bulletins_v" USING btree ("version_unit_id");
  CREATE INDEX "_bulletins_v_version_version_priority_idx" ON "_bulletins_v" USING btree ("version_priority");
  CREATE INDEX "_bulletins_v_version_version_publish_at_idx" ON "_bulletins_v" USING btree ("version_publish_at");
  CREATE INDEX "_bulletins_v_version_version_expire_at_idx" ON "_bulletins_v" USING btree ("version_expire_at");
  CREATE INDEX "_bulletins_v_version_version_author_idx" ON "_bulletins_v" USING btree ("version_author_id");
  CREATE INDEX "_bulletins_v_version_version_approved_by_idx" ON "_bulletins_v" USING btree ("version_approved_by_id");
  CREATE INDEX "_bulletins_v_version_version_withdrawn_at_idx" ON "_bulletins_v" USING btree ("version_withdrawn_at");
  CREATE INDEX "_bulletins_v_version_version_updated_at_idx" ON "_bulletins_v" USING btree ("version_updated_at");
  CREATE INDEX "_bulletins_v_version_version_created_at_idx" ON "_bulletins_v" USING btree ("version_created_at");
  CREATE INDEX "_bulletins_v_version_version__status_idx" ON "_bulletins_v" USING btree ("version__status");
  CREATE INDEX "_bulletins_v_created_at_idx" ON "_bulletins_v" USING btree ("created_at");
  CREATE INDEX "_bulletins_v_updated_at_idx" ON "_bulletins_v" USING btree ("updated_at");
  CREATE INDEX "_bulletins_v_snapshot_idx" ON "_bulletins_v" USING btree ("snapshot");
  CREATE INDEX "_bulletins_v_published_locale_idx" ON "_bulletins_v" USING btree ("published_locale");
  CREATE INDEX "_bulletins_v_latest_idx" ON "_bulletins_v" USING btree ("latest");
  CREATE INDEX "_bulletins_v_texts_order_parent" ON "_bulletins_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_bulletins_v_rels_order_idx" ON "_bulletins_v_rels" USING btree ("order");
  CREATE INDEX "_bulletins_v_rels_parent_idx" ON "_bulletins_v_rels" USING btree ("parent_id");
  CREATE INDEX "_bulletins_v_rels_path_idx" ON "_bulletins_v_rels" USING btree ("path");
  CREATE INDEX "_bulletins_v_rels_articles_id_idx" ON "_bulletins_v_rels" USING btree ("articles_id");
  CREATE INDEX "_bulletins_v_rels_talking_points_id_idx" ON "_bulletins_v_rels" USING btree ("talking_points_id");
  CREATE INDEX "_bulletins_v_rels_briefs_id_idx" ON "_bulletins_v_rels" USING btree ("briefs_id");
  CREATE INDEX "_bulletins_v_rels_slogans_id_idx" ON "_bulletins_v_rels" USING btree ("slogans_id");
  CREATE INDEX "_bulletins_v_rels_users_id_idx" ON "_bulletins_v_rels" USING btree ("users_id");
  CREATE INDEX "campaigns_assignments_order_idx" ON "campaigns_assignments" USING btree ("_order");
  CREATE INDEX "campaigns_assignments_parent_id_idx" ON "campaigns_assignments" USING btree ("_parent_id");
  CREATE INDEX "campaigns_assignments_unit_idx" ON "campaigns_assignments" USING btree ("unit_id");
  CREATE UNIQUE INDEX "campaigns_assignments_locales_locale_parent_id_unique" ON "campaigns_assignments_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "campaigns_slug_idx" ON "campaigns" USING btree ("slug");
  CREATE INDEX "campaigns_updated_at_idx" ON "campaigns" USING btree ("updated_at");
  CREATE INDEX "campaigns_created_at_idx" ON "campaigns" USING btree ("created_at");
  CREATE UNIQUE INDEX "campaigns_locales_locale_parent_id_unique" ON "campaigns_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "units_code_idx" ON "units" USING btree ("code");
  CREATE INDEX "units_updated_at_idx" ON "units" USING btree ("updated_at");
  CREATE INDEX "units_created_at_idx" ON "units" USING btree ("created_at");
  CREATE UNIQUE INDEX "units_locales_locale_parent_id_unique" ON "units_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "outlets_channels_order_idx" ON "outlets_channels" USING btree ("order");
  CREATE INDEX "outlets_channels_parent_idx" ON "outlets_channels" USING btree ("parent_id");
  CREATE INDEX "outlets_content_types_order_idx" ON "outlets_content_types" USING btree ("order");
  CREATE INDEX "outlets_content_types_parent_idx" ON "outlets_content_types" USING btree ("parent_id");
  CREATE INDEX "outlets_languages_order_idx" ON "outlets_languages" USING btree ("order");
  CREATE INDEX "outlets_languages_parent_idx" ON "outlets_languages" USING btree ("parent_id");
  CREATE INDEX "outlets_token_hash_idx" ON "outlets" USING btree ("token_hash");
  CREATE INDEX "outlets_updated_at_idx" ON "outlets" USING btree ("updated_at");
  CREATE INDEX "outlets_created_at_idx" ON "outlets" USING btree ("created_at");
  CREATE INDEX "outlets_rels_order_idx" ON "outlets_rels" USING btree ("order");
  CREATE INDEX "outlets_rels_parent_idx" ON "outlets_rels" USING btree ("parent_id");
  CREATE INDEX "outlets_rels_path_idx" ON "outlets_rels" USING btree ("path");
  CREATE INDEX "outlets_rels_campaigns_id_idx" ON "outlets_rels" USING btree ("campaigns_id");
  CREATE INDEX "outlets_rels_units_id_idx" ON "outlets_rels" USING btree ("units_id");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_unit_idx" ON "users" USING btree ("unit_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_units_id_idx" ON "users_rels" USING btree ("units_id");
  CREATE INDEX "workflow_events_item_collection_idx" ON "workflow_events" USING btree ("item_collection");
  CREATE INDEX "workflow_events_item_id_idx" ON "workflow_events" USING btree ("item_id");
  CREATE INDEX "workflow_events_action_idx" ON "workflow_events" USING btree ("action");
  CREATE INDEX "workflow_events_actor_idx" ON "workflow_events" USING btree ("actor_id");
  CREATE INDEX "workflow_events_at_idx" ON "workflow_events" USING btree ("at");
  CREATE INDEX "workflow_events_updated_at_idx" ON "workflow_events" USING btree ("updated_at");
  CREATE INDEX "workflow_events_created_at_idx" ON "workflow_events" USING btree ("created_at");
  CREATE INDEX "deliveries_outlet_idx" ON "deliveries" USING btree ("outlet_id");
  CREATE INDEX "deliveries_item_collection_idx" ON "deliveries" USING btree ("item_collection");
  CREATE INDEX "deliveries_item_id_idx" ON "deliveries" USING btree ("item_id");
  CREATE INDEX "deliveries_state_idx" ON "deliveries" USING btree ("state");
  CREATE INDEX "deliveries_next_attempt_at_idx" ON "deliveries" USING btree ("next_attempt_at");
  CREATE UNIQUE INDEX "deliveries_webhook_id_idx" ON "deliveries" USING btree ("webhook_id");
  CREATE INDEX "deliveries_updated_at_idx" ON "deliveries" USING btree ("updated_at");
  CREATE INDEX "deliveries_created_at_idx" ON "deliveries" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_talking_points_id_idx" ON "payload_locked_documents_rels" USING btree ("talking_points_id");
  CREATE INDEX "payload_locked_documents_rels_briefs_id_idx" ON "payload_locked_documents_rels" USING btree ("briefs_id");
  CREATE INDEX "payload_locked_documents_rels_slogans_id_idx" ON "payload_locked_documents_rels" USING btree ("slogans_id");
  CREATE INDEX "payload_locked_documents_rels_bulletins_id_idx" ON "payload_locked_documents_rels" USING btree ("bulletins_id");
  CREATE INDEX "payload_locked_documents_rels_campaigns_id_idx" ON "payload_locked_documents_rels" USING btree ("campaigns_id");
  CREATE INDEX "payload_locked_documents_rels_units_id_idx" ON "payload_locked_documents_rels" USING btree ("units_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_outlets_id_idx" ON "payload_locked_documents_rels" USING btree ("outlets_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_workflow_events_id_idx" ON "payload_locked_documents_rels" USING btree ("workflow_events_id");
  CREATE INDEX "payload_locked_documents_rels_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("deliveries_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "broadcast_settings_slots_order_idx" ON "broadcast_settings_slots" USING btree ("_order");
  CREATE INDEX "broadcast_settings_slots_parent_id_idx" ON "broadcast_settings_slots" USING btree ("_parent_id");
  CREATE INDEX "broadcast_settings_abbreviations_order_idx" ON "broadcast_settings_abbreviations" USING btree ("_order");
  CREATE INDEX "broadcast_settings_abbreviations_parent_id_idx" ON "broadcast_settings_abbreviations" USING btree ("_parent_id");
  CREATE INDEX "broadcast_settings_unit_idx" ON "broadcast_settings" USING btree ("unit_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "articles_audiences" CASCADE;
  DROP TABLE "articles_channels" CASCADE;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_locales" CASCADE;
  DROP TABLE "articles_texts" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v_version_audiences" CASCADE;
  DROP TABLE "_articles_v_version_channels" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_locales" CASCADE;
  DROP TABLE "_articles_v_texts" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "talking_points_supporting_points" CASCADE;
  DROP TABLE "talking_points_supporting_points_locales" CASCADE;
  DROP TABLE "talking_points_figures" CASCADE;
  DROP TABLE "talking_points_figures_locales" CASCADE;
  DROP TABLE "talking_points_audiences" CASCADE;
  DROP TABLE "talking_points_channels" CASCADE;
  DROP TABLE "talking_points" CASCADE;
  DROP TABLE "talking_points_locales" CASCADE;
  DROP TABLE "talking_points_texts" CASCADE;
  DROP TABLE "talking_points_rels" CASCADE;
  DROP TABLE "_talking_points_v_version_supporting_points" CASCADE;
  DROP TABLE "_talking_points_v_version_supporting_points_locales" CASCADE;
  DROP TABLE "_talking_points_v_version_figures" CASCADE;
  DROP TABLE "_talking_points_v_version_figures_locales" CASCADE;
  DROP TABLE "_talking_points_v_version_audiences" CASCADE;
  DROP TABLE "_talking_points_v_version_channels" CASCADE;
  DROP TABLE "_talking_points_v" CASCADE;
  DROP TABLE "_talking_points_v_locales" CASCADE;
  DROP TABLE "_talking_points_v_texts" CASCADE;
  DROP TABLE "_talking_points_v_rels" CASCADE;
  DROP TABLE "briefs_evidence" CASCADE;
  DROP TABLE "briefs_evidence_locales" CASCADE;
  DROP TABLE "briefs_legal_references" CASCADE;
  DROP TABLE "briefs_audiences" CASCADE;
  DROP TABLE "briefs_channels" CASCADE;
  DROP TABLE "briefs" CASCADE;
  DROP TABLE "briefs_locales" CASCADE;
  DROP TABLE "briefs_texts" CASCADE;
  DROP TABLE "briefs_rels" CASCADE;
  DROP TABLE "_briefs_v_version_evidence" CASCADE;
  DROP TABLE "_briefs_v_version_evidence_locales" CASCADE;
  DROP TABLE "_briefs_v_version_legal_references" CASCADE;
  DROP TABLE "_briefs_v_version_audiences" CASCADE;
  DROP TABLE "_briefs_v_version_channels" CASCADE;
  DROP TABLE "_briefs_v" CASCADE;
  DROP TABLE "_briefs_v_locales" CASCADE;
  DROP TABLE "_briefs_v_texts" CASCADE;
  DROP TABLE "_briefs_v_rels" CASCADE;
  DROP TABLE "slogans_formats" CASCADE;
  DROP TABLE "slogans_audiences" CASCADE;
  DROP TABLE "slogans_channels" CASCADE;
  DROP TABLE "slogans" CASCADE;
  DROP TABLE "slogans_locales" CASCADE;
  DROP TABLE "slogans_texts" CASCADE;
  DROP TABLE "slogans_rels" CASCADE;
  DROP TABLE "_slogans_v_version_formats" CASCADE;
  DROP TABLE "_slogans_v_version_audiences" CASCADE;
  DROP TABLE "_slogans_v_version_channels" CASCADE;
  DROP TABLE "_slogans_v" CASCADE;
  DROP TABLE "_slogans_v_locales" CASCADE;
  DROP TABLE "_slogans_v_texts" CASCADE;
  DROP TABLE "_slogans_v_rels" CASCADE;
  DROP TABLE "bulletins_audiences" CASCADE;
  DROP TABLE "bulletins_channels" CASCADE;
  DROP TABLE "bulletins" CASCADE;
  DROP TABLE "bulletins_texts" CASCADE;
  DROP TABLE "bulletins_rels" CASCADE;
  DROP TABLE "_bulletins_v_version_audiences" CASCADE;
  DROP TABLE "_bulletins_v_version_channels" CASCADE;
  DROP TABLE "_bulletins_v" CASCADE;
  DROP TABLE "_bulletins_v_texts" CASCADE;
  DROP TABLE "_bulletins_v_rels" CASCADE;
  DROP TABLE "campaigns_assignments" CASCADE;
  DROP TABLE "campaigns_assignments_locales" CASCADE;
  DROP TABLE "campaigns" CASCADE;
  DROP TABLE "campaigns_locales" CASCADE;
  DROP TABLE "units" CASCADE;
  DROP TABLE "units_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "outlets_channels" CASCADE;
  DROP TABLE "outlets_content_types" CASCADE;
  DROP TABLE "outlets_languages" CASCADE;
  DROP TABLE "outlets" CASCADE;
  DROP TABLE "outlets_rels" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "workflow_events" CASCADE;
  DROP TABLE "deliveries" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "feed_state" CASCADE;
  DROP TABLE "proof_settings" CASCADE;
  DROP TABLE "broadcast_settings_slots" CASCADE;
  DROP TABLE "broadcast_settings_abbreviations" CASCADE;
  DROP TABLE "broadcast_settings" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_articles_audiences";
  DROP TYPE "public"."enum_articles_channels";
  DROP TYPE "public"."enum_articles_workflow_status";
  DROP TYPE "public"."enum_articles_priority";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_audiences";
  DROP TYPE "public"."enum__articles_v_version_channels";
  DROP TYPE "public"."enum__articles_v_version_workflow_status";
  DROP TYPE "public"."enum__articles_v_version_priority";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum__articles_v_published_locale";
  DROP TYPE "public"."enum_talking_points_audiences";
  DROP TYPE "public"."enum_talking_points_channels";
  DROP TYPE "public"."enum_talking_points_workflow_status";
  DROP TYPE "public"."enum_talking_points_priority";
  DROP TYPE "public"."enum_talking_points_status";
  DROP TYPE "public"."enum__talking_points_v_version_audiences";
  DROP TYPE "public"."enum__talking_points_v_version_channels";
  DROP TYPE "public"."enum__talking_points_v_version_workflow_status";
  DROP TYPE "public"."enum__talking_points_v_version_priority";
  DROP TYPE "public"."enum__talking_points_v_version_status";
  DROP TYPE "public"."enum__talking_points_v_published_locale";
  DROP TYPE "public"."enum_briefs_audiences";
  DROP TYPE "public"."enum_briefs_channels";
  DROP TYPE "public"."enum_briefs_distribution";
  DROP TYPE "public"."enum_briefs_workflow_status";
  DROP TYPE "public"."enum_briefs_priority";
  DROP TYPE "public"."enum_briefs_status";
  DROP TYPE "public"."enum__briefs_v_version_audiences";
  DROP TYPE "public"."enum__briefs_v_version_channels";
  DROP TYPE "public"."enum__briefs_v_version_distribution";
  DROP TYPE "public"."enum__briefs_v_version_workflow_status";
  DROP TYPE "public"."enum__briefs_v_version_priority";
  DROP TYPE "public"."enum__briefs_v_version_status";
  DROP TYPE "public"."enum__briefs_v_published_locale";
  DROP TYPE "public"."enum_slogans_formats";
  DROP TYPE "public"."enum_slogans_audiences";
  DROP TYPE "public"."enum_slogans_channels";
  DROP TYPE "public"."enum_slogans_workflow_status";
  DROP TYPE "public"."enum_slogans_priority";
  DROP TYPE "public"."enum_slogans_status";
  DROP TYPE "public"."enum__slogans_v_version_formats";
  DROP TYPE "public"."enum__slogans_v_version_audiences";
  DROP TYPE "public"."enum__slogans_v_version_channels";
  DROP TYPE "public"."enum__slogans_v_version_workflow_status";
  DROP TYPE "public"."enum__slogans_v_version_priority";
  DROP TYPE "public"."enum__slogans_v_version_status";
  DROP TYPE "public"."enum__slogans_v_published_locale";
  DROP TYPE "public"."enum_bulletins_audiences";
  DROP TYPE "public"."enum_bulletins_channels";
  DROP TYPE "public"."enum_bulletins_audio_source";
  DROP TYPE "public"."enum_bulletins_audio_status";
  DROP TYPE "public"."enum_bulletins_workflow_status";
  DROP TYPE "public"."enum_bulletins_priority";
  DROP TYPE "public"."enum_bulletins_status";
  DROP TYPE "public"."enum__bulletins_v_version_audiences";
  DROP TYPE "public"."enum__bulletins_v_version_channels";
  DROP TYPE "public"."enum__bulletins_v_version_audio_source";
  DROP TYPE "public"."enum__bulletins_v_version_audio_status";
  DROP TYPE "public"."enum__bulletins_v_version_workflow_status";
  DROP TYPE "public"."enum__bulletins_v_version_priority";
  DROP TYPE "public"."enum__bulletins_v_version_status";
  DROP TYPE "public"."enum__bulletins_v_published_locale";
  DROP TYPE "public"."enum_campaigns_status";
  DROP TYPE "public"."enum_units_kind";
  DROP TYPE "public"."enum_media_kind";
  DROP TYPE "public"."enum_outlets_channels";
  DROP TYPE "public"."enum_outlets_content_types";
  DROP TYPE "public"."enum_outlets_languages";
  DROP TYPE "public"."enum_outlets_kind";
  DROP TYPE "public"."enum_outlets_access_level";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_workflow_events_item_collection";
  DROP TYPE "public"."enum_workflow_events_action";
  DROP TYPE "public"."enum_workflow_events_from";
  DROP TYPE "public"."enum_workflow_events_to";
  DROP TYPE "public"."enum_deliveries_event";
  DROP TYPE "public"."enum_deliveries_item_collection";
  DROP TYPE "public"."enum_deliveries_state";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_broadcast_settings_voice";`)
}
