import nodemailer, { type NodemailerError, type Transporter } from 'nodemailer'

/** Where notices are sent from, and through which SMTP server. */
export interface MailConfig {
  /** SMTP_URL, e.g. smtp://127.0.0.1:1025 or smtps://user:password@smtp.example.gov.vn. */
  smtpUrl: string | undefined
  /** MAIL_FROM, as it appears to the citizen. */
  from: string
  /** The right-hand side of Message-IDs: the sender's domain. */
  domain: string
}

const defaultFrom = 'Cổng Dịch vụ công <no-reply@dichvucong.localhost>'

/** The mail settings from the environment. */
export function mailConfig(env: Record<string, string | undefined> = process.env): MailConfig {
  const from = env.MAIL_FROM?.trim() || defaultFrom
  const domain = /@([^>\s@]+)>?\s*$/.exec(from)?.[1] ?? 'dichvucong.localhost'
  return { smtpUrl: env.SMTP_URL?.trim() || undefined, from, domain }
}

/**
 * An SMTP connection for one drain: one connection reused for the batch, with timeouts short
 * enough that a batch ends well within its lease (lib/notifications/drainNotifications.ts).
 */
export function createMailer(smtpUrl: string): Transporter {
  return nodemailer.createTransport({ url: smtpUrl, pool: true, maxConnections: 1, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 })
}

/** Whether the server refused the recipient for good (no such mailbox): retrying would get the same answer. */
export const recipientRefused = (error: unknown) => (error as NodemailerError).code === 'EENVELOPE' && (error as NodemailerError).permanent === true
