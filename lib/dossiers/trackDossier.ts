import { timingSafeEqual } from 'node:crypto'
import type { Payload } from 'payload'
import type { Dossier } from '@/payload-types'
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

/** A dossier as its applicant sees it: the public view, with what they are told at each step. */
export interface ApplicantDossierView extends PublicDossierView {
  timeline: (PublicDossierView['timeline'][number] & { note: string | null; detail: Record<string, unknown> | null })[]
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
  const view = await dossierView(payload, dossier, input.locale, input.now)
  // The officers' notes (reasons, what is missing) are for the applicant only.
  return { ...view, timeline: view.timeline.map(({ at, action, toState, agency }) => ({ at, action, toState, agency })) }
}

/** The name of a relation read with depth 1 (a procedure, an agency), or null. */
export const nameOf = (relation: unknown) => (relation && typeof relation === 'object' && 'name' in relation ? String((relation as { name: unknown }).name) : null)

/** A dossier's progress with what its applicant is told at each step (tracking leaves the notes out). The dossier is read with depth 1. */
export async function dossierView(payload: Payload, dossier: Dossier, locale: 'vi' | 'en', now = new Date()): Promise<ApplicantDossierView> {
  const events = await payload.find({ collection: 'dossierEvents', where: { dossier: { equals: dossier.id } }, sort: 'at', depth: 1, pagination: false, locale, fallbackLocale: 'vi', overrideAccess: true })
  const procedure = dossier.procedure as { code: string; name: string }
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
    timeline: events.docs.map((event) => ({
      at: event.at,
      action: event.action,
      toState: event.toState,
      agency: nameOf(event.agency),
      note: event.note ?? null,
      detail: (event.detail ?? null) as Record<string, unknown> | null,
    })),
  }
}
