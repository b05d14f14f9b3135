import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'
import { transactionOf } from '@/lib/payload/transactionOf'
import { getPathname } from '@/i18n/paths'
import type { Locale } from '@/i18n/routing'
import { portalOrigin } from '@/lib/site/portalOrigin'
import type { DossierNotice, DossierNotificationEvent } from './types'

export type LoadedNotice =
  | { ok: true; recipient: string; notice: DossierNotice; /** The timeline entry announced: one notice per entry. */ eventId: number }
  | { ok: false; reason: 'noEmail' | 'optedOut' }

type NoticeRow = {
  code: string
  status: DossierNotice['status']
  submitted_at: string
  received_at: string | null
  due_at: string | null
  missing: unknown
  email: string | null
  contact_email: string | null
  contact_by_email: boolean | null
  contact_language: string | null
  procedure_vi: string | null
  procedure_en: string | null
  agency_vi: string | null
  agency_en: string | null
  event_id: number | null
  note: string | null
}

const iso = (value: string | null) => (value ? new Date(value).toISOString() : null)

/**
 * Reads, in the request's transaction, what a notice about a dossier step needs: the applicant's
 * address and language (their contact e-mail, else the one from their identity; nothing if they
 * have none or turned e-mail notices off), the dossier's code, procedure, agency, state and dates
 * in that language, and the step's timeline entry with the officer's note. One query: it runs
 * inside every submission and action. Never the form's answers nor the applicant's identity.
 */
export async function loadDossierNotice(req: PayloadRequest, input: { dossierId: number; event: DossierNotificationEvent }): Promise<LoadedNotice> {
  const db = await transactionOf(req)
  const action = input.event === 'submitted' ? 'submit' : input.event
  const localized = (table: 'procedures_locales' | 'agencies_locales', parent: ReturnType<typeof sql>, locale: Locale) =>
    sql`(SELECT name FROM ${sql.identifier(table)} WHERE _parent_id = ${parent} AND _locale = ${locale})`
  const result = (await db.execute(sql`
    SELECT d.code, d.status, d.submitted_at, d.received_at, d.due_at, d.missing,
      c.email, c.contact_email, c.contact_by_email, c.contact_language,
      ${localized('procedures_locales', sql`d.procedure_id`, 'vi')} AS procedure_vi, ${localized('procedures_locales', sql`d.procedure_id`, 'en')} AS procedure_en,
      ${localized('agencies_locales', sql`d.agency_id`, 'vi')} AS agency_vi, ${localized('agencies_locales', sql`d.agency_id`, 'en')} AS agency_en,
      e.id AS event_id, e.note
    FROM dossiers d
    JOIN citizens c ON c.id = d.applicant_id
    LEFT JOIN LATERAL (SELECT id, note FROM dossier_events WHERE dossier_id = d.id AND action = ${action} ORDER BY id DESC LIMIT 1) e ON true
    WHERE d.id = ${input.dossierId}`)) as unknown as { rows: NoticeRow[] }
  const dossier = result.rows[0]
  if (!dossier) throw new Error(`No dossier ${input.dossierId} to announce.`)
  if (dossier.contact_by_email === false) return { ok: false, reason: 'optedOut' }
  const recipient = dossier.contact_email?.trim() || dossier.email?.trim()
  if (!recipient) return { ok: false, reason: 'noEmail' }
  const locale: Locale = dossier.contact_language === 'en' ? 'en' : 'vi'
  if (!dossier.event_id) throw new Error(`Dossier ${input.dossierId} has no "${action}" step to announce; enqueue the notice after writing the step.`)
  const missing = Array.isArray(dossier.missing) ? dossier.missing.filter((item): item is string => typeof item === 'string') : []
  const link = (href: '/tra-cuu-ho-so' | '/tai-khoan') => `${portalOrigin()}${getPathname({ href, locale })}`
  return {
    ok: true,
    recipient,
    eventId: dossier.event_id,
    notice: {
      event: input.event,
      locale,
      code: dossier.code,
      procedure: (locale === 'en' ? dossier.procedure_en : null) || dossier.procedure_vi || '',
      agency: (locale === 'en' ? dossier.agency_en : null) || dossier.agency_vi || '',
      status: dossier.status,
      submittedAt: iso(dossier.submitted_at)!,
      receivedAt: iso(dossier.received_at),
      dueAt: iso(dossier.due_at),
      note: dossier.note ?? null,
      missing,
      links: { tracking: `${link('/tra-cuu-ho-so')}?code=${encodeURIComponent(dossier.code)}`, account: link('/tai-khoan') },
    },
  }
}
