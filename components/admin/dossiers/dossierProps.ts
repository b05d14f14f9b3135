import type { UIFieldServerProps } from 'payload'
import { requestLanguage } from '@/lib/payload/requestLanguage'
import type { Dossier } from '@/payload-types'

/** The relation's id, whether Payload gave the id or the document. */
export const idOf = (relation: unknown): number | null => {
  const id = relation && typeof relation === 'object' ? (relation as { id?: unknown }).id : relation
  return typeof id === 'number' ? id : typeof id === 'string' && id !== '' ? Number(id) : null
}

/** What the dossier page's panels need from their props: the dossier as read for this officer (read access already passed), and the admin's language. */
export function dossierPanelProps({ data, i18n }: Pick<UIFieldServerProps, 'data' | 'i18n'>): { dossier: Dossier | null; language: 'vi' | 'en' } {
  const dossier = data && typeof data === 'object' && 'id' in data && data.id ? (data as Dossier) : null
  return { dossier, language: requestLanguage({ i18n }) }
}
