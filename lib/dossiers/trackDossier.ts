import { timingSafeEqual } from 'node:crypto'
import type { Payload } from 'payload'
import type { DossierAction, DossierState } from './dossierWorkflow'

/** What anyone with a dossier's code and the second factor may see: its progress, never who applied or what they wrote. */
export interface PublicDossierView {
  code: string
  procedure: { code: string; name: string }
  agency: string
  status: DossierState
  submittedAt: string
  receivedAt: string | null
  dueAt: string | null
  closedAt: string | null
  overdue: boolean
  timeline: { at: string; action: 'submit' | DossierAction; toState: DossierState; agency: string | null }[]
}

const codeShape = /^[A-Z0-9.]{1,40}-\d{6}-\d{4,6}$/

const sameDigits = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))

/**
 * Public tracking (tra cứu hồ sơ): the dossier whose code is given, if the last four digits of the
 * applicant's personal identification number or phone match — so that codes, which follow a
 * pattern, cannot be enumerated. Anything that does not match is simply not found.
 */
export async function trackDossier(payload: Payload, input: { code: string; lastDigits: string; locale: 'vi' | 'en'; now?: Date }): Promise<PublicDossierView | null> {
  const code = input.code.trim().toUpperCase()
  const digits = input.lastDigits.replace(/\D/g, '')
  if (!codeShape.test(code) || digits.length !== 4) return null
  const { docs } = await payload.find({ collection: 'dossiers', where: { code: { equals: code } }, depth: 1, limit: 1, locale: input.locale, fallbackLocale: 'vi', overrideAccess: true })
  const dossier = docs[0]
  if (!dossier) return null
  const { personalId, phone } = dossier.applicantSnapshot ?? {}
  const matches = [personalId, phone].some((value) => typeof value === 'string' && value.length >= 4 && sameDigits(value.slice(-4), digits))
  if (!matches) return null
  const events = await payload.find({ collection: 'dossierEvents', where: { dossier: { equals: dossier.id } }, sort: 'at', depth: 1, pagination: false, locale: input.locale, fallbackLocale: 'vi', overrideAccess: true })
  const nameOf = (agency: unknown) => (agency && typeof agency === 'object' && 'name' in agency ? String((agency as { name: unknown }).name) : null)
  const procedure = dossier.procedure as { code: string; name: string }
  const now = input.now ?? new Date()
  return {
    code: dossier.code,
    procedure: { code: procedure.code, name: procedure.name },
    agency: nameOf(dossier.agency) ?? '',
    status: dossier.status,
    submittedAt: dossier.submittedAt,
    receivedAt: dossier.receivedAt ?? null,
    dueAt: dossier.dueAt ?? null,
    closedAt: dossier.closedAt ?? null,
    overdue: Boolean(dossier.dueAt && !dossier.closedAt && new Date(dossier.dueAt) < now),
    timeline: events.docs.map((event) => ({ at: event.at, action: event.action, toState: event.toState, agency: nameOf(event.agency) })),
  }
}
