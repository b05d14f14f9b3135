import type { PayloadRequest } from 'payload'
import { getPathname } from '@/i18n/paths'
import type { Locale } from '@/i18n/routing'
import { portalOrigin } from '@/lib/site/portalOrigin'
import type { DossierNotice, DossierNotificationEvent } from './types'

export type LoadedNotice =
  | { ok: true; recipient: string; notice: DossierNotice; /** The timeline entry announced: one notice per entry. */ eventId: number }
  | { ok: false; reason: 'noEmail' | 'optedOut' }

const nameOf = (doc: { name?: string | null }) => doc.name ?? ''

/**
 * Reads, in the request's transaction, what a notice about a dossier step needs: the applicant's
 * address and language (their contact e-mail, else the one from their identity; nothing if they
 * have none or turned e-mail notices off), the dossier's code, procedure, agency, state and dates
 * in that language, and the step's timeline entry with the officer's note.
 */
export async function loadDossierNotice(req: PayloadRequest, input: { dossierId: number; event: DossierNotificationEvent }): Promise<LoadedNotice> {
  const { payload } = req
  const common = { req, depth: 0, overrideAccess: true } as const
  const dossier = await payload.findByID({
    collection: 'dossiers',
    id: input.dossierId,
    // Not the form's answers nor the applicant's identity: a notice never carries them.
    select: { code: true, procedure: true, agency: true, applicant: true, status: true, submittedAt: true, receivedAt: true, dueAt: true, missing: true },
    ...common,
  })
  const citizen = await payload.findByID({ collection: 'citizens', id: dossier.applicant as number, select: { email: true, contact: true }, ...common })
  if (citizen.contact?.byEmail === false) return { ok: false, reason: 'optedOut' }
  const recipient = citizen.contact?.email?.trim() || citizen.email?.trim()
  if (!recipient) return { ok: false, reason: 'noEmail' }
  const locale: Locale = citizen.contact?.language === 'en' ? 'en' : 'vi'

  const inLocale = { ...common, locale, fallbackLocale: 'vi' } as const
  const action = input.event === 'submitted' ? 'submit' : input.event
  // One after the other: the transaction is one connection.
  const procedure = await payload.findByID({ collection: 'procedures', id: dossier.procedure as number, ...inLocale })
  const agency = await payload.findByID({ collection: 'agencies', id: dossier.agency as number, ...inLocale })
  const events = await payload.find({
    collection: 'dossierEvents',
    where: { and: [{ dossier: { equals: dossier.id } }, { action: { equals: action } }] },
    sort: '-id',
    limit: 1,
    pagination: false,
    ...common,
  })
  const event = events.docs[0]
  if (!event) throw new Error(`Dossier ${dossier.id} has no "${action}" step to announce; enqueue the notice after writing the step.`)
  const missing = Array.isArray(dossier.missing) ? dossier.missing.filter((item): item is string => typeof item === 'string') : []
  const link = (href: '/tra-cuu-ho-so' | '/tai-khoan') => `${portalOrigin()}${getPathname({ href, locale })}`
  return {
    ok: true,
    recipient,
    eventId: event.id,
    notice: {
      event: input.event,
      locale,
      code: dossier.code,
      procedure: nameOf(procedure),
      agency: nameOf(agency),
      status: dossier.status,
      submittedAt: dossier.submittedAt,
      receivedAt: dossier.receivedAt ?? null,
      dueAt: dossier.dueAt ?? null,
      note: event.note ?? null,
      missing,
      links: { tracking: `${link('/tra-cuu-ho-so')}?code=${encodeURIComponent(dossier.code)}`, account: link('/tai-khoan') },
    },
  }
}
