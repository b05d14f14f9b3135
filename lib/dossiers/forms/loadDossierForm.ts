import type { Payload } from 'payload'
import { type AllLocales, pickLocale } from '@/lib/site/localized'
import type { Bilingual, DossierFormDefinition, FormField } from './types'

/** A localized value read with `locale: 'all'`, English falling back to Vietnamese. */
const both = (value: AllLocales): Bilingual => ({ vi: pickLocale(value, 'vi').text, en: pickLocale(value, 'en').text })

/** The online form of a procedure, in both languages, as the application pages and the server's checks use it; null when it has none. */
export async function loadDossierForm(payload: Payload, procedureId: number): Promise<(DossierFormDefinition & { id: number; title: Bilingual }) | null> {
  const { docs } = await payload.find({ collection: 'dossierForms', where: { procedure: { equals: procedureId } }, locale: 'all', depth: 0, limit: 1, overrideAccess: true })
  const doc = docs[0] as unknown as Record<string, never> | undefined
  if (!doc) return null
  type Row = Record<string, unknown>
  const rows = (value: unknown) => (Array.isArray(value) ? (value as Row[]) : [])
  return {
    id: doc.id,
    title: both(doc.title),
    steps: rows(doc.steps).map((step) => ({
      key: String(step.key),
      title: both(step.title as AllLocales),
      fields: rows(step.fields).map(
        (field): FormField => ({
          name: String(field.name),
          type: field.type as FormField['type'],
          label: both(field.label as AllLocales),
          ...(field.hint && both(field.hint as AllLocales).vi ? { hint: both(field.hint as AllLocales) } : {}),
          required: Boolean(field.required),
          ...(field.prefill ? { prefill: field.prefill as FormField['prefill'] } : {}),
          ...(typeof field.min === 'number' ? { min: field.min } : {}),
          ...(typeof field.max === 'number' ? { max: field.max } : {}),
          ...(rows(field.options).length ? { options: rows(field.options).map((option) => ({ value: String(option.value), label: both(option.label as AllLocales) })) } : {}),
        }),
      ),
    })),
    documents: rows(doc.documents).map((document) => ({
      key: String(document.key),
      name: both(document.name as AllLocales),
      required: Boolean(document.required),
      accept: (document.accept as DossierFormDefinition['documents'][number]['accept']) ?? ['pdf'],
      maxSizeMb: Number(document.maxSizeMb ?? 10),
    })),
    declaration: both(doc.declaration),
  }
}
