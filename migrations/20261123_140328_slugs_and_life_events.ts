import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { type SlugRequest, uniqueSlugs } from '../lib/catalog/uniqueSlugs'

type Db = MigrateUpArgs['db']

/** Gives the rows that existed before this migration the slugs a fresh import would give them. */
async function backfillSlugs(db: Db, table: string, select: ReturnType<typeof sql>, toRequest: (row: Record<string, string>) => SlugRequest) {
  const { rows } = (await db.execute(select)) as unknown as { rows: Record<string, string>[] }
  if (rows.length === 0) return
  const slugs = uniqueSlugs(rows.map(toRequest), new Set())
  const values = rows.map((row) => sql`(${Number(row.id)}::integer, ${slugs.get(toRequest(row).key)!}::varchar)`)
  await db.execute(sql`UPDATE ${sql.identifier(table)} AS t SET slug = v.slug FROM (VALUES ${sql.join(values, sql`, `)}) AS v(id, slug) WHERE t.id = v.id`)
}

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_life_events_audience" AS ENUM('citizen', 'business');
  CREATE TYPE "public"."enum_life_events_status" AS ENUM('draft', 'published');
  CREATE TABLE "life_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"audience" "enum_life_events_audience" DEFAULT 'citizen' NOT NULL,
  	"order" numeric DEFAULT 0,
  	"status" "enum_life_events_status" DEFAULT 'draft' NOT NULL,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "life_events_locales" (
  	"name" varchar NOT NULL,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "life_events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"procedures_id" integer
  );
  
  ALTER TABLE "publication_decisions" ADD COLUMN "slug" varchar;
  ALTER TABLE "agencies" ADD COLUMN "slug" varchar;
  ALTER TABLE "administrative_units" ADD COLUMN "slug" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "life_events_id" integer;
  ALTER TABLE "life_events_locales" ADD CONSTRAINT "life_events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."life_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "life_events_rels" ADD CONSTRAINT "life_events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."life_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "life_events_rels" ADD CONSTRAINT "life_events_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "life_events_audience_idx" ON "life_events" USING btree ("audience");
  CREATE INDEX "life_events_status_idx" ON "life_events" USING btree ("status");
  CREATE UNIQUE INDEX "life_events_slug_idx" ON "life_events" USING btree ("slug");
  CREATE INDEX "life_events_updated_at_idx" ON "life_events" USING btree ("updated_at");
  CREATE INDEX "life_events_created_at_idx" ON "life_events" USING btree ("created_at");
  CREATE UNIQUE INDEX "life_events_locales_locale_parent_id_unique" ON "life_events_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "life_events_rels_order_idx" ON "life_events_rels" USING btree ("order");
  CREATE INDEX "life_events_rels_parent_idx" ON "life_events_rels" USING btree ("parent_id");
  CREATE INDEX "life_events_rels_path_idx" ON "life_events_rels" USING btree ("path");
  CREATE INDEX "life_events_rels_procedures_id_idx" ON "life_events_rels" USING btree ("procedures_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_life_events_fk" FOREIGN KEY ("life_events_id") REFERENCES "public"."life_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "publication_decisions_slug_idx" ON "publication_decisions" USING btree ("slug");
  CREATE UNIQUE INDEX "agencies_slug_idx" ON "agencies" USING btree ("slug");
  CREATE UNIQUE INDEX "administrative_units_slug_idx" ON "administrative_units" USING btree ("slug");
  CREATE INDEX "payload_locked_documents_rels_life_events_id_idx" ON "payload_locked_documents_rels" USING btree ("life_events_id");`)

  await backfillSlugs(db, 'publication_decisions', sql`SELECT id, number FROM publication_decisions`, (r) => ({ key: r.number, text: r.number }))
  await backfillSlugs(
    db,
    'agencies',
    sql`SELECT a.id, a.import_key, a.type, l.name FROM agencies a JOIN agencies_locales l ON l._parent_id = a.id AND l._locale = 'vi'`,
    (r) => ({ key: r.import_key ?? r.name, text: r.name, rank: r.type === 'other' ? 1 : 0 }),
  )
  await backfillSlugs(
    db,
    'administrative_units',
    sql`SELECT u.id, u.code, u.full_name, p.name AS province FROM administrative_units u LEFT JOIN administrative_units p ON p.id = u.parent_id`,
    (r) => ({ key: r.code, text: r.full_name, qualifiedText: r.province ? `${r.full_name} ${r.province}` : undefined }),
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "life_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "life_events_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "life_events_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "life_events" CASCADE;
  DROP TABLE "life_events_locales" CASCADE;
  DROP TABLE "life_events_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_life_events_fk";
  
  DROP INDEX "publication_decisions_slug_idx";
  DROP INDEX "agencies_slug_idx";
  DROP INDEX "administrative_units_slug_idx";
  DROP INDEX "payload_locked_documents_rels_life_events_id_idx";
  ALTER TABLE "publication_decisions" DROP COLUMN "slug";
  ALTER TABLE "agencies" DROP COLUMN "slug";
  ALTER TABLE "administrative_units" DROP COLUMN "slug";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "life_events_id";
  DROP TYPE "public"."enum_life_events_audience";
  DROP TYPE "public"."enum_life_events_status";`)
}
