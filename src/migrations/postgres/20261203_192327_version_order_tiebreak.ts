// The drafts' indexes (src/schema/scaleIndexes.ts) gain Payload's tiebreak column, created_at, so that a page of an
// editor's or reviewer's latest versions, newest first, is read in index order instead of sorted from all of them.
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "_articles_v_status_latest_updated_idx";
  DROP INDEX "_articles_v_unit_latest_updated_idx";
  DROP INDEX "_articles_v_latest_updated_idx";
  DROP INDEX "_talking_points_v_status_latest_updated_idx";
  DROP INDEX "_talking_points_v_unit_latest_updated_idx";
  DROP INDEX "_talking_points_v_latest_updated_idx";
  DROP INDEX "_briefs_v_status_latest_updated_idx";
  DROP INDEX "_briefs_v_unit_latest_updated_idx";
  DROP INDEX "_briefs_v_latest_updated_idx";
  DROP INDEX "_slogans_v_status_latest_updated_idx";
  DROP INDEX "_slogans_v_unit_latest_updated_idx";
  DROP INDEX "_slogans_v_latest_updated_idx";
  DROP INDEX "_bulletins_v_status_latest_updated_idx";
  DROP INDEX "_bulletins_v_unit_latest_updated_idx";
  DROP INDEX "_bulletins_v_latest_updated_idx";
  CREATE INDEX "_articles_v_status_latest_updated_idx" ON "_articles_v" USING btree ("version_workflow_status","latest","version_updated_at","created_at");
  CREATE INDEX "_articles_v_unit_latest_updated_idx" ON "_articles_v" USING btree ("version_unit_id","latest","version_updated_at","created_at");
  CREATE INDEX "_articles_v_latest_updated_idx" ON "_articles_v" USING btree ("latest","version_updated_at","created_at");
  CREATE INDEX "_talking_points_v_status_latest_updated_idx" ON "_talking_points_v" USING btree ("version_workflow_status","latest","version_updated_at","created_at");
  CREATE INDEX "_talking_points_v_unit_latest_updated_idx" ON "_talking_points_v" USING btree ("version_unit_id","latest","version_updated_at","created_at");
  CREATE INDEX "_talking_points_v_latest_updated_idx" ON "_talking_points_v" USING btree ("latest","version_updated_at","created_at");
  CREATE INDEX "_briefs_v_status_latest_updated_idx" ON "_briefs_v" USING btree ("version_workflow_status","latest","version_updated_at","created_at");
  CREATE INDEX "_briefs_v_unit_latest_updated_idx" ON "_briefs_v" USING btree ("version_unit_id","latest","version_updated_at","created_at");
  CREATE INDEX "_briefs_v_latest_updated_idx" ON "_briefs_v" USING btree ("latest","version_updated_at","created_at");
  CREATE INDEX "_slogans_v_status_latest_updated_idx" ON "_slogans_v" USING btree ("version_workflow_status","latest","version_updated_at","created_at");
  CREATE INDEX "_slogans_v_unit_latest_updated_idx" ON "_slogans_v" USING btree ("version_unit_id","latest","version_updated_at","created_at");
  CREATE INDEX "_slogans_v_latest_updated_idx" ON "_slogans_v" USING btree ("latest","version_updated_at","created_at");
  CREATE INDEX "_bulletins_v_status_latest_updated_idx" ON "_bulletins_v" USING btree ("version_workflow_status","latest","version_updated_at","created_at");
  CREATE INDEX "_bulletins_v_unit_latest_updated_idx" ON "_bulletins_v" USING btree ("version_unit_id","latest","version_updated_at","created_at");
  CREATE INDEX "_bulletins_v_latest_updated_idx" ON "_bulletins_v" USING btree ("latest","version_updated_at","created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "_articles_v_status_latest_updated_idx";
  DROP INDEX "_articles_v_unit_latest_updated_idx";
  DROP INDEX "_articles_v_latest_updated_idx";
  DROP INDEX "_talking_points_v_status_latest_updated_idx";
  DROP INDEX "_talking_points_v_unit_latest_updated_idx";
  DROP INDEX "_talking_points_v_latest_updated_idx";
  DROP INDEX "_briefs_v_status_latest_updated_idx";
  DROP INDEX "_briefs_v_unit_latest_updated_idx";
  DROP INDEX "_briefs_v_latest_updated_idx";
  DROP INDEX "_slogans_v_status_latest_updated_idx";
  DROP INDEX "_slogans_v_unit_latest_updated_idx";
  DROP INDEX "_slogans_v_latest_updated_idx";
  DROP INDEX "_bulletins_v_status_latest_updated_idx";
  DROP INDEX "_bulletins_v_unit_latest_updated_idx";
  DROP INDEX "_bulletins_v_latest_updated_idx";
  CREATE INDEX "_articles_v_status_latest_updated_idx" ON "_articles_v" USING btree ("version_workflow_status","latest","version_updated_at");
  CREATE INDEX "_articles_v_unit_latest_updated_idx" ON "_articles_v" USING btree ("version_unit_id","latest","version_updated_at");
  CREATE INDEX "_articles_v_latest_updated_idx" ON "_articles_v" USING btree ("latest","version_updated_at");
  CREATE INDEX "_talking_points_v_status_latest_updated_idx" ON "_talking_points_v" USING btree ("version_workflow_status","latest","version_updated_at");
  CREATE INDEX "_talking_points_v_unit_latest_updated_idx" ON "_talking_points_v" USING btree ("version_unit_id","latest","version_updated_at");
  CREATE INDEX "_talking_points_v_latest_updated_idx" ON "_talking_points_v" USING btree ("latest","version_updated_at");
  CREATE INDEX "_briefs_v_status_latest_updated_idx" ON "_briefs_v" USING btree ("version_workflow_status","latest","version_updated_at");
  CREATE INDEX "_briefs_v_unit_latest_updated_idx" ON "_briefs_v" USING btree ("version_unit_id","latest","version_updated_at");
  CREATE INDEX "_briefs_v_latest_updated_idx" ON "_briefs_v" USING btree ("latest","version_updated_at");
  CREATE INDEX "_slogans_v_status_latest_updated_idx" ON "_slogans_v" USING btree ("version_workflow_status","latest","version_updated_at");
  CREATE INDEX "_slogans_v_unit_latest_updated_idx" ON "_slogans_v" USING btree ("version_unit_id","latest","version_updated_at");
  CREATE INDEX "_slogans_v_latest_updated_idx" ON "_slogans_v" USING btree ("latest","version_updated_at");
  CREATE INDEX "_bulletins_v_status_latest_updated_idx" ON "_bulletins_v" USING btree ("version_workflow_status","latest","version_updated_at");
  CREATE INDEX "_bulletins_v_unit_latest_updated_idx" ON "_bulletins_v" USING btree ("version_unit_id","latest","version_updated_at");
  CREATE INDEX "_bulletins_v_latest_updated_idx" ON "_bulletins_v" USING btree ("latest","version_updated_at");`)
}
