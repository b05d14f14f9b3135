import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "procedures" ADD COLUMN "abolished_by_id" integer;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_abolished_by_id" integer;
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_abolished_by_id_publication_decisions_id_fk" FOREIGN KEY ("abolished_by_id") REFERENCES "public"."publication_decisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_abolished_by_id_publication_decisions_id_fk" FOREIGN KEY ("version_abolished_by_id") REFERENCES "public"."publication_decisions"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "procedures_abolished_by_idx" ON "procedures" USING btree ("abolished_by_id");
  CREATE INDEX "_procedures_v_version_version_abolished_by_idx" ON "_procedures_v" USING btree ("version_abolished_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "procedures" DROP CONSTRAINT "procedures_abolished_by_id_publication_decisions_id_fk";
  
  ALTER TABLE "_procedures_v" DROP CONSTRAINT "_procedures_v_version_abolished_by_id_publication_decisions_id_fk";
  
  DROP INDEX "procedures_abolished_by_idx";
  DROP INDEX "_procedures_v_version_version_abolished_by_idx";
  ALTER TABLE "procedures" DROP COLUMN "abolished_by_id";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_abolished_by_id";`)
}
