import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_procedures_lifecycle" AS ENUM('draft', 'published', 'abolished');
  CREATE TYPE "public"."enum__procedures_v_version_levels" AS ENUM('ministry', 'province', 'commune', 'other');
  CREATE TYPE "public"."enum__procedures_v_version_subjects" AS ENUM('citizen', 'overseasVietnamese', 'foreigner', 'enterprise', 'foreignInvestedEnterprise', 'cooperative', 'organization', 'foreignOrganization', 'civilServant', 'partyMember', 'partyOrganization');
  CREATE TYPE "public"."enum__procedures_v_version_channels_channel" AS ENUM('inPerson', 'online', 'postal');
  CREATE TYPE "public"."enum__procedures_v_version_channels_processing_time_unit" AS ENUM('workingDays', 'days', 'hours', 'workingHours', 'months');
  CREATE TYPE "public"."enum__procedures_v_version_online_service_level" AS ENUM('full', 'partial', 'none');
  CREATE TYPE "public"."enum__procedures_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__procedures_v_published_locale" AS ENUM('vi', 'en');
  CREATE TABLE "_procedures_v_version_levels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__procedures_v_version_levels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_procedures_v_version_subjects" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__procedures_v_version_subjects",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_procedures_v_version_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"description" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v_version_channels" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"channel" "enum__procedures_v_version_channels_channel",
  	"processing_time_value" numeric,
  	"processing_time_unit" "enum__procedures_v_version_channels_processing_time_unit",
  	"processing_time_text" varchar,
  	"free" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v_version_channels_locales" (
  	"fee_text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_procedures_v_version_dossier_groups_documents" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"originals" numeric DEFAULT 0,
  	"copies" numeric DEFAULT 0,
  	"quantity_text" varchar,
  	"template_id" integer,
  	"template_name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v_version_dossier_groups" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v_version_results" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v_version_results_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_procedures_v_version_legal_basis_unresolved" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v_version_review_flags" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"message" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_code" varchar,
  	"version_ministry_id" integer,
  	"version_field_id" integer,
  	"version_procedure_type" varchar,
  	"version_competent_authority_id" integer,
  	"version_executing_agency_id" integer,
  	"version_delegated_agency" varchar,
  	"version_coordinating_agency" varchar,
  	"version_related_procedures" varchar,
  	"version_online_service_level" "enum__procedures_v_version_online_service_level" DEFAULT 'none',
  	"version_publication_decision_id" integer,
  	"version_source_url" varchar,
  	"version_source" varchar,
  	"version_status" "enum_procedures_lifecycle" DEFAULT 'draft',
  	"version_slug" varchar,
  	"version_needs_review" boolean DEFAULT false,
  	"version_import_hash" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__procedures_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__procedures_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_procedures_v_locales" (
  	"version_name" varchar,
  	"version_receiving_address" varchar,
  	"version_requirements" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_procedures_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"legal_documents_id" integer
  );
  
  ALTER TABLE "procedures_steps" ALTER COLUMN "description" DROP NOT NULL;
  ALTER TABLE "procedures_channels" ALTER COLUMN "channel" DROP NOT NULL;
  ALTER TABLE "procedures_dossier_groups_documents" ALTER COLUMN "name" DROP NOT NULL;
  ALTER TABLE "procedures_results_locales" ALTER COLUMN "name" DROP NOT NULL;
  ALTER TABLE "procedures_legal_basis_unresolved" ALTER COLUMN "text" DROP NOT NULL;
  ALTER TABLE "procedures_review_flags" ALTER COLUMN "code" DROP NOT NULL;
  ALTER TABLE "procedures_review_flags" ALTER COLUMN "message" DROP NOT NULL;
  ALTER TABLE "procedures" ALTER COLUMN "code" DROP NOT NULL;
  ALTER TABLE "procedures" ALTER COLUMN "status" DROP DEFAULT;
  ALTER TABLE "procedures" ALTER COLUMN "status" SET DATA TYPE "public"."enum_procedures_lifecycle" USING "status"::text::"public"."enum_procedures_lifecycle";
  ALTER TABLE "procedures" ALTER COLUMN "status" SET DEFAULT 'draft';
  ALTER TABLE "procedures" ALTER COLUMN "status" DROP NOT NULL;
  ALTER TABLE "procedures_locales" ALTER COLUMN "name" DROP NOT NULL;
  -- The lifecycle status (draft, published, abolished) now has its own type, so that Payload's
  -- draft status (_status) can take the name enum_procedures_status (hand-ordered: the generated
  -- statements changed _status before it existed).
  DROP TYPE "public"."enum_procedures_status";
  CREATE TYPE "public"."enum_procedures_status" AS ENUM('draft', 'published');
  ALTER TABLE "procedures" ADD COLUMN "_status" "enum_procedures_status" DEFAULT 'draft';
  -- What the public already sees is the published version.
  UPDATE "procedures" SET "_status" = 'published' WHERE "status" <> 'draft';
  ALTER TABLE "_procedures_v_version_levels" ADD CONSTRAINT "_procedures_v_version_levels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_subjects" ADD CONSTRAINT "_procedures_v_version_subjects_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_steps" ADD CONSTRAINT "_procedures_v_version_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_channels" ADD CONSTRAINT "_procedures_v_version_channels_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_channels_locales" ADD CONSTRAINT "_procedures_v_version_channels_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v_version_channels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_dossier_groups_documents" ADD CONSTRAINT "_procedures_v_version_dossier_groups_documents_template_id_media_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_dossier_groups_documents" ADD CONSTRAINT "_procedures_v_version_dossier_groups_documents_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v_version_dossier_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_dossier_groups" ADD CONSTRAINT "_procedures_v_version_dossier_groups_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_results" ADD CONSTRAINT "_procedures_v_version_results_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_results_locales" ADD CONSTRAINT "_procedures_v_version_results_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v_version_results"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_legal_basis_unresolved" ADD CONSTRAINT "_procedures_v_version_legal_basis_unresolved_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_review_flags" ADD CONSTRAINT "_procedures_v_version_review_flags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_parent_id_procedures_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_ministry_id_agencies_id_fk" FOREIGN KEY ("version_ministry_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_field_id_fields_id_fk" FOREIGN KEY ("version_field_id") REFERENCES "public"."fields"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_competent_authority_id_agencies_id_fk" FOREIGN KEY ("version_competent_authority_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_executing_agency_id_agencies_id_fk" FOREIGN KEY ("version_executing_agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_publication_decision_id_publication_decisions_id_fk" FOREIGN KEY ("version_publication_decision_id") REFERENCES "public"."publication_decisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v_locales" ADD CONSTRAINT "_procedures_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_rels" ADD CONSTRAINT "_procedures_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_rels" ADD CONSTRAINT "_procedures_v_rels_legal_documents_fk" FOREIGN KEY ("legal_documents_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "_procedures_v_version_levels_order_idx" ON "_procedures_v_version_levels" USING btree ("order");
  CREATE INDEX "_procedures_v_version_levels_parent_idx" ON "_procedures_v_version_levels" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_version_subjects_order_idx" ON "_procedures_v_version_subjects" USING btree ("order");
  CREATE INDEX "_procedures_v_version_subjects_parent_idx" ON "_procedures_v_version_subjects" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_version_steps_order_idx" ON "_procedures_v_version_steps" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_steps_parent_id_idx" ON "_procedures_v_version_steps" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_version_steps_locale_idx" ON "_procedures_v_version_steps" USING btree ("_locale");
  CREATE INDEX "_procedures_v_version_channels_order_idx" ON "_procedures_v_version_channels" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_channels_parent_id_idx" ON "_procedures_v_version_channels" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_procedures_v_version_channels_locales_locale_parent_id_uniq" ON "_procedures_v_version_channels_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_procedures_v_version_dossier_groups_documents_order_idx" ON "_procedures_v_version_dossier_groups_documents" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_dossier_groups_documents_parent_id_idx" ON "_procedures_v_version_dossier_groups_documents" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_version_dossier_groups_documents_locale_idx" ON "_procedures_v_version_dossier_groups_documents" USING btree ("_locale");
  CREATE INDEX "_procedures_v_version_dossier_groups_documents_template_idx" ON "_procedures_v_version_dossier_groups_documents" USING btree ("template_id");
  CREATE INDEX "_procedures_v_version_dossier_groups_order_idx" ON "_procedures_v_version_dossier_groups" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_dossier_groups_parent_id_idx" ON "_procedures_v_version_dossier_groups" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_version_dossier_groups_locale_idx" ON "_procedures_v_version_dossier_groups" USING btree ("_locale");
  CREATE INDEX "_procedures_v_version_results_order_idx" ON "_procedures_v_version_results" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_results_parent_id_idx" ON "_procedures_v_version_results" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_procedures_v_version_results_locales_locale_parent_id_uniqu" ON "_procedures_v_version_results_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_procedures_v_version_legal_basis_unresolved_order_idx" ON "_procedures_v_version_legal_basis_unresolved" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_legal_basis_unresolved_parent_id_idx" ON "_procedures_v_version_legal_basis_unresolved" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_version_review_flags_order_idx" ON "_procedures_v_version_review_flags" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_review_flags_parent_id_idx" ON "_procedures_v_version_review_flags" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_parent_idx" ON "_procedures_v" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_version_version_code_idx" ON "_procedures_v" USING btree ("version_code");
  CREATE INDEX "_procedures_v_version_version_ministry_idx" ON "_procedures_v" USING btree ("version_ministry_id");
  CREATE INDEX "_procedures_v_version_version_field_idx" ON "_procedures_v" USING btree ("version_field_id");
  CREATE INDEX "_procedures_v_version_version_competent_authority_idx" ON "_procedures_v" USING btree ("version_competent_authority_id");
  CREATE INDEX "_procedures_v_version_version_executing_agency_idx" ON "_procedures_v" USING btree ("version_executing_agency_id");
  CREATE INDEX "_procedures_v_version_version_online_service_level_idx" ON "_procedures_v" USING btree ("version_online_service_level");
  CREATE INDEX "_procedures_v_version_version_publication_decision_idx" ON "_procedures_v" USING btree ("version_publication_decision_id");
  CREATE INDEX "_procedures_v_version_version_status_idx" ON "_procedures_v" USING btree ("version_status");
  CREATE INDEX "_procedures_v_version_version_slug_idx" ON "_procedures_v" USING btree ("version_slug");
  CREATE INDEX "_procedures_v_version_version_needs_review_idx" ON "_procedures_v" USING btree ("version_needs_review");
  CREATE INDEX "_procedures_v_version_version_updated_at_idx" ON "_procedures_v" USING btree ("version_updated_at");
  CREATE INDEX "_procedures_v_version_version_created_at_idx" ON "_procedures_v" USING btree ("version_created_at");
  CREATE INDEX "_procedures_v_version_version__status_idx" ON "_procedures_v" USING btree ("version__status");
  CREATE INDEX "_procedures_v_created_at_idx" ON "_procedures_v" USING btree ("created_at");
  CREATE INDEX "_procedures_v_updated_at_idx" ON "_procedures_v" USING btree ("updated_at");
  CREATE INDEX "_procedures_v_snapshot_idx" ON "_procedures_v" USING btree ("snapshot");
  CREATE INDEX "_procedures_v_published_locale_idx" ON "_procedures_v" USING btree ("published_locale");
  CREATE INDEX "_procedures_v_latest_idx" ON "_procedures_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_procedures_v_locales_locale_parent_id_unique" ON "_procedures_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_procedures_v_rels_order_idx" ON "_procedures_v_rels" USING btree ("order");
  CREATE INDEX "_procedures_v_rels_parent_idx" ON "_procedures_v_rels" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_rels_path_idx" ON "_procedures_v_rels" USING btree ("path");
  CREATE INDEX "_procedures_v_rels_legal_documents_id_idx" ON "_procedures_v_rels" USING btree ("legal_documents_id");
  CREATE INDEX "procedures__status_idx" ON "procedures" USING btree ("_status");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "procedures" DROP COLUMN "_status";
  DROP TYPE "public"."enum_procedures_status";
  CREATE TYPE "public"."enum_procedures_status" AS ENUM('draft', 'published', 'abolished');
  ALTER TABLE "_procedures_v_version_levels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_version_subjects" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_version_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_version_channels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_version_channels_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_version_dossier_groups_documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_version_dossier_groups" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_version_results" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_version_results_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_version_legal_basis_unresolved" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_version_review_flags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "_procedures_v_version_levels" CASCADE;
  DROP TABLE "_procedures_v_version_subjects" CASCADE;
  DROP TABLE "_procedures_v_version_steps" CASCADE;
  DROP TABLE "_procedures_v_version_channels" CASCADE;
  DROP TABLE "_procedures_v_version_channels_locales" CASCADE;
  DROP TABLE "_procedures_v_version_dossier_groups_documents" CASCADE;
  DROP TABLE "_procedures_v_version_dossier_groups" CASCADE;
  DROP TABLE "_procedures_v_version_results" CASCADE;
  DROP TABLE "_procedures_v_version_results_locales" CASCADE;
  DROP TABLE "_procedures_v_version_legal_basis_unresolved" CASCADE;
  DROP TABLE "_procedures_v_version_review_flags" CASCADE;
  DROP TABLE "_procedures_v" CASCADE;
  DROP TABLE "_procedures_v_locales" CASCADE;
  DROP TABLE "_procedures_v_rels" CASCADE;
  DROP INDEX "procedures__status_idx";
  ALTER TABLE "procedures_steps" ALTER COLUMN "description" SET NOT NULL;
  ALTER TABLE "procedures_channels" ALTER COLUMN "channel" SET NOT NULL;
  ALTER TABLE "procedures_dossier_groups_documents" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "procedures_results_locales" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "procedures_legal_basis_unresolved" ALTER COLUMN "text" SET NOT NULL;
  ALTER TABLE "procedures_review_flags" ALTER COLUMN "code" SET NOT NULL;
  ALTER TABLE "procedures_review_flags" ALTER COLUMN "message" SET NOT NULL;
  ALTER TABLE "procedures" ALTER COLUMN "code" SET NOT NULL;
  ALTER TABLE "procedures" ALTER COLUMN "status" DROP DEFAULT;
  ALTER TABLE "procedures" ALTER COLUMN "status" SET DATA TYPE "public"."enum_procedures_status" USING "status"::text::"public"."enum_procedures_status";
  ALTER TABLE "procedures" ALTER COLUMN "status" SET DEFAULT 'draft';
  ALTER TABLE "procedures" ALTER COLUMN "status" SET NOT NULL;
  ALTER TABLE "procedures_locales" ALTER COLUMN "name" SET NOT NULL;
  DROP TYPE "public"."enum_procedures_lifecycle";
  DROP TYPE "public"."enum__procedures_v_version_levels";
  DROP TYPE "public"."enum__procedures_v_version_subjects";
  DROP TYPE "public"."enum__procedures_v_version_channels_channel";
  DROP TYPE "public"."enum__procedures_v_version_channels_processing_time_unit";
  DROP TYPE "public"."enum__procedures_v_version_online_service_level";
  DROP TYPE "public"."enum__procedures_v_version_status";
  DROP TYPE "public"."enum__procedures_v_published_locale";`)
}
