import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'
import { transactionOf } from '@/lib/payload/transactionOf'
import { loadDossierNotice } from './loadDossierNotice'
import { renderDossierEmail } from './renderDossierEmail'
import type { DossierNotificationEvent } from './types'

export type EnqueueResult = { enqueued: true } | { enqueued: false; reason: 'noEmail' | 'optedOut' | 'duplicate' }

/**
 * Queues the e-mail that tells the applicant about a step of their dossier. Call it inside the
 * step's transaction, after its timeline entry is written: the notice then exists if and only if
 * the step committed, and the worker (lib/notifications/drainNotifications.ts) sends it. One
 * notice per timeline entry: a second call for the same step does nothing.
 */
export async function enqueueDossierNotification(req: PayloadRequest, input: { dossierId: number; event: DossierNotificationEvent }): Promise<EnqueueResult> {
  const loaded = await loadDossierNotice(req, input)
  if (!loaded.ok) return { enqueued: false, reason: loaded.reason }
  const { recipient, notice, eventId } = loaded
  const email = renderDossierEmail(notice)
  const db = await transactionOf(req)
  const result = (await db.execute(sql`
    INSERT INTO notification_outbox (channel, recipient, subject, body_text, body_html, locale, dossier_id, event, dedupe_key)
    VALUES ('email', ${recipient}, ${email.subject}, ${email.text}, ${email.html}, ${notice.locale}, ${input.dossierId}, ${input.event},
      ${`email.dossier-event.${eventId}`})
    ON CONFLICT (dedupe_key) DO NOTHING`)) as unknown as { rowCount?: number | null }
  return result.rowCount ? { enqueued: true } : { enqueued: false, reason: 'duplicate' }
}
