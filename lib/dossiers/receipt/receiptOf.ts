import type { Payload } from 'payload'
import { getPathname } from '@/i18n/paths'
import { portalOrigin } from '@/lib/site/portalOrigin'
import { findOwnDossier } from '../applicantDossiers'
import { loadDossierForm } from '../forms/loadDossierForm'
import type { DossierReceipt } from './receiptPdf'
import type { ReceiptLocale } from './receiptLabels'

const portalNames = { vi: 'Cổng Dịch vụ công', en: 'Public Service Portal' } as const

/** The receipt of one of the citizen's dossiers, from what the dossier recorded at submission; null when it is not theirs. */
export async function receiptOf(payload: Payload, citizenId: number, code: string, locale: ReceiptLocale): Promise<DossierReceipt | null> {
  const dossier = await findOwnDossier(payload, citizenId, code, locale)
  if (!dossier || typeof dossier.procedure !== 'object' || typeof dossier.agency !== 'object') return null
  const [form, files] = await Promise.all([
    loadDossierForm(payload, dossier.procedure.id),
    payload.find({ collection: 'dossierFiles', where: { and: [{ dossier: { equals: dossier.id } }, { purpose: { equals: 'document' } }] }, sort: 'createdAt', pagination: false, depth: 0, overrideAccess: true }),
  ])
  const data = (dossier.data ?? {}) as Record<string, unknown>
  const deliveryField = form?.steps.flatMap((step) => step.fields).find((field) => field.name === 'resultDelivery')
  const delivery = deliveryField?.options?.find((option) => option.value === data.resultDelivery)?.label[locale] ?? ''
  const tracking = getPathname({ href: '/tra-cuu-ho-so', locale })
  return {
    code: dossier.code,
    procedure: { name: dossier.procedure.name, code: dossier.procedure.code },
    agencyName: dossier.agency.name,
    applicant: { fullName: dossier.applicantSnapshot?.fullName ?? '', personalId: dossier.applicantSnapshot?.personalId ?? '' },
    submittedAt: new Date(dossier.submittedAt),
    appointmentAt: dossier.dueAt ? new Date(dossier.dueAt) : null,
    documents: files.docs.map((file) => ({ requirement: form?.documents.find((document) => document.key === file.documentKey)?.name[locale] ?? '', fileName: file.name })),
    resultDelivery: delivery,
    trackingUrl: `${portalOrigin()}${tracking}?code=${encodeURIComponent(dossier.code)}`,
    portalName: portalNames[locale],
  }
}
