import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_dossiers_status" AS ENUM('submitted', 'supplementRequested', 'received', 'processing', 'approved', 'returned', 'refused', 'withdrawn');
  CREATE TYPE "public"."enum_dossiers_supplement_stage" AS ENUM('reception', 'processing');
  CREATE TYPE "public"."enum_dossier_events_action" AS ENUM('submit', 'receive', 'requestSupplement', 'supplement', 'refuse', 'process', 'transfer', 'apologize', 'approve', 'returnResult', 'withdraw');
  CREATE TYPE "public"."enum_dossier_events_from_state" AS ENUM('submitted', 'supplementRequested', 'received', 'processing', 'approved', 'returned', 'refused', 'withdrawn');
  CREATE TYPE "public"."enum_dossier_events_to_state" AS ENUM('submitted', 'supplementRequested', 'received', 'processing', 'approved', 'returned', 'refused', 'withdrawn');
  CREATE TYPE "public"."enum_dossier_events_actor_type" AS ENUM('citizen', 'officer', 'system');
  CREATE TABLE "dossiers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"procedure_id" integer NOT NULL,
  	"agency_id" integer NOT NULL,
  	"status" "enum_dossiers_status" DEFAULT 'submitted' NOT NULL,
  	"supplement_stage" "enum_dossiers_supplement_stage",
  	"submitted_at" timestamp(3) with time zone NOT NULL,
  	"received_at" timestamp(3) with time zone,
  	"due_at" timestamp(3) with time zone,
  	"closed_at" timestamp(3) with time zone,
  	"applicant_id" integer NOT NULL,
  	"applicant_snapshot_full_name" varchar,
  	"applicant_snapshot_personal_id" varchar,
  	"applicant_snapshot_phone" varchar,
  	"applicant_snapshot_email" varchar,
  	"data" jsonb,
  	"missing" jsonb,
  	"idempotency_key" varchar NOT NULL,
  	"processing_time" jsonb,
  	"late_receipt_cutoff" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "dossier_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"dossier_id" integer NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"action" "enum_dossier_events_action" NOT NULL,
  	"from_state" "enum_dossier_events_from_state",
  	"to_state" "enum_dossier_events_to_state" NOT NULL,
  	"actor_type" "enum_dossier_events_actor_type" NOT NULL,
  	"actor_id" integer,
  	"agency_id" integer,
  	"note" varchar,
  	"due_at" timestamp(3) with time zone,
  	"detail" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dossiers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dossier_events_id" integer;
  ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE restrict ON UPDATE no action;
  ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE restrict ON UPDATE no action;
  ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_applicant_id_citizens_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."citizens"("id") ON DELETE restrict ON UPDATE no action;
  ALTER TABLE "dossier_events" ADD CONSTRAINT "dossier_events_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE restrict ON UPDATE no action;
  ALTER TABLE "dossier_events" ADD CONSTRAINT "dossier_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dossier_events" ADD CONSTRAINT "dossier_events_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "dossiers_code_idx" ON "dossiers" USING btree ("code");
  CREATE INDEX "dossiers_procedure_idx" ON "dossiers" USING btree ("procedure_id");
  CREATE INDEX "dossiers_agency_idx" ON "dossiers" USING btree ("agency_id");
  CREATE INDEX "dossiers_status_idx" ON "dossiers" USING btree ("status");
  CREATE INDEX "dossiers_due_at_idx" ON "dossiers" USING btree ("due_at");
  CREATE INDEX "dossiers_applicant_idx" ON "dossiers" USING btree ("applicant_id");
  CREATE INDEX "dossiers_updated_at_idx" ON "dossiers" USING btree ("updated_at");
  CREATE INDEX "dossiers_created_at_idx" ON "dossiers" USING btree ("created_at");
  CREATE UNIQUE INDEX "applicant_idempotencyKey_idx" ON "dossiers" USING btree ("applicant_id","idempotency_key");
  CREATE INDEX "dossier_events_dossier_idx" ON "dossier_events" USING btree ("dossier_id");
  CREATE INDEX "dossier_events_actor_idx" ON "dossier_events" USING btree ("actor_id");
  CREATE INDEX "dossier_events_agency_idx" ON "dossier_events" USING btree ("agency_id");
  CREATE INDEX "dossier_events_updated_at_idx" ON "dossier_events" USING btree ("updated_at");
  CREATE INDEX "dossier_events_created_at_idx" ON "dossier_events" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dossiers_fk" FOREIGN KEY ("dossiers_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dossier_events_fk" FOREIGN KEY ("dossier_events_id") REFERENCES "public"."dossier_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_dossiers_id_idx" ON "payload_locked_documents_rels" USING btree ("dossiers_id");
  CREATE INDEX "payload_locked_documents_rels_dossier_events_id_idx" ON "payload_locked_documents_rels" USING btree ("dossier_events_id");
  -- A dossier, its procedure, agency and applicant are never deleted from under each other (restrict above).
  -- Dossier codes: one counter per agency and day (lib/dossiers/dossierCode.ts).
  CREATE TABLE "dossier_code_sequences" (
    "agency_code" text NOT NULL,
    "day" text NOT NULL,
    "last" integer NOT NULL,
    PRIMARY KEY ("agency_code", "day")
  );
  -- The timeline is append-only: what the citizen and the officers were shown stays as it was.
  CREATE FUNCTION dossier_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    -- Let through only the foreign keys' own ON DELETE SET NULL (a staff account or an agency deleted).
    IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - 'actor_id' - 'agency_id') = (to_jsonb(OLD) - 'actor_id' - 'agency_id') THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'dossier_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
  END;
  $$;
  CREATE TRIGGER dossier_events_append_only BEFORE UPDATE OR DELETE ON dossier_events FOR EACH ROW EXECUTE FUNCTION dossier_events_append_only();`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TRIGGER dossier_events_append_only ON dossier_events;
  DROP FUNCTION dossier_events_append_only();
  DROP TABLE "dossier_code_sequences";
  ALTER TABLE "dossiers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dossier_events" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "dossiers" CASCADE;
  DROP TABLE "dossier_events" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dossiers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dossier_events_fk";
  
  DROP INDEX "payload_locked_documents_rels_dossiers_id_idx";
  DROP INDEX "payload_locked_documents_rels_dossier_events_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dossiers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dossier_events_id";
  DROP TYPE "public"."enum_dossiers_status";
  DROP TYPE "public"."enum_dossiers_supplement_stage";
  DROP TYPE "public"."enum_dossier_events_action";
  DROP TYPE "public"."enum_dossier_events_from_state";
  DROP TYPE "public"."enum_dossier_events_to_state";
  DROP TYPE "public"."enum_dossier_events_actor_type";`)
}
