import type { Payload } from 'payload'
import { starterForms } from '@/lib/dossiers/forms/starterForms'
import type { DossierFormDefinition } from '@/lib/dossiers/forms/types'
import { type CollectionCounts, emptyCounts } from './report'

type Locale = 'vi' | 'en'
interface Row {
  id?: string | null
  fields?: Row[] | null
  options?: Row[] | null
}
type Rows = Row[] | null | undefined

/** The form as the collection stores it, in one language; row ids (from the first language) keep the other language on the same rows. */
function inLocale(form: DossierFormDefinition, locale: Locale, title: string, ids?: { steps?: Rows; documents?: Rows }) {
  return {
    title,
    steps: form.steps.map((step, s) => ({
      id: ids?.steps?.[s]?.id ?? undefined,
      key: step.key,
      title: step.title[locale],
      fields: step.fields.map((field, f) => ({
        id: ids?.steps?.[s]?.fields?.[f]?.id ?? undefined,
        name: field.name,
        type: field.type,
        label: field.label[locale],
        hint: field.hint?.[locale],
        required: field.required,
        prefill: field.prefill,
        min: field.min,
        max: field.max,
        options: field.options?.map((option, o) => ({ id: ids?.steps?.[s]?.fields?.[f]?.options?.[o]?.id ?? undefined, value: option.value, label: option.label[locale] })),
      })),
    })),
    documents: form.documents.map((document, d) => ({
      id: ids?.documents?.[d]?.id ?? undefined,
      key: document.key,
      name: document.name[locale],
      required: document.required,
      accept: document.accept,
      maxSizeMb: document.maxSizeMb,
    })),
    declaration: form.declaration[locale],
  }
}

/**
 * Creates the shipped online forms (lib/dossiers/forms/starterForms.ts) of the procedures that
 * have none yet, in Vietnamese and English. A procedure that has a form keeps it: editors own it.
 */
export async function importStarterForms(payload: Payload): Promise<CollectionCounts> {
  const counts = emptyCounts()
  for (const [code, form] of Object.entries(starterForms)) {
    const { docs } = await payload.find({ collection: 'procedures', where: { code: { equals: code } }, sort: 'slug', limit: 1, depth: 0 })
    const procedure = docs[0]
    if (!procedure) {
      counts.rejected++
      continue
    }
    if ((await payload.count({ collection: 'dossierForms', where: { procedure: { equals: procedure.id } } })).totalDocs > 0) {
      counts.unchanged++
      continue
    }
    const context = { importing: true }
    const created = await payload.create({
      collection: 'dossierForms',
      locale: 'vi',
      data: { procedure: procedure.id, ...inLocale(form, 'vi', `Tờ khai trực tuyến: ${procedure.name}`) },
      depth: 0,
      context,
    })
    await payload.update({
      collection: 'dossierForms',
      id: created.id,
      locale: 'en',
      data: inLocale(form, 'en', `Online form: ${procedure.name}`, { steps: created.steps as unknown as Rows, documents: created.documents as unknown as Rows }),
      depth: 0,
      context,
    })
    counts.created++
  }
  return counts
}
