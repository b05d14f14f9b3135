import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { Transporter } from 'nodemailer'
import { createMailer, type MailConfig, mailConfig, recipientRefused } from './mailer'

export interface NotificationDrainOptions {
  /** Rows claimed at a time. */
  batchSize?: number
  /** After this many attempts a row is given up (status `failed`). */
  maxAttempts?: number
  /**
   * How long a claimed row is this drainer's; after that another instance may send it. Longer than
   * a batch can take: at most about 50 s a message with the mailer's timeouts, 10 a batch.
   */
  leaseSeconds?: number
  mail?: MailConfig
}

export interface NotificationDrainResult {
  /** No SMTP server configured: nothing was sent. */
  skipped: boolean
  sent: number
  /** Failed this time and will be retried later. */
  retrying: number
  /** Failed for good. */
  failed: number
  /** The last error, without the recipient. */
  error?: string
}

interface ClaimedRow {
  id: string
  recipient: string
  subject: string
  body_text: string
  body_html: string | null
  locale: string
  message_id: string
  attempts: number
}

/** Seconds before the next attempt after `attempts` failed ones: 1, 2, 4 … minutes, at most an hour. */
export const retryDelaySeconds = (attempts: number) => Math.min(3_600, 60 * 2 ** Math.max(0, attempts - 1))

/**
 * Sends the notices that are due, batch after batch, until none is left; every instance runs it
 * (lib/notifications/startNotificationWorker.ts) and tests call it directly.
 *
 * Delivery is at least once. A batch is claimed in one short statement (`FOR UPDATE SKIP LOCKED`
 * sets a lease, `locked_until`), so concurrent drainers never take the same row, and no
 * transaction or row lock is held while SMTP is slow. The SMTP server's acceptance and our
 * "sent" mark cannot be one atomic step: an instance that dies between them leaves the row to be
 * claimed again when its lease ends, and the citizen gets the notice twice, with the same
 * Message-ID, by which mail systems recognise (and often drop) the copy. Marking rows sent before
 * sending (at most once) would instead lose notices, which is worse for a citizen waiting to hear
 * that their dossier needs a document; holding the row lock over the send would not remove the
 * duplicate after a crash either, and would pin a connection per slow message.
 */
export async function drainNotifications(payload: Payload, options: NotificationDrainOptions = {}): Promise<NotificationDrainResult> {
  const { batchSize = 10, maxAttempts = 10, leaseSeconds = 600, mail = mailConfig() } = options
  const result: NotificationDrainResult = { skipped: false, sent: 0, retrying: 0, failed: 0 }
  if (!mail.smtpUrl) return { ...result, skipped: true, error: 'SMTP_URL is not set' }
  const mailer = createMailer(mail.smtpUrl)
  try {
    for (;;) {
      const rows = await claim(payload, batchSize, leaseSeconds)
      for (const row of rows) {
        const error = await send(mailer, mail, row)
        if (!error) {
          await payload.db.drizzle.execute(sql`
            UPDATE notification_outbox SET status = 'sent', sent_at = now(), locked_until = NULL, last_error = NULL WHERE id = ${row.id}::bigint`)
          result.sent++
          continue
        }
        const message = (error instanceof Error ? error.message : String(error)).slice(0, 1_000)
        const givesUp = row.attempts >= maxAttempts || recipientRefused(error)
        await payload.db.drizzle.execute(sql`
          UPDATE notification_outbox
          SET status = ${givesUp ? 'failed' : 'pending'}, last_error = ${message}, locked_until = NULL,
              next_attempt_at = now() + make_interval(secs => ${retryDelaySeconds(row.attempts)})
          WHERE id = ${row.id}::bigint`)
        if (givesUp) result.failed++
        else result.retrying++
        result.error = message
      }
      if (rows.length < batchSize) return result
    }
  } finally {
    mailer.close()
  }
}

/** Hands one notice to the SMTP server; resolves with the error it refused it with, if any. */
function send(mailer: Transporter, mail: MailConfig, row: ClaimedRow): Promise<unknown> {
  return mailer
    .sendMail({
      from: mail.from,
      to: row.recipient,
      subject: row.subject,
      text: row.body_text,
      ...(row.body_html ? { html: row.body_html } : {}),
      // The same on every attempt: a copy sent after a crash is recognisable as one.
      messageId: `<${row.message_id}@${mail.domain}>`,
      headers: { 'Content-Language': row.locale, 'Auto-Submitted': 'auto-generated' },
    })
    .then(
      () => undefined,
      (error: unknown) => error ?? new Error('Unknown SMTP error'),
    )
}

/** Takes up to `limit` due rows for this drainer, counting the attempt now (a crash mid-send still counts). */
async function claim(payload: Payload, limit: number, leaseSeconds: number): Promise<ClaimedRow[]> {
  const { rows } = (await payload.db.drizzle.execute(sql`
    UPDATE notification_outbox SET locked_until = now() + make_interval(secs => ${leaseSeconds}), attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM notification_outbox
      WHERE status = 'pending' AND next_attempt_at <= now() AND (locked_until IS NULL OR locked_until < now())
      ORDER BY next_attempt_at, id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING id::text, recipient, subject, body_text, body_html, locale, message_id::text, attempts`)) as unknown as { rows: ClaimedRow[] }
  return rows
}

/** Pending notices and the oldest one's age, and those given up: for health checks and operators. */
export async function notificationBacklog(payload: Payload): Promise<{ pending: number; oldestSeconds: number | null; failed: number }> {
  const { rows } = (await payload.db.drizzle.execute(sql`
    SELECT count(*) FILTER (WHERE status = 'pending')::int AS pending,
           EXTRACT(EPOCH FROM now() - min(created_at) FILTER (WHERE status = 'pending'))::float AS oldest,
           count(*) FILTER (WHERE status = 'failed')::int AS failed
    FROM notification_outbox WHERE status <> 'sent'`)) as unknown as { rows: { pending: number; oldest: number | null; failed: number }[] }
  const row = rows[0]
  return { pending: row?.pending ?? 0, oldestSeconds: row?.oldest === null || row?.oldest === undefined ? null : Math.round(row.oldest), failed: row?.failed ?? 0 }
}

/** Sent notices carry personal data (what a citizen's dossier lacks, why it was refused): kept `keepDays`, then removed. */
export async function purgeNotifications(payload: Payload, keepDays = 30): Promise<number> {
  const result = (await payload.db.drizzle.execute(
    sql`DELETE FROM notification_outbox WHERE status = 'sent' AND sent_at < now() - make_interval(days => ${keepDays})`,
  )) as unknown as { rowCount?: number }
  return result.rowCount ?? 0
}
