import type { Payload } from 'payload'
import type { Dossier, DossierFile } from '@/payload-types'
import { type ApplicantDossierView, dossierView, nameOf } from './trackDossier'

export interface ApplicantDossier extends ApplicantDossierView {
  id: number
  /** What the agency asked to supplement, while it waits for it. */
  missing: string[]
  files: DossierFile[]
}

/** One of the citizen's own dossiers by its code, with its procedure and agency in the locale; null when it is not theirs (or does not exist). */
export async function findOwnDossier(payload: Payload, citizenId: number, code: string, locale: 'vi' | 'en'): Promise<Dossier | null> {
  const { docs } = await payload.find({
    collection: 'dossiers',
    where: { and: [{ code: { equals: code } }, { applicant: { equals: citizenId } }] },
    depth: 1,
    limit: 1,
    locale,
    fallbackLocale: 'vi',
    overrideAccess: true,
  })
  return docs[0] ?? null
}

/** One of the citizen's own dossiers by its code, with its full timeline and files; null when it is not theirs (or does not exist). */
export async function applicantDossier(payload: Payload, citizenId: number, code: string, locale: 'vi' | 'en'): Promise<ApplicantDossier | null> {
  const dossier = await findOwnDossier(payload, citizenId, code, locale)
  if (!dossier) return null
  const [view, files] = await Promise.all([
    dossierView(payload, dossier, locale),
    payload.find({ collection: 'dossierFiles', where: { dossier: { equals: dossier.id } }, sort: 'createdAt', pagination: false, depth: 0, overrideAccess: true }),
  ])
  return { ...view, id: dossier.id, missing: Array.isArray(dossier.missing) ? (dossier.missing as string[]) : [], files: files.docs }
}

export interface DossierSummary {
  code: string
  procedure: string
  status: ApplicantDossierView['status']
  submittedAt: string
  dueAt: string | null
  overdue: boolean
}

/** The citizen's dossiers, newest first (the account page's list). */
export async function applicantDossiers(payload: Payload, citizenId: number, locale: 'vi' | 'en', now = new Date()): Promise<DossierSummary[]> {
  const { docs } = await payload.find({
    collection: 'dossiers',
    where: { applicant: { equals: citizenId } },
    sort: '-submittedAt',
    limit: 100,
    depth: 1,
    locale,
    fallbackLocale: 'vi',
    overrideAccess: true,
    select: { code: true, procedure: true, status: true, submittedAt: true, dueAt: true, closedAt: true },
  })
  return docs.map((dossier) => ({
    code: dossier.code,
    procedure: typeof dossier.procedure === 'object' ? dossier.procedure.name : '',
    status: dossier.status,
    submittedAt: dossier.submittedAt,
    dueAt: dossier.dueAt ?? null,
    overdue: Boolean(dossier.dueAt && !dossier.closedAt && new Date(dossier.dueAt) < now),
  }))
}

/** Everything the portal holds of a citizen's dossiers and drafts, for the download of their data (Decree 13/2023). */
export async function exportApplicantDossiers(payload: Payload, citizenId: number) {
  const [dossiers, drafts] = await Promise.all([
    payload.find({ collection: 'dossiers', where: { applicant: { equals: citizenId } }, sort: 'submittedAt', pagination: false, depth: 1, overrideAccess: true }),
    payload.find({ collection: 'dossierDrafts', where: { applicant: { equals: citizenId } }, pagination: false, depth: 1, overrideAccess: true }),
  ])
  const ids = dossiers.docs.map((dossier) => dossier.id)
  const [events, files] = ids.length
    ? await Promise.all([
        payload.find({ collection: 'dossierEvents', where: { dossier: { in: ids } }, sort: 'id', pagination: false, depth: 0, overrideAccess: true }),
        payload.find({ collection: 'dossierFiles', where: { applicant: { equals: citizenId } }, sort: 'id', pagination: false, depth: 0, overrideAccess: true }),
      ])
    : [{ docs: [] }, { docs: [] }]
  const codeOf = (relation: unknown) => (relation && typeof relation === 'object' && 'code' in relation ? String((relation as { code: unknown }).code) : null)
  const fileFacts = (file: DossierFile) => ({ name: file.name, purpose: file.purpose, document: file.documentKey, size: file.size, sha256: file.sha256, uploadedAt: file.createdAt })
  return {
    dossiers: dossiers.docs.map((dossier) => ({
      code: dossier.code,
      procedure: { code: codeOf(dossier.procedure), name: nameOf(dossier.procedure) },
      agency: nameOf(dossier.agency),
      status: dossier.status,
      submittedAt: dossier.submittedAt,
      receivedAt: dossier.receivedAt ?? null,
      dueAt: dossier.dueAt ?? null,
      closedAt: dossier.closedAt ?? null,
      applicantAsSubmitted: dossier.applicantSnapshot,
      answers: dossier.data,
      files: files.docs.filter((file) => file.dossier === dossier.id).map(fileFacts),
      timeline: events.docs.filter((event) => event.dossier === dossier.id).map((event) => ({ at: event.at, action: event.action, state: event.toState, note: event.note ?? null })),
    })),
    drafts: drafts.docs.map((draft) => ({ procedure: codeOf(draft.procedure), answers: draft.answers, savedAt: draft.updatedAt })),
  }
}
