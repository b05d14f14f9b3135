import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_dossier_files_purpose" AS ENUM('document', 'supplement', 'result');
  CREATE TABLE "dossier_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"dossier_id" integer,
  	"draft_id" integer,
  	"applicant_id" integer NOT NULL,
  	"purpose" "enum_dossier_files_purpose" NOT NULL,
  	"document_key" varchar,
  	"name" varchar NOT NULL,
  	"mime" varchar NOT NULL,
  	"size" numeric NOT NULL,
  	"sha256" varchar NOT NULL,
  	"storage_key" varchar NOT NULL,
  	"uploaded_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "dossier_drafts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"applicant_id" integer NOT NULL,
  	"procedure_id" integer NOT NULL,
  	"answers" jsonb,
  	"completed_steps" jsonb,
  	"submission_key" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dossier_files_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dossier_drafts_id" integer;
  ALTER TABLE "dossier_files" ADD CONSTRAINT "dossier_files_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE restrict ON UPDATE no action;
  ALTER TABLE "dossier_files" ADD CONSTRAINT "dossier_files_draft_id_dossier_drafts_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."dossier_drafts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dossier_files" ADD CONSTRAINT "dossier_files_applicant_id_citizens_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."citizens"("id") ON DELETE restrict ON UPDATE no action;
  ALTER TABLE "dossier_files" ADD CONSTRAINT "dossier_files_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dossier_drafts" ADD CONSTRAINT "dossier_drafts_applicant_id_citizens_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."citizens"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dossier_drafts" ADD CONSTRAINT "dossier_drafts_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "dossier_files_dossier_idx" ON "dossier_files" USING btree ("dossier_id");
  CREATE INDEX "dossier_files_draft_idx" ON "dossier_files" USING btree ("draft_id");
  CREATE INDEX "dossier_files_applicant_idx" ON "dossier_files" USING btree ("applicant_id");
  CREATE INDEX "dossier_files_uploaded_by_idx" ON "dossier_files" USING btree ("uploaded_by_id");
  CREATE INDEX "dossier_files_updated_at_idx" ON "dossier_files" USING btree ("updated_at");
  CREATE INDEX "dossier_files_created_at_idx" ON "dossier_files" USING btree ("created_at");
  CREATE INDEX "dossier_drafts_applicant_idx" ON "dossier_drafts" USING btree ("applicant_id");
  CREATE INDEX "dossier_drafts_procedure_idx" ON "dossier_drafts" USING btree ("procedure_id");
  CREATE INDEX "dossier_drafts_updated_at_idx" ON "dossier_drafts" USING btree ("updated_at");
  CREATE INDEX "dossier_drafts_created_at_idx" ON "dossier_drafts" USING btree ("created_at");
  CREATE UNIQUE INDEX "applicant_procedure_idx" ON "dossier_drafts" USING btree ("applicant_id","procedure_id");
  -- A file of a draft stays without either when its draft is abandoned; lib/files collects those.
  -- The key of a stored file is never reused by two rows.
  CREATE UNIQUE INDEX "dossier_files_storage_key_idx" ON "dossier_files" USING btree ("storage_key");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dossier_files_fk" FOREIGN KEY ("dossier_files_id") REFERENCES "public"."dossier_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dossier_drafts_fk" FOREIGN KEY ("dossier_drafts_id") REFERENCES "public"."dossier_drafts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_dossier_files_id_idx" ON "payload_locked_documents_rels" USING btree ("dossier_files_id");
  CREATE INDEX "payload_locked_documents_rels_dossier_drafts_id_idx" ON "payload_locked_documents_rels" USING btree ("dossier_drafts_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "dossier_files" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dossier_drafts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "dossier_files" CASCADE;
  DROP TABLE "dossier_drafts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dossier_files_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dossier_drafts_fk";
  
  DROP INDEX "payload_locked_documents_rels_dossier_files_id_idx";
  DROP INDEX "payload_locked_documents_rels_dossier_drafts_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dossier_files_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dossier_drafts_id";
  DROP TYPE "public"."enum_dossier_files_purpose";`)
}
