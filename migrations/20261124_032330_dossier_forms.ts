import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_dossier_forms_steps_fields_type" AS ENUM('text', 'textarea', 'number', 'date', 'choice', 'personalId', 'phone', 'email', 'address');
  CREATE TYPE "public"."enum_dossier_forms_steps_fields_prefill" AS ENUM('fullName', 'personalId', 'birthDate', 'gender', 'phone', 'email', 'permanentAddress');
  CREATE TYPE "public"."enum_dossier_forms_documents_accept" AS ENUM('pdf', 'jpeg', 'png');
  CREATE TABLE "dossier_forms_steps_fields_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" varchar
  );
  
  CREATE TABLE "dossier_forms_steps_fields_options_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "dossier_forms_steps_fields" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"type" "enum_dossier_forms_steps_fields_type" NOT NULL,
  	"required" boolean DEFAULT false,
  	"prefill" "enum_dossier_forms_steps_fields_prefill",
  	"min" numeric,
  	"max" numeric
  );
  
  CREATE TABLE "dossier_forms_steps_fields_locales" (
  	"label" varchar NOT NULL,
  	"hint" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "dossier_forms_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL
  );
  
  CREATE TABLE "dossier_forms_steps_locales" (
  	"title" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "dossier_forms_documents_accept" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_dossier_forms_documents_accept",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "dossier_forms_documents" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"required" boolean DEFAULT false,
  	"max_size_mb" numeric DEFAULT 10 NOT NULL
  );
  
  CREATE TABLE "dossier_forms_documents_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "dossier_forms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"procedure_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "dossier_forms_locales" (
  	"title" varchar NOT NULL,
  	"declaration" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dossier_forms_id" integer;
  ALTER TABLE "dossier_forms_steps_fields_options" ADD CONSTRAINT "dossier_forms_steps_fields_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dossier_forms_steps_fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dossier_forms_steps_fields_options_locales" ADD CONSTRAINT "dossier_forms_steps_fields_options_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dossier_forms_steps_fields_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dossier_forms_steps_fields" ADD CONSTRAINT "dossier_forms_steps_fields_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dossier_forms_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dossier_forms_steps_fields_locales" ADD CONSTRAINT "dossier_forms_steps_fields_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dossier_forms_steps_fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dossier_forms_steps" ADD CONSTRAINT "dossier_forms_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dossier_forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dossier_forms_steps_locales" ADD CONSTRAINT "dossier_forms_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dossier_forms_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dossier_forms_documents_accept" ADD CONSTRAINT "dossier_forms_documents_accept_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."dossier_forms_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dossier_forms_documents" ADD CONSTRAINT "dossier_forms_documents_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dossier_forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dossier_forms_documents_locales" ADD CONSTRAINT "dossier_forms_documents_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dossier_forms_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dossier_forms" ADD CONSTRAINT "dossier_forms_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dossier_forms_locales" ADD CONSTRAINT "dossier_forms_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dossier_forms"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "dossier_forms_steps_fields_options_order_idx" ON "dossier_forms_steps_fields_options" USING btree ("_order");
  CREATE INDEX "dossier_forms_steps_fields_options_parent_id_idx" ON "dossier_forms_steps_fields_options" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "dossier_forms_steps_fields_options_locales_locale_parent_id_" ON "dossier_forms_steps_fields_options_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "dossier_forms_steps_fields_order_idx" ON "dossier_forms_steps_fields" USING btree ("_order");
  CREATE INDEX "dossier_forms_steps_fields_parent_id_idx" ON "dossier_forms_steps_fields" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "dossier_forms_steps_fields_locales_locale_parent_id_unique" ON "dossier_forms_steps_fields_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "dossier_forms_steps_order_idx" ON "dossier_forms_steps" USING btree ("_order");
  CREATE INDEX "dossier_forms_steps_parent_id_idx" ON "dossier_forms_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "dossier_forms_steps_locales_locale_parent_id_unique" ON "dossier_forms_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "dossier_forms_documents_accept_order_idx" ON "dossier_forms_documents_accept" USING btree ("order");
  CREATE INDEX "dossier_forms_documents_accept_parent_idx" ON "dossier_forms_documents_accept" USING btree ("parent_id");
  CREATE INDEX "dossier_forms_documents_order_idx" ON "dossier_forms_documents" USING btree ("_order");
  CREATE INDEX "dossier_forms_documents_parent_id_idx" ON "dossier_forms_documents" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "dossier_forms_documents_locales_locale_parent_id_unique" ON "dossier_forms_documents_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "dossier_forms_procedure_idx" ON "dossier_forms" USING btree ("procedure_id");
  CREATE INDEX "dossier_forms_updated_at_idx" ON "dossier_forms" USING btree ("updated_at");
  CREATE INDEX "dossier_forms_created_at_idx" ON "dossier_forms" USING btree ("created_at");
  CREATE UNIQUE INDEX "dossier_forms_locales_locale_parent_id_unique" ON "dossier_forms_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dossier_forms_fk" FOREIGN KEY ("dossier_forms_id") REFERENCES "public"."dossier_forms"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_dossier_forms_id_idx" ON "payload_locked_documents_rels" USING btree ("dossier_forms_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "dossier_forms_steps_fields_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dossier_forms_steps_fields_options_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dossier_forms_steps_fields" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dossier_forms_steps_fields_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dossier_forms_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dossier_forms_steps_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dossier_forms_documents_accept" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dossier_forms_documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dossier_forms_documents_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dossier_forms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dossier_forms_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "dossier_forms_steps_fields_options" CASCADE;
  DROP TABLE "dossier_forms_steps_fields_options_locales" CASCADE;
  DROP TABLE "dossier_forms_steps_fields" CASCADE;
  DROP TABLE "dossier_forms_steps_fields_locales" CASCADE;
  DROP TABLE "dossier_forms_steps" CASCADE;
  DROP TABLE "dossier_forms_steps_locales" CASCADE;
  DROP TABLE "dossier_forms_documents_accept" CASCADE;
  DROP TABLE "dossier_forms_documents" CASCADE;
  DROP TABLE "dossier_forms_documents_locales" CASCADE;
  DROP TABLE "dossier_forms" CASCADE;
  DROP TABLE "dossier_forms_locales" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dossier_forms_fk";
  
  DROP INDEX "payload_locked_documents_rels_dossier_forms_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dossier_forms_id";
  DROP TYPE "public"."enum_dossier_forms_steps_fields_type";
  DROP TYPE "public"."enum_dossier_forms_steps_fields_prefill";
  DROP TYPE "public"."enum_dossier_forms_documents_accept";`)
}
