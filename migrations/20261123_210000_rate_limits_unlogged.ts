import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Rate-limit counters are written on every search. They need no crash safety (a lost counter
 * only gives a client a fresh minute), so the table skips the write-ahead log: no WAL write and
 * flush per request.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`ALTER TABLE "rate_limits" SET UNLOGGED;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`ALTER TABLE "rate_limits" SET LOGGED;`)
}
