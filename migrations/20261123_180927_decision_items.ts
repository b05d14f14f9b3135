import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_publication_decisions_items_action" AS ENUM('publish', 'amend', 'abolish');
  CREATE TABLE "publication_decisions_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_publication_decisions_items_action" DEFAULT 'publish' NOT NULL,
  	"procedure_id" integer NOT NULL
  );
  
  ALTER TABLE "publication_decisions_items" ADD CONSTRAINT "publication_decisions_items_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publication_decisions_items" ADD CONSTRAINT "publication_decisions_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."publication_decisions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "publication_decisions_items_order_idx" ON "publication_decisions_items" USING btree ("_order");
  CREATE INDEX "publication_decisions_items_parent_id_idx" ON "publication_decisions_items" USING btree ("_parent_id");
  CREATE INDEX "publication_decisions_items_procedure_idx" ON "publication_decisions_items" USING btree ("procedure_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "publication_decisions_items" CASCADE;
  DROP TYPE "public"."enum_publication_decisions_items_action";`)
}
