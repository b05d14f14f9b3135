import type { Payload } from 'payload'
import type { DossierFile } from '@/payload-types'
import { type ApplicantDossierView, dossierView } from './trackDossier'

export interface ApplicantDossier extends ApplicantDossierView {
  id: number
  /** What the agency asked to supplement, while it waits for it. */
  missing: string[]
  files: DossierFile[]
}

/** One of the citizen's own dossiers by its code, with its full timeline and files; null when it is not theirs (or does not exist). */
export async function applicantDossier(payload: Payload, citizenId: number, code: string, locale: 'vi' | 'en'): Promise<ApplicantDossier | null> {
  const { docs } = await payload.find({
    collection: 'dossiers',
    where: { and: [{ code: { equals: code } }, { applicant: { equals: citizenId } }] },
    depth: 1,
    limit: 1,
    locale,
    fallbackLocale: 'vi',
    overrideAccess: true,
  })
  const dossier = docs[0]
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
