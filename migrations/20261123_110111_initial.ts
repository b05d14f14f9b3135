import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_procedures_levels" AS ENUM('ministry', 'province', 'commune', 'other');
  CREATE TYPE "public"."enum_procedures_subjects" AS ENUM('citizen', 'overseasVietnamese', 'foreigner', 'enterprise', 'foreignInvestedEnterprise', 'cooperative', 'organization', 'foreignOrganization', 'civilServant', 'partyMember', 'partyOrganization');
  CREATE TYPE "public"."enum_procedures_channels_channel" AS ENUM('inPerson', 'online', 'postal');
  CREATE TYPE "public"."enum_procedures_channels_processing_time_unit" AS ENUM('workingDays', 'days', 'hours', 'workingHours', 'months');
  CREATE TYPE "public"."enum_procedures_online_service_level" AS ENUM('full', 'partial', 'none');
  CREATE TYPE "public"."enum_procedures_status" AS ENUM('draft', 'published', 'abolished');
  CREATE TYPE "public"."enum_publication_decisions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_agencies_type" AS ENUM('government', 'ministry', 'ministryLevel', 'governmentAgency', 'central', 'provincial', 'commune', 'judicial', 'other');
  CREATE TYPE "public"."enum_administrative_units_former_units_merge_type" AS ENUM('full', 'partial');
  CREATE TYPE "public"."enum_administrative_units_level" AS ENUM('province', 'commune');
  CREATE TYPE "public"."enum_administrative_units_type" AS ENUM('city', 'province', 'ward', 'commune', 'specialZone');
  CREATE TYPE "public"."enum_faqs_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'agencyAdmin', 'editor', 'reviewer', 'officer');
  CREATE TABLE "procedures_levels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_procedures_levels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "procedures_subjects" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_procedures_subjects",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "procedures_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"description" varchar NOT NULL
  );
  
  CREATE TABLE "procedures_channels" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"channel" "enum_procedures_channels_channel" NOT NULL,
  	"processing_time_value" numeric,
  	"processing_time_unit" "enum_procedures_channels_processing_time_unit",
  	"processing_time_text" varchar,
  	"free" boolean DEFAULT false
  );
  
  CREATE TABLE "procedures_channels_locales" (
  	"fee_text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "procedures_dossier_groups_documents" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"originals" numeric DEFAULT 0,
  	"copies" numeric DEFAULT 0,
  	"quantity_text" varchar,
  	"template_id" integer,
  	"template_name" varchar
  );
  
  CREATE TABLE "procedures_dossier_groups" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar
  );
  
  CREATE TABLE "procedures_results" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"code" varchar
  );
  
  CREATE TABLE "procedures_results_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "procedures_legal_basis_unresolved" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL
  );
  
  CREATE TABLE "procedures_review_flags" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"message" varchar NOT NULL
  );
  
  CREATE TABLE "procedures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"ministry_id" integer,
  	"field_id" integer,
  	"procedure_type" varchar,
  	"competent_authority_id" integer,
  	"executing_agency_id" integer,
  	"delegated_agency" varchar,
  	"coordinating_agency" varchar,
  	"related_procedures" varchar,
  	"online_service_level" "enum_procedures_online_service_level" DEFAULT 'none',
  	"publication_decision_id" integer,
  	"source_url" varchar,
  	"source" varchar,
  	"status" "enum_procedures_status" DEFAULT 'draft' NOT NULL,
  	"slug" varchar,
  	"needs_review" boolean DEFAULT false,
  	"import_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "procedures_locales" (
  	"name" varchar NOT NULL,
  	"receiving_address" varchar,
  	"requirements" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "procedures_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"legal_documents_id" integer
  );
  
  CREATE TABLE "publication_decisions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar NOT NULL,
  	"issuer_id" integer,
  	"signed_date" timestamp(3) with time zone,
  	"effective_date" timestamp(3) with time zone,
  	"document_id" integer,
  	"status" "enum_publication_decisions_status" DEFAULT 'draft' NOT NULL,
  	"import_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "publication_decisions_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "legal_documents_review_flags" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"message" varchar NOT NULL
  );
  
  CREATE TABLE "legal_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"type" varchar,
  	"issued_date" timestamp(3) with time zone,
  	"issuer" varchar,
  	"url" varchar,
  	"needs_review" boolean DEFAULT false,
  	"import_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "legal_documents_locales" (
  	"title" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "agencies_former_names" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL
  );
  
  CREATE TABLE "agencies_review_flags" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"message" varchar NOT NULL
  );
  
  CREATE TABLE "agencies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"abbreviation" varchar,
  	"code" varchar,
  	"type" "enum_agencies_type" DEFAULT 'other' NOT NULL,
  	"parent_id" integer,
  	"administrative_unit_id" integer,
  	"contacts_phone" varchar,
  	"contacts_hotline" varchar,
  	"contacts_email" varchar,
  	"contacts_website" varchar,
  	"needs_review" boolean DEFAULT false,
  	"import_key" varchar,
  	"import_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "agencies_locales" (
  	"name" varchar NOT NULL,
  	"contacts_address" varchar,
  	"contacts_opening_hours" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "administrative_units_former_units" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"full_name" varchar NOT NULL,
  	"district" varchar,
  	"province" varchar,
  	"merge_type" "enum_administrative_units_former_units_merge_type"
  );
  
  CREATE TABLE "administrative_units" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"level" "enum_administrative_units_level" NOT NULL,
  	"type" "enum_administrative_units_type" NOT NULL,
  	"name" varchar NOT NULL,
  	"full_name" varchar NOT NULL,
  	"name_en" varchar,
  	"parent_id" integer,
  	"import_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "fields" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"import_key" varchar,
  	"import_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "fields_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "fields_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"agencies_id" integer
  );
  
  CREATE TABLE "faqs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"field_id" integer,
  	"status" "enum_faqs_status" DEFAULT 'draft' NOT NULL,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "faqs_locales" (
  	"question" varchar NOT NULL,
  	"answer" jsonb NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "faqs_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"procedures_id" integer
  );
  
  CREATE TABLE "hotlines" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"phone" varchar NOT NULL,
  	"email" varchar,
  	"agency_id" integer,
  	"order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "hotlines_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"hours" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_pages_status" DEFAULT 'draft' NOT NULL,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "pages_locales" (
  	"title" varchar NOT NULL,
  	"content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
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
  	"alt" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
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
  	"name" varchar,
  	"role" "enum_users_role" DEFAULT 'editor' NOT NULL,
  	"agency_id" integer,
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
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
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
  	"procedures_id" integer,
  	"publication_decisions_id" integer,
  	"legal_documents_id" integer,
  	"agencies_id" integer,
  	"administrative_units_id" integer,
  	"fields_id" integer,
  	"faqs_id" integer,
  	"hotlines_id" integer,
  	"pages_id" integer,
  	"media_id" integer,
  	"users_id" integer
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
  
  ALTER TABLE "procedures_levels" ADD CONSTRAINT "procedures_levels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_subjects" ADD CONSTRAINT "procedures_subjects_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_steps" ADD CONSTRAINT "procedures_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_channels" ADD CONSTRAINT "procedures_channels_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_channels_locales" ADD CONSTRAINT "procedures_channels_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures_channels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_dossier_groups_documents" ADD CONSTRAINT "procedures_dossier_groups_documents_template_id_media_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures_dossier_groups_documents" ADD CONSTRAINT "procedures_dossier_groups_documents_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures_dossier_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_dossier_groups" ADD CONSTRAINT "procedures_dossier_groups_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_results" ADD CONSTRAINT "procedures_results_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_results_locales" ADD CONSTRAINT "procedures_results_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures_results"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_legal_basis_unresolved" ADD CONSTRAINT "procedures_legal_basis_unresolved_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_review_flags" ADD CONSTRAINT "procedures_review_flags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_ministry_id_agencies_id_fk" FOREIGN KEY ("ministry_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_field_id_fields_id_fk" FOREIGN KEY ("field_id") REFERENCES "public"."fields"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_competent_authority_id_agencies_id_fk" FOREIGN KEY ("competent_authority_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_executing_agency_id_agencies_id_fk" FOREIGN KEY ("executing_agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_publication_decision_id_publication_decisions_id_fk" FOREIGN KEY ("publication_decision_id") REFERENCES "public"."publication_decisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures_locales" ADD CONSTRAINT "procedures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_rels" ADD CONSTRAINT "procedures_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_rels" ADD CONSTRAINT "procedures_rels_legal_documents_fk" FOREIGN KEY ("legal_documents_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publication_decisions" ADD CONSTRAINT "publication_decisions_issuer_id_agencies_id_fk" FOREIGN KEY ("issuer_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publication_decisions" ADD CONSTRAINT "publication_decisions_document_id_media_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publication_decisions_locales" ADD CONSTRAINT "publication_decisions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."publication_decisions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_documents_review_flags" ADD CONSTRAINT "legal_documents_review_flags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_documents_locales" ADD CONSTRAINT "legal_documents_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "agencies_former_names" ADD CONSTRAINT "agencies_former_names_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "agencies_review_flags" ADD CONSTRAINT "agencies_review_flags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "agencies" ADD CONSTRAINT "agencies_parent_id_agencies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agencies" ADD CONSTRAINT "agencies_administrative_unit_id_administrative_units_id_fk" FOREIGN KEY ("administrative_unit_id") REFERENCES "public"."administrative_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agencies_locales" ADD CONSTRAINT "agencies_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "administrative_units_former_units" ADD CONSTRAINT "administrative_units_former_units_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."administrative_units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "administrative_units" ADD CONSTRAINT "administrative_units_parent_id_administrative_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."administrative_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "fields_locales" ADD CONSTRAINT "fields_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "fields_rels" ADD CONSTRAINT "fields_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "fields_rels" ADD CONSTRAINT "fields_rels_agencies_fk" FOREIGN KEY ("agencies_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs" ADD CONSTRAINT "faqs_field_id_fields_id_fk" FOREIGN KEY ("field_id") REFERENCES "public"."fields"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs_locales" ADD CONSTRAINT "faqs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "hotlines" ADD CONSTRAINT "hotlines_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "hotlines_locales" ADD CONSTRAINT "hotlines_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."hotlines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_locales" ADD CONSTRAINT "pages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_publication_decisions_fk" FOREIGN KEY ("publication_decisions_id") REFERENCES "public"."publication_decisions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_legal_documents_fk" FOREIGN KEY ("legal_documents_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_agencies_fk" FOREIGN KEY ("agencies_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_administrative_units_fk" FOREIGN KEY ("administrative_units_id") REFERENCES "public"."administrative_units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_fields_fk" FOREIGN KEY ("fields_id") REFERENCES "public"."fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_hotlines_fk" FOREIGN KEY ("hotlines_id") REFERENCES "public"."hotlines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "procedures_levels_order_idx" ON "procedures_levels" USING btree ("order");
  CREATE INDEX "procedures_levels_parent_idx" ON "procedures_levels" USING btree ("parent_id");
  CREATE INDEX "procedures_subjects_order_idx" ON "procedures_subjects" USING btree ("order");
  CREATE INDEX "procedures_subjects_parent_idx" ON "procedures_subjects" USING btree ("parent_id");
  CREATE INDEX "procedures_steps_order_idx" ON "procedures_steps" USING btree ("_order");
  CREATE INDEX "procedures_steps_parent_id_idx" ON "procedures_steps" USING btree ("_parent_id");
  CREATE INDEX "procedures_steps_locale_idx" ON "procedures_steps" USING btree ("_locale");
  CREATE INDEX "procedures_channels_order_idx" ON "procedures_channels" USING btree ("_order");
  CREATE INDEX "procedures_channels_parent_id_idx" ON "procedures_channels" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "procedures_channels_locales_locale_parent_id_unique" ON "procedures_channels_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "procedures_dossier_groups_documents_order_idx" ON "procedures_dossier_groups_documents" USING btree ("_order");
  CREATE INDEX "procedures_dossier_groups_documents_parent_id_idx" ON "procedures_dossier_groups_documents" USING btree ("_parent_id");
  CREATE INDEX "procedures_dossier_groups_documents_locale_idx" ON "procedures_dossier_groups_documents" USING btree ("_locale");
  CREATE INDEX "procedures_dossier_groups_documents_template_idx" ON "procedures_dossier_groups_documents" USING btree ("template_id");
  CREATE INDEX "procedures_dossier_groups_order_idx" ON "procedures_dossier_groups" USING btree ("_order");
  CREATE INDEX "procedures_dossier_groups_parent_id_idx" ON "procedures_dossier_groups" USING btree ("_parent_id");
  CREATE INDEX "procedures_dossier_groups_locale_idx" ON "procedures_dossier_groups" USING btree ("_locale");
  CREATE INDEX "procedures_results_order_idx" ON "procedures_results" USING btree ("_order");
  CREATE INDEX "procedures_results_parent_id_idx" ON "procedures_results" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "procedures_results_locales_locale_parent_id_unique" ON "procedures_results_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "procedures_legal_basis_unresolved_order_idx" ON "procedures_legal_basis_unresolved" USING btree ("_order");
  CREATE INDEX "procedures_legal_basis_unresolved_parent_id_idx" ON "procedures_legal_basis_unresolved" USING btree ("_parent_id");
  CREATE INDEX "procedures_review_flags_order_idx" ON "procedures_review_flags" USING btree ("_order");
  CREATE INDEX "procedures_review_flags_parent_id_idx" ON "procedures_review_flags" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "procedures_code_idx" ON "procedures" USING btree ("code");
  CREATE INDEX "procedures_ministry_idx" ON "procedures" USING btree ("ministry_id");
  CREATE INDEX "procedures_field_idx" ON "procedures" USING btree ("field_id");
  CREATE INDEX "procedures_competent_authority_idx" ON "procedures" USING btree ("competent_authority_id");
  CREATE INDEX "procedures_executing_agency_idx" ON "procedures" USING btree ("executing_agency_id");
  CREATE INDEX "procedures_online_service_level_idx" ON "procedures" USING btree ("online_service_level");
  CREATE INDEX "procedures_publication_decision_idx" ON "procedures" USING btree ("publication_decision_id");
  CREATE INDEX "procedures_status_idx" ON "procedures" USING btree ("status");
  CREATE UNIQUE INDEX "procedures_slug_idx" ON "procedures" USING btree ("slug");
  CREATE INDEX "procedures_needs_review_idx" ON "procedures" USING btree ("needs_review");
  CREATE INDEX "procedures_updated_at_idx" ON "procedures" USING btree ("updated_at");
  CREATE INDEX "procedures_created_at_idx" ON "procedures" USING btree ("created_at");
  CREATE UNIQUE INDEX "procedures_locales_locale_parent_id_unique" ON "procedures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "procedures_rels_order_idx" ON "procedures_rels" USING btree ("order");
  CREATE INDEX "procedures_rels_parent_idx" ON "procedures_rels" USING btree ("parent_id");
  CREATE INDEX "procedures_rels_path_idx" ON "procedures_rels" USING btree ("path");
  CREATE INDEX "procedures_rels_legal_documents_id_idx" ON "procedures_rels" USING btree ("legal_documents_id");
  CREATE UNIQUE INDEX "publication_decisions_number_idx" ON "publication_decisions" USING btree ("number");
  CREATE INDEX "publication_decisions_issuer_idx" ON "publication_decisions" USING btree ("issuer_id");
  CREATE INDEX "publication_decisions_document_idx" ON "publication_decisions" USING btree ("document_id");
  CREATE INDEX "publication_decisions_status_idx" ON "publication_decisions" USING btree ("status");
  CREATE INDEX "publication_decisions_updated_at_idx" ON "publication_decisions" USING btree ("updated_at");
  CREATE INDEX "publication_decisions_created_at_idx" ON "publication_decisions" USING btree ("created_at");
  CREATE UNIQUE INDEX "publication_decisions_locales_locale_parent_id_unique" ON "publication_decisions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "legal_documents_review_flags_order_idx" ON "legal_documents_review_flags" USING btree ("_order");
  CREATE INDEX "legal_documents_review_flags_parent_id_idx" ON "legal_documents_review_flags" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "legal_documents_code_idx" ON "legal_documents" USING btree ("code");
  CREATE INDEX "legal_documents_needs_review_idx" ON "legal_documents" USING btree ("needs_review");
  CREATE INDEX "legal_documents_updated_at_idx" ON "legal_documents" USING btree ("updated_at");
  CREATE INDEX "legal_documents_created_at_idx" ON "legal_documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "legal_documents_locales_locale_parent_id_unique" ON "legal_documents_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "agencies_former_names_order_idx" ON "agencies_former_names" USING btree ("_order");
  CREATE INDEX "agencies_former_names_parent_id_idx" ON "agencies_former_names" USING btree ("_parent_id");
  CREATE INDEX "agencies_review_flags_order_idx" ON "agencies_review_flags" USING btree ("_order");
  CREATE INDEX "agencies_review_flags_parent_id_idx" ON "agencies_review_flags" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "agencies_code_idx" ON "agencies" USING btree ("code");
  CREATE INDEX "agencies_type_idx" ON "agencies" USING btree ("type");
  CREATE INDEX "agencies_parent_idx" ON "agencies" USING btree ("parent_id");
  CREATE INDEX "agencies_administrative_unit_idx" ON "agencies" USING btree ("administrative_unit_id");
  CREATE INDEX "agencies_needs_review_idx" ON "agencies" USING btree ("needs_review");
  CREATE UNIQUE INDEX "agencies_import_key_idx" ON "agencies" USING btree ("import_key");
  CREATE INDEX "agencies_updated_at_idx" ON "agencies" USING btree ("updated_at");
  CREATE INDEX "agencies_created_at_idx" ON "agencies" USING btree ("created_at");
  CREATE UNIQUE INDEX "agencies_locales_locale_parent_id_unique" ON "agencies_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "administrative_units_former_units_order_idx" ON "administrative_units_former_units" USING btree ("_order");
  CREATE INDEX "administrative_units_former_units_parent_id_idx" ON "administrative_units_former_units" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "administrative_units_code_idx" ON "administrative_units" USING btree ("code");
  CREATE INDEX "administrative_units_level_idx" ON "administrative_units" USING btree ("level");
  CREATE INDEX "administrative_units_parent_idx" ON "administrative_units" USING btree ("parent_id");
  CREATE INDEX "administrative_units_updated_at_idx" ON "administrative_units" USING btree ("updated_at");
  CREATE INDEX "administrative_units_created_at_idx" ON "administrative_units" USING btree ("created_at");
  CREATE UNIQUE INDEX "fields_slug_idx" ON "fields" USING btree ("slug");
  CREATE UNIQUE INDEX "fields_import_key_idx" ON "fields" USING btree ("import_key");
  CREATE INDEX "fields_updated_at_idx" ON "fields" USING btree ("updated_at");
  CREATE INDEX "fields_created_at_idx" ON "fields" USING btree ("created_at");
  CREATE UNIQUE INDEX "fields_locales_locale_parent_id_unique" ON "fields_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "fields_rels_order_idx" ON "fields_rels" USING btree ("order");
  CREATE INDEX "fields_rels_parent_idx" ON "fields_rels" USING btree ("parent_id");
  CREATE INDEX "fields_rels_path_idx" ON "fields_rels" USING btree ("path");
  CREATE INDEX "fields_rels_agencies_id_idx" ON "fields_rels" USING btree ("agencies_id");
  CREATE INDEX "faqs_field_idx" ON "faqs" USING btree ("field_id");
  CREATE INDEX "faqs_status_idx" ON "faqs" USING btree ("status");
  CREATE UNIQUE INDEX "faqs_slug_idx" ON "faqs" USING btree ("slug");
  CREATE INDEX "faqs_updated_at_idx" ON "faqs" USING btree ("updated_at");
  CREATE INDEX "faqs_created_at_idx" ON "faqs" USING btree ("created_at");
  CREATE UNIQUE INDEX "faqs_locales_locale_parent_id_unique" ON "faqs_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "faqs_rels_order_idx" ON "faqs_rels" USING btree ("order");
  CREATE INDEX "faqs_rels_parent_idx" ON "faqs_rels" USING btree ("parent_id");
  CREATE INDEX "faqs_rels_path_idx" ON "faqs_rels" USING btree ("path");
  CREATE INDEX "faqs_rels_procedures_id_idx" ON "faqs_rels" USING btree ("procedures_id");
  CREATE INDEX "hotlines_agency_idx" ON "hotlines" USING btree ("agency_id");
  CREATE INDEX "hotlines_updated_at_idx" ON "hotlines" USING btree ("updated_at");
  CREATE INDEX "hotlines_created_at_idx" ON "hotlines" USING btree ("created_at");
  CREATE UNIQUE INDEX "hotlines_locales_locale_parent_id_unique" ON "hotlines_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_status_idx" ON "pages" USING btree ("status");
  CREATE UNIQUE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE UNIQUE INDEX "pages_locales_locale_parent_id_unique" ON "pages_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_agency_idx" ON "users" USING btree ("agency_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_procedures_id_idx" ON "payload_locked_documents_rels" USING btree ("procedures_id");
  CREATE INDEX "payload_locked_documents_rels_publication_decisions_id_idx" ON "payload_locked_documents_rels" USING btree ("publication_decisions_id");
  CREATE INDEX "payload_locked_documents_rels_legal_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("legal_documents_id");
  CREATE INDEX "payload_locked_documents_rels_agencies_id_idx" ON "payload_locked_documents_rels" USING btree ("agencies_id");
  CREATE INDEX "payload_locked_documents_rels_administrative_units_id_idx" ON "payload_locked_documents_rels" USING btree ("administrative_units_id");
  CREATE INDEX "payload_locked_documents_rels_fields_id_idx" ON "payload_locked_documents_rels" USING btree ("fields_id");
  CREATE INDEX "payload_locked_documents_rels_faqs_id_idx" ON "payload_locked_documents_rels" USING btree ("faqs_id");
  CREATE INDEX "payload_locked_documents_rels_hotlines_id_idx" ON "payload_locked_documents_rels" USING btree ("hotlines_id");
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "procedures_levels" CASCADE;
  DROP TABLE "procedures_subjects" CASCADE;
  DROP TABLE "procedures_steps" CASCADE;
  DROP TABLE "procedures_channels" CASCADE;
  DROP TABLE "procedures_channels_locales" CASCADE;
  DROP TABLE "procedures_dossier_groups_documents" CASCADE;
  DROP TABLE "procedures_dossier_groups" CASCADE;
  DROP TABLE "procedures_results" CASCADE;
  DROP TABLE "procedures_results_locales" CASCADE;
  DROP TABLE "procedures_legal_basis_unresolved" CASCADE;
  DROP TABLE "procedures_review_flags" CASCADE;
  DROP TABLE "procedures" CASCADE;
  DROP TABLE "procedures_locales" CASCADE;
  DROP TABLE "procedures_rels" CASCADE;
  DROP TABLE "publication_decisions" CASCADE;
  DROP TABLE "publication_decisions_locales" CASCADE;
  DROP TABLE "legal_documents_review_flags" CASCADE;
  DROP TABLE "legal_documents" CASCADE;
  DROP TABLE "legal_documents_locales" CASCADE;
  DROP TABLE "agencies_former_names" CASCADE;
  DROP TABLE "agencies_review_flags" CASCADE;
  DROP TABLE "agencies" CASCADE;
  DROP TABLE "agencies_locales" CASCADE;
  DROP TABLE "administrative_units_former_units" CASCADE;
  DROP TABLE "administrative_units" CASCADE;
  DROP TABLE "fields" CASCADE;
  DROP TABLE "fields_locales" CASCADE;
  DROP TABLE "fields_rels" CASCADE;
  DROP TABLE "faqs" CASCADE;
  DROP TABLE "faqs_locales" CASCADE;
  DROP TABLE "faqs_rels" CASCADE;
  DROP TABLE "hotlines" CASCADE;
  DROP TABLE "hotlines_locales" CASCADE;
  DROP TABLE "pages" CASCADE;
  DROP TABLE "pages_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_procedures_levels";
  DROP TYPE "public"."enum_procedures_subjects";
  DROP TYPE "public"."enum_procedures_channels_channel";
  DROP TYPE "public"."enum_procedures_channels_processing_time_unit";
  DROP TYPE "public"."enum_procedures_online_service_level";
  DROP TYPE "public"."enum_procedures_status";
  DROP TYPE "public"."enum_publication_decisions_status";
  DROP TYPE "public"."enum_agencies_type";
  DROP TYPE "public"."enum_administrative_units_former_units_merge_type";
  DROP TYPE "public"."enum_administrative_units_level";
  DROP TYPE "public"."enum_administrative_units_type";
  DROP TYPE "public"."enum_faqs_status";
  DROP TYPE "public"."enum_pages_status";
  DROP TYPE "public"."enum_users_role";`)
}
