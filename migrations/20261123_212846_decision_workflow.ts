import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_publication_decisions_workflow_log_action" AS ENUM('submit', 'withdraw', 'return', 'approve', 'publish');
  ALTER TYPE "public"."enum_publication_decisions_status" ADD VALUE 'submitted' BEFORE 'published';
  ALTER TYPE "public"."enum_publication_decisions_status" ADD VALUE 'returned' BEFORE 'published';
  ALTER TYPE "public"."enum_publication_decisions_status" ADD VALUE 'approved' BEFORE 'published';
  CREATE TABLE "publication_decisions_workflow_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_publication_decisions_workflow_log_action" NOT NULL,
  	"by_id" integer,
  	"at" timestamp(3) with time zone NOT NULL,
  	"comment" varchar
  );
  
  ALTER TABLE "publication_decisions" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "publication_decisions" ADD COLUMN "reviewed_by_id" integer;
  ALTER TABLE "publication_decisions_workflow_log" ADD CONSTRAINT "publication_decisions_workflow_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publication_decisions_workflow_log" ADD CONSTRAINT "publication_decisions_workflow_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."publication_decisions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "publication_decisions_workflow_log_order_idx" ON "publication_decisions_workflow_log" USING btree ("_order");
  CREATE INDEX "publication_decisions_workflow_log_parent_id_idx" ON "publication_decisions_workflow_log" USING btree ("_parent_id");
  CREATE INDEX "publication_decisions_workflow_log_by_idx" ON "publication_decisions_workflow_log" USING btree ("by_id");
  ALTER TABLE "publication_decisions" ADD CONSTRAINT "publication_decisions_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publication_decisions" ADD CONSTRAINT "publication_decisions_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "publication_decisions_submitted_by_idx" ON "publication_decisions" USING btree ("submitted_by_id");
  CREATE INDEX "publication_decisions_reviewed_by_idx" ON "publication_decisions" USING btree ("reviewed_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "publication_decisions_workflow_log" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "publication_decisions_workflow_log" CASCADE;
  ALTER TABLE "publication_decisions" DROP CONSTRAINT "publication_decisions_submitted_by_id_users_id_fk";
  
  ALTER TABLE "publication_decisions" DROP CONSTRAINT "publication_decisions_reviewed_by_id_users_id_fk";
  
  ALTER TABLE "publication_decisions" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "publication_decisions" ALTER COLUMN "status" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum_publication_decisions_status";
  CREATE TYPE "public"."enum_publication_decisions_status" AS ENUM('draft', 'published');
  ALTER TABLE "publication_decisions" ALTER COLUMN "status" SET DEFAULT 'draft'::"public"."enum_publication_decisions_status";
  ALTER TABLE "publication_decisions" ALTER COLUMN "status" SET DATA TYPE "public"."enum_publication_decisions_status" USING "status"::"public"."enum_publication_decisions_status";
  DROP INDEX "publication_decisions_submitted_by_idx";
  DROP INDEX "publication_decisions_reviewed_by_idx";
  ALTER TABLE "publication_decisions" DROP COLUMN "submitted_by_id";
  ALTER TABLE "publication_decisions" DROP COLUMN "reviewed_by_id";
  DROP TYPE "public"."enum_publication_decisions_workflow_log_action";`)
}
