import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" ADD COLUMN "totp_enabled" boolean DEFAULT false;
  ALTER TABLE "users" ADD COLUMN "totp_secret" varchar;
  ALTER TABLE "users" ADD COLUMN "totp_pending_secret" varchar;
  ALTER TABLE "users" ADD COLUMN "totp_last_step" numeric;
  -- Wrong two-factor codes (collections/Users/twoFactor.ts), outside Payload's schema. No foreign
  -- key: checking it would wait for the account's row, which the refused sign-in holds.
  CREATE TABLE "staff_totp_failures" (
    "id" bigserial PRIMARY KEY,
    "user_id" integer NOT NULL,
    "at" timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX "staff_totp_failures_user_at_idx" ON "staff_totp_failures" ("user_id", "at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "staff_totp_failures";
  ALTER TABLE "users" DROP COLUMN "totp_enabled";
  ALTER TABLE "users" DROP COLUMN "totp_secret";
  ALTER TABLE "users" DROP COLUMN "totp_pending_secret";
  ALTER TABLE "users" DROP COLUMN "totp_last_step";`)
}
