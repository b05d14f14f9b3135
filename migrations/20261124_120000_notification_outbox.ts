import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Notices to citizens waiting to be sent (lib/notifications): written in the transaction of the
 * dossier step they announce, sent by a worker on every instance. `dedupe_key` makes a second
 * enqueue of the same notice a no-op; `locked_until` is the lease of the instance sending a row;
 * `message_id` stays the same over retries, so that a message sent twice is recognisable.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "notification_outbox" (
    "id" bigserial PRIMARY KEY,
    "created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
    "channel" varchar DEFAULT 'email' NOT NULL CHECK ("channel" IN ('email')),
    "recipient" varchar NOT NULL,
    "subject" varchar NOT NULL,
    "body_text" text NOT NULL,
    "body_html" text,
    "locale" varchar NOT NULL CHECK ("locale" IN ('vi', 'en')),
    "dossier_id" integer REFERENCES "dossiers" ("id") ON DELETE SET NULL,
    "event" varchar NOT NULL,
    "dedupe_key" varchar NOT NULL UNIQUE,
    "message_id" uuid DEFAULT gen_random_uuid() NOT NULL UNIQUE,
    "status" varchar DEFAULT 'pending' NOT NULL CHECK ("status" IN ('pending', 'sent', 'failed')),
    "attempts" integer DEFAULT 0 NOT NULL,
    "next_attempt_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
    "locked_until" timestamp(3) with time zone,
    "sent_at" timestamp(3) with time zone,
    "last_error" varchar
  );
  CREATE INDEX "notification_outbox_due_idx" ON "notification_outbox" ("next_attempt_at", "id") WHERE "status" = 'pending';
  CREATE INDEX "notification_outbox_dossier_idx" ON "notification_outbox" ("dossier_id");
  CREATE INDEX "notification_outbox_sent_at_idx" ON "notification_outbox" ("sent_at") WHERE "status" = 'sent';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "notification_outbox";`)
}
