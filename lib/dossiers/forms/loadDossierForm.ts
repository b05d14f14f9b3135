import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { versionedCache } from '@/lib/payload/versionedCache'
import { type AllLocales, pickLocale } from '@/lib/site/localized'
import type { Bilingual, DossierFormDefinition, FormField } from './types'

/** A localized value read with `locale: 'all'`, English falling back to Vietnamese. */
const both = (value: AllLocales): Bilingual => ({ vi: pickLocale(value, 'vi').text, en: pickLocale(value, 'en').text })

type LoadedForm = (DossierFormDefinition & { id: number; title: Bilingual }) | null

/** The form's last change (every save touches the main row): one indexed read instead of the whole form with its nested arrays. */
async function formVersion(payload: Payload, procedureId: number): Promise<string> {
  const { rows } = (await payload.db.drizzle.execute(sql`SELECT id, updated_at FROM dossier_forms WHERE procedure_id = ${procedureId} ORDER BY id LIMIT 1`)) as unknown as {
    rows: { id: number; updated_at: string }[]
  }
  return rows[0] ? `${rows[0].id}@${new Date(rows[0].updated_at).toISOString()}` : 'none'
}

/** The online form of a procedure, in both languages, as the application pages and the server's checks use it; null when it has none. */
export const loadDossierForm: (payload: Payload, procedureId: number) => Promise<LoadedForm> = versionedCache(formVersion, readDossierForm)

async function readDossierForm(payload: Payload, procedureId: number): Promise<LoadedForm> {
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
