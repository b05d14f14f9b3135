import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_procedures_minimum_assurance_level" AS ENUM('1', '2');
  CREATE TYPE "public"."enum__procedures_v_version_minimum_assurance_level" AS ENUM('1', '2');
  CREATE TYPE "public"."enum_citizens_contact_language" AS ENUM('vi', 'en');
  CREATE TABLE "citizens" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"issuer" varchar NOT NULL,
  	"subject" varchar NOT NULL,
  	"personal_id" varchar,
  	"full_name" varchar,
  	"birth_date" varchar,
  	"gender" varchar,
  	"phone" varchar,
  	"email" varchar,
  	"permanent_address" varchar,
  	"assurance_level" numeric,
  	"last_sign_in_at" timestamp(3) with time zone,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"contact_by_email" boolean DEFAULT true,
  	"contact_by_sms" boolean DEFAULT false,
  	"contact_language" "enum_citizens_contact_language" DEFAULT 'vi',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "procedures" ADD COLUMN "minimum_assurance_level" "enum_procedures_minimum_assurance_level" DEFAULT '1';
  ALTER TABLE "_procedures_v" ADD COLUMN "version_minimum_assurance_level" "enum__procedures_v_version_minimum_assurance_level" DEFAULT '1';
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "citizens_id" integer;
  CREATE INDEX "citizens_personal_id_idx" ON "citizens" USING btree ("personal_id");
  CREATE INDEX "citizens_updated_at_idx" ON "citizens" USING btree ("updated_at");
  CREATE INDEX "citizens_created_at_idx" ON "citizens" USING btree ("created_at");
  CREATE UNIQUE INDEX "issuer_subject_idx" ON "citizens" USING btree ("issuer","subject");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_citizens_fk" FOREIGN KEY ("citizens_id") REFERENCES "public"."citizens"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_citizens_id_idx" ON "payload_locked_documents_rels" USING btree ("citizens_id");
  -- Citizen sign-in (lib/citizen), outside Payload's schema. Sign-ins under way: one row per
  -- state, marked used when the provider's answer comes back, so that a state works once.
  CREATE TABLE "citizen_sign_ins" (
    "state_hash" text PRIMARY KEY,
    "browser_hash" text NOT NULL,
    "code_verifier" text NOT NULL,
    "nonce" text NOT NULL,
    "redirect_uri" text NOT NULL,
    "return_to" text NOT NULL,
    "min_level" smallint NOT NULL DEFAULT 0,
    "locale" text NOT NULL DEFAULT 'vi',
    "created_at" timestamptz NOT NULL DEFAULT now(),
    "expires_at" timestamptz NOT NULL,
    "consumed_at" timestamptz
  );
  CREATE INDEX "citizen_sign_ins_expires_idx" ON "citizen_sign_ins" ("expires_at");
  -- Sessions: the cookie holds a random token, the table its SHA-256 only.
  CREATE TABLE "citizen_sessions" (
    "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    "token_hash" text NOT NULL UNIQUE,
    "citizen_id" integer NOT NULL REFERENCES "citizens"("id") ON DELETE CASCADE,
    "level" smallint NOT NULL,
    "acr" text,
    "provider_sid" text,
    "id_token" text,
    "created_at" timestamptz NOT NULL DEFAULT now(),
    "last_seen_at" timestamptz NOT NULL DEFAULT now(),
    "expires_at" timestamptz NOT NULL,
    "user_agent" text,
    "ip" text
  );
  CREATE INDEX "citizen_sessions_citizen_idx" ON "citizen_sessions" ("citizen_id");
  CREATE INDEX "citizen_sessions_provider_sid_idx" ON "citizen_sessions" ("provider_sid");
  CREATE INDEX "citizen_sessions_expires_idx" ON "citizen_sessions" ("expires_at");
  -- Sign-ins, refusals, sign-outs and account actions, for the citizen and for security review.
  CREATE TABLE "citizen_auth_events" (
    "id" bigserial PRIMARY KEY,
    "at" timestamptz NOT NULL DEFAULT now(),
    "event" text NOT NULL,
    "reason" text,
    "citizen_id" integer REFERENCES "citizens"("id") ON DELETE CASCADE,
    "ip" text,
    "user_agent" text,
    "detail" jsonb
  );
  CREATE INDEX "citizen_auth_events_citizen_idx" ON "citizen_auth_events" ("citizen_id", "at");
  CREATE INDEX "citizen_auth_events_at_idx" ON "citizen_auth_events" ("at");
  -- Consents to process personal data (Decree 13/2023), append-only: the latest row per purpose holds.
  CREATE TABLE "citizen_consents" (
    "id" bigserial PRIMARY KEY,
    "citizen_id" integer NOT NULL REFERENCES "citizens"("id") ON DELETE CASCADE,
    "purpose" text NOT NULL,
    "granted" boolean NOT NULL,
    "notice_version" text NOT NULL,
    "at" timestamptz NOT NULL DEFAULT now(),
    "ip" text
  );
  CREATE INDEX "citizen_consents_citizen_idx" ON "citizen_consents" ("citizen_id", "purpose", "at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "citizen_consents";
  DROP TABLE "citizen_auth_events";
  DROP TABLE "citizen_sessions";
  DROP TABLE "citizen_sign_ins";
  ALTER TABLE "citizens" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "citizens" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_citizens_fk";
  
  DROP INDEX "payload_locked_documents_rels_citizens_id_idx";
  ALTER TABLE "procedures" DROP COLUMN "minimum_assurance_level";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_minimum_assurance_level";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "citizens_id";
  DROP TYPE "public"."enum_procedures_minimum_assurance_level";
  DROP TYPE "public"."enum__procedures_v_version_minimum_assurance_level";
  DROP TYPE "public"."enum_citizens_contact_language";`)
}
