import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_search_vocabulary_source" AS ENUM('editor', 'starter', 'formerPlaces');
  CREATE TABLE "search_vocabulary" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"note" varchar,
  	"source" "enum_search_vocabulary_source" DEFAULT 'editor',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "search_vocabulary_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_vocabulary_id" integer;
  ALTER TABLE "search_vocabulary_texts" ADD CONSTRAINT "search_vocabulary_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."search_vocabulary"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "search_vocabulary_updated_at_idx" ON "search_vocabulary" USING btree ("updated_at");
  CREATE INDEX "search_vocabulary_created_at_idx" ON "search_vocabulary" USING btree ("created_at");
  CREATE INDEX "search_vocabulary_texts_order_parent" ON "search_vocabulary_texts" USING btree ("order","parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_vocabulary_fk" FOREIGN KEY ("search_vocabulary_id") REFERENCES "public"."search_vocabulary"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_search_vocabulary_id_idx" ON "payload_locked_documents_rels" USING btree ("search_vocabulary_id");`)

  // The search outbox (lib/search/outbox.ts): a row per change, written in the change's own
  // transaction, applied to Meilisearch by one drainer at a time (lib/search/syncWorker.ts).
  await db.execute(sql`
  CREATE TABLE "search_outbox" (
    "id" bigserial PRIMARY KEY,
    "source" varchar NOT NULL,
    "document_id" varchar NOT NULL,
    "created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
    "available_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
    "attempts" integer DEFAULT 0 NOT NULL,
    "last_error" varchar,
    "processed_at" timestamp(3) with time zone
  );
  CREATE INDEX "search_outbox_pending_idx" ON "search_outbox" ("available_at", "id") WHERE "processed_at" IS NULL;
  CREATE INDEX "search_outbox_created_at_idx" ON "search_outbox" ("created_at");`)

  // Request counters per client, shared by all instances (lib/http/rateLimit.ts; the layout
  // rate-limiter-flexible expects).
  await db.execute(sql`
  CREATE TABLE "rate_limits" (
    "key" varchar(255) PRIMARY KEY,
    "points" integer NOT NULL DEFAULT 0,
    "expire" bigint
  );`)

  // Search from PostgreSQL while Meilisearch is down (lib/search/searchPostgres.ts): titles
  // without accents (unaccent, wrapped as IMMUTABLE so it can be indexed) under trigram indexes.
  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS unaccent;
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE OR REPLACE FUNCTION portal_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
  CREATE INDEX "procedures_locales_name_trgm_idx" ON "procedures_locales" USING gin (portal_unaccent(lower("name")) gin_trgm_ops);
  CREATE INDEX "faqs_locales_question_trgm_idx" ON "faqs_locales" USING gin (portal_unaccent(lower("question")) gin_trgm_ops);
  CREATE INDEX "agencies_locales_name_trgm_idx" ON "agencies_locales" USING gin (portal_unaccent(lower("name")) gin_trgm_ops);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "procedures_locales_name_trgm_idx";
  DROP INDEX IF EXISTS "faqs_locales_question_trgm_idx";
  DROP INDEX IF EXISTS "agencies_locales_name_trgm_idx";
  DROP FUNCTION IF EXISTS portal_unaccent(text);
  DROP TABLE IF EXISTS "search_outbox";
  DROP TABLE IF EXISTS "rate_limits";`)
  await db.execute(sql`
   ALTER TABLE "search_vocabulary" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search_vocabulary_texts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "search_vocabulary" CASCADE;
  DROP TABLE "search_vocabulary_texts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_search_vocabulary_fk";
  
  DROP INDEX "payload_locked_documents_rels_search_vocabulary_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_vocabulary_id";
  DROP TYPE "public"."enum_search_vocabulary_source";`)
}
