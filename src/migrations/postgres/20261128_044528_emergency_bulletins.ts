import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'assembleEmergencyBulletin' BEFORE 'generateBulletinAudio';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'assembleEmergencyBulletin' BEFORE 'generateBulletinAudio';
  ALTER TABLE "bulletins" ADD COLUMN "out_of_slot" boolean DEFAULT false;
  ALTER TABLE "_bulletins_v" ADD COLUMN "version_out_of_slot" boolean DEFAULT false;
  CREATE INDEX "bulletins_out_of_slot_idx" ON "bulletins" USING btree ("out_of_slot");
  CREATE INDEX "_bulletins_v_version_version_out_of_slot_idx" ON "_bulletins_v" USING btree ("version_out_of_slot");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishScheduled', 'deliverWebhooks', 'assembleBulletin', 'generateBulletinAudio');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishScheduled', 'deliverWebhooks', 'assembleBulletin', 'generateBulletinAudio');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "bulletins_out_of_slot_idx";
  DROP INDEX "_bulletins_v_version_version_out_of_slot_idx";
  ALTER TABLE "bulletins" DROP COLUMN "out_of_slot";
  ALTER TABLE "_bulletins_v" DROP COLUMN "version_out_of_slot";`)
}
