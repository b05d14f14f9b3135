import type { AddressBook } from './addressBook'
import type { AddressAnswer, DossierFormDefinition, FormField } from './types'

type Language = 'vi' | 'en'

export interface DescribedAnswers {
  key: string
  title: string
  answers: { name: string; label: string; value: string | null }[]
}

const isAddress = (value: unknown): value is AddressAnswer => Boolean(value) && typeof value === 'object' && 'province' in (value as object) && 'commune' in (value as object)

/** An answer as a person reads it: the option's label, the address in words, the date as dd/mm/yyyy. */
function shown(field: Pick<FormField, 'type' | 'options'> | undefined, value: unknown, language: Language, addressBook: Pick<AddressBook, 'describe'>): string | null {
  if (value === null || value === undefined || value === '') return null
  if (isAddress(value)) return addressBook.describe(value)
  if (field?.type === 'choice') return field.options?.find((option) => option.value === value)?.label[language] ?? String(value)
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3/$2/$1')
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}

/**
 * A dossier's answers under the labels of its form, step by step, for the officers. Answers the
 * form does not name (it changed since the submission, or the procedure has no form any more) are
 * kept, under their own names, in a last group: nothing the citizen sent is hidden.
 */
export function describeAnswers(form: DossierFormDefinition | null, data: Record<string, unknown>, language: Language, addressBook: Pick<AddressBook, 'describe'>): DescribedAnswers[] {
  const steps = (form?.steps ?? []).map((step) => ({
    key: step.key,
    title: step.title[language],
    answers: step.fields.map((field) => ({ name: field.name, label: field.label[language], value: shown(field, data[field.name], language, addressBook) })),
  }))
  const named = new Set(steps.flatMap((step) => step.answers.map((answer) => answer.name)))
  const others = Object.entries(data)
    .filter(([name]) => !named.has(name))
    .map(([name, value]) => ({ name, label: name, value: shown(undefined, value, language, addressBook) }))
  return others.length ? [...steps, { key: '_other', title: language === 'en' ? 'Other answers' : 'Nội dung khác', answers: others }] : steps
}
