import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "articles_locales_parent_idx" ON "articles_locales" USING btree ("_parent_id");
  CREATE INDEX "articles_texts_parent_order_idx" ON "articles_texts" USING btree ("parent_id","order");
  CREATE INDEX "_articles_v_status_latest_updated_idx" ON "_articles_v" USING btree ("version_workflow_status","latest","version_updated_at");
  CREATE INDEX "_articles_v_unit_latest_updated_idx" ON "_articles_v" USING btree ("version_unit_id","latest","version_updated_at");
  CREATE INDEX "_articles_v_latest_updated_idx" ON "_articles_v" USING btree ("latest","version_updated_at");
  CREATE INDEX "_articles_v_campaign_report_idx" ON "_articles_v" USING btree ("version_campaign_id","latest","version_unit_id","version_workflow_status","parent_id","updated_at");
  CREATE INDEX "_articles_v_locales_parent_idx" ON "_articles_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_texts_parent_order_idx" ON "_articles_v_texts" USING btree ("parent_id","order");
  CREATE INDEX "talking_points_supporting_points_locales_parent_idx" ON "talking_points_supporting_points_locales" USING btree ("_parent_id");
  CREATE INDEX "talking_points_figures_locales_parent_idx" ON "talking_points_figures_locales" USING btree ("_parent_id");
  CREATE INDEX "talking_points_locales_parent_idx" ON "talking_points_locales" USING btree ("_parent_id");
  CREATE INDEX "talking_points_texts_parent_order_idx" ON "talking_points_texts" USING btree ("parent_id","order");
  CREATE INDEX "_talking_points_v_version_supporting_points_locales_parent_idx" ON "_talking_points_v_version_supporting_points_locales" USING btree ("_parent_id");
  CREATE INDEX "_talking_points_v_version_figures_locales_parent_idx" ON "_talking_points_v_version_figures_locales" USING btree ("_parent_id");
  CREATE INDEX "_talking_points_v_status_latest_updated_idx" ON "_talking_points_v" USING btree ("version_workflow_status","latest","version_updated_at");
  CREATE INDEX "_talking_points_v_unit_latest_updated_idx" ON "_talking_points_v" USING btree ("version_unit_id","latest","version_updated_at");
  CREATE INDEX "_talking_points_v_latest_updated_idx" ON "_talking_points_v" USING btree ("latest","version_updated_at");
  CREATE INDEX "_talking_points_v_campaign_report_idx" ON "_talking_points_v" USING btree ("version_campaign_id","latest","version_unit_id","version_workflow_status","parent_id","updated_at");
  CREATE INDEX "_talking_points_v_locales_parent_idx" ON "_talking_points_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_talking_points_v_texts_parent_order_idx" ON "_talking_points_v_texts" USING btree ("parent_id","order");
  CREATE INDEX "briefs_evidence_locales_parent_idx" ON "briefs_evidence_locales" USING btree ("_parent_id");
  CREATE INDEX "briefs_locales_parent_idx" ON "briefs_locales" USING btree ("_parent_id");
  CREATE INDEX "briefs_texts_parent_order_idx" ON "briefs_texts" USING btree ("parent_id","order");
  CREATE INDEX "_briefs_v_version_evidence_locales_parent_idx" ON "_briefs_v_version_evidence_locales" USING btree ("_parent_id");
  CREATE INDEX "_briefs_v_status_latest_updated_idx" ON "_briefs_v" USING btree ("version_workflow_status","latest","version_updated_at");
  CREATE INDEX "_briefs_v_unit_latest_updated_idx" ON "_briefs_v" USING btree ("version_unit_id","latest","version_updated_at");
  CREATE INDEX "_briefs_v_latest_updated_idx" ON "_briefs_v" USING btree ("latest","version_updated_at");
  CREATE INDEX "_briefs_v_campaign_report_idx" ON "_briefs_v" USING btree ("version_campaign_id","latest","version_unit_id","version_workflow_status","parent_id","updated_at");
  CREATE INDEX "_briefs_v_locales_parent_idx" ON "_briefs_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_briefs_v_texts_parent_order_idx" ON "_briefs_v_texts" USING btree ("parent_id","order");
  CREATE INDEX "slogans_locales_parent_idx" ON "slogans_locales" USING btree ("_parent_id");
  CREATE INDEX "slogans_texts_parent_order_idx" ON "slogans_texts" USING btree ("parent_id","order");
  CREATE INDEX "_slogans_v_status_latest_updated_idx" ON "_slogans_v" USING btree ("version_workflow_status","latest","version_updated_at");
  CREATE INDEX "_slogans_v_unit_latest_updated_idx" ON "_slogans_v" USING btree ("version_unit_id","latest","version_updated_at");
  CREATE INDEX "_slogans_v_latest_updated_idx" ON "_slogans_v" USING btree ("latest","version_updated_at");
  CREATE INDEX "_slogans_v_campaign_report_idx" ON "_slogans_v" USING btree ("version_campaign_id","latest","version_unit_id","version_workflow_status","parent_id","updated_at");
  CREATE INDEX "_slogans_v_locales_parent_idx" ON "_slogans_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_slogans_v_texts_parent_order_idx" ON "_slogans_v_texts" USING btree ("parent_id","order");
  CREATE INDEX "bulletins_texts_parent_order_idx" ON "bulletins_texts" USING btree ("parent_id","order");
  CREATE INDEX "_bulletins_v_status_latest_updated_idx" ON "_bulletins_v" USING btree ("version_workflow_status","latest","version_updated_at");
  CREATE INDEX "_bulletins_v_unit_latest_updated_idx" ON "_bulletins_v" USING btree ("version_unit_id","latest","version_updated_at");
  CREATE INDEX "_bulletins_v_latest_updated_idx" ON "_bulletins_v" USING btree ("latest","version_updated_at");
  CREATE INDEX "_bulletins_v_campaign_report_idx" ON "_bulletins_v" USING btree ("version_campaign_id","latest","version_unit_id","version_workflow_status","parent_id","updated_at");
  CREATE INDEX "_bulletins_v_texts_parent_order_idx" ON "_bulletins_v_texts" USING btree ("parent_id","order");
  CREATE INDEX "campaigns_assignments_locales_parent_idx" ON "campaigns_assignments_locales" USING btree ("_parent_id");
  CREATE INDEX "campaigns_locales_parent_idx" ON "campaigns_locales" USING btree ("_parent_id");
  CREATE INDEX "units_locales_parent_idx" ON "units_locales" USING btree ("_parent_id");
  CREATE INDEX "media_locales_parent_idx" ON "media_locales" USING btree ("_parent_id");
  -- Not in drizzle's schema: how often a state is the latest version's, so the review queue's plan uses the index above.
  CREATE STATISTICS IF NOT EXISTS "_articles_v_latest_state_stats" (mcv) ON "latest", "version_workflow_status" FROM "_articles_v";
  CREATE STATISTICS IF NOT EXISTS "_talking_points_v_latest_state_stats" (mcv) ON "latest", "version_workflow_status" FROM "_talking_points_v";
  CREATE STATISTICS IF NOT EXISTS "_briefs_v_latest_state_stats" (mcv) ON "latest", "version_workflow_status" FROM "_briefs_v";
  CREATE STATISTICS IF NOT EXISTS "_slogans_v_latest_state_stats" (mcv) ON "latest", "version_workflow_status" FROM "_slogans_v";
  CREATE STATISTICS IF NOT EXISTS "_bulletins_v_latest_state_stats" (mcv) ON "latest", "version_workflow_status" FROM "_bulletins_v";
`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP STATISTICS IF EXISTS "_articles_v_latest_state_stats";
  DROP STATISTICS IF EXISTS "_talking_points_v_latest_state_stats";
  DROP STATISTICS IF EXISTS "_briefs_v_latest_state_stats";
  DROP STATISTICS IF EXISTS "_slogans_v_latest_state_stats";
  DROP STATISTICS IF EXISTS "_bulletins_v_latest_state_stats";
   DROP INDEX "articles_locales_parent_idx";
  DROP INDEX "articles_texts_parent_order_idx";
  DROP INDEX "_articles_v_status_latest_updated_idx";
  DROP INDEX "_articles_v_unit_latest_updated_idx";
  DROP INDEX "_articles_v_latest_updated_idx";
  DROP INDEX "_articles_v_campaign_report_idx";
  DROP INDEX "_articles_v_locales_parent_idx";
  DROP INDEX "_articles_v_texts_parent_order_idx";
  DROP INDEX "talking_points_supporting_points_locales_parent_idx";
  DROP INDEX "talking_points_figures_locales_parent_idx";
  DROP INDEX "talking_points_locales_parent_idx";
  DROP INDEX "talking_points_texts_parent_order_idx";
  DROP INDEX "_talking_points_v_version_supporting_points_locales_parent_idx";
  DROP INDEX "_talking_points_v_version_figures_locales_parent_idx";
  DROP INDEX "_talking_points_v_status_latest_updated_idx";
  DROP INDEX "_talking_points_v_unit_latest_updated_idx";
  DROP INDEX "_talking_points_v_latest_updated_idx";
  DROP INDEX "_talking_points_v_campaign_report_idx";
  DROP INDEX "_talking_points_v_locales_parent_idx";
  DROP INDEX "_talking_points_v_texts_parent_order_idx";
  DROP INDEX "briefs_evidence_locales_parent_idx";
  DROP INDEX "briefs_locales_parent_idx";
  DROP INDEX "briefs_texts_parent_order_idx";
  DROP INDEX "_briefs_v_version_evidence_locales_parent_idx";
  DROP INDEX "_briefs_v_status_latest_updated_idx";
  DROP INDEX "_briefs_v_unit_latest_updated_idx";
  DROP INDEX "_briefs_v_latest_updated_idx";
  DROP INDEX "_briefs_v_campaign_report_idx";
  DROP INDEX "_briefs_v_locales_parent_idx";
  DROP INDEX "_briefs_v_texts_parent_order_idx";
  DROP INDEX "slogans_locales_parent_idx";
  DROP INDEX "slogans_texts_parent_order_idx";
  DROP INDEX "_slogans_v_status_latest_updated_idx";
  DROP INDEX "_slogans_v_unit_latest_updated_idx";
  DROP INDEX "_slogans_v_latest_updated_idx";
  DROP INDEX "_slogans_v_campaign_report_idx";
  DROP INDEX "_slogans_v_locales_parent_idx";
  DROP INDEX "_slogans_v_texts_parent_order_idx";
  DROP INDEX "bulletins_texts_parent_order_idx";
  DROP INDEX "_bulletins_v_status_latest_updated_idx";
  DROP INDEX "_bulletins_v_unit_latest_updated_idx";
  DROP INDEX "_bulletins_v_latest_updated_idx";
  DROP INDEX "_bulletins_v_campaign_report_idx";
  DROP INDEX "_bulletins_v_texts_parent_order_idx";
  DROP INDEX "campaigns_assignments_locales_parent_idx";
  DROP INDEX "campaigns_locales_parent_idx";
  DROP INDEX "units_locales_parent_idx";
  DROP INDEX "media_locales_parent_idx";`)
}
