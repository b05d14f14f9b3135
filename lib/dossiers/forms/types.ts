/** Text in both languages of the portal. */
export interface Bilingual {
  vi: string
  en: string
}

/** What a form field holds, which decides its input and its checks. */
export const fieldTypes = ['text', 'textarea', 'number', 'date', 'choice', 'personalId', 'phone', 'email', 'address'] as const
export type FieldType = (typeof fieldTypes)[number]

/** Identity attributes a field can be pre-filled from (when the citizen agreed: consent `identity_prefill`). */
export const prefillSources = ['fullName', 'personalId', 'birthDate', 'gender', 'phone', 'email', 'permanentAddress'] as const
export type PrefillSource = (typeof prefillSources)[number]

export interface FormField {
  name: string
  type: FieldType
  label: Bilingual
  hint?: Bilingual
  required: boolean
  /** choice: the allowed values. */
  options?: { value: string; label: Bilingual }[]
  prefill?: PrefillSource
  /** text, textarea: longest answer; number: largest value. */
  max?: number
  /** number: smallest value. */
  min?: number
}

/** One topic per step (the applicant, the child, the parents…). */
export interface FormStep {
  key: string
  title: Bilingual
  fields: FormField[]
}

export const fileKinds = ['pdf', 'jpeg', 'png'] as const
export type FileKind = (typeof fileKinds)[number]

/** A document to upload, from the procedure's dossier components. */
export interface FormDocument {
  key: string
  name: Bilingual
  required: boolean
  accept: FileKind[]
  maxSizeMb: number
}

/** A procedure's online form, as editors define it in the CMS (collection dossierForms). */
export interface DossierFormDefinition {
  steps: FormStep[]
  documents: FormDocument[]
  /** What the applicant declares before submitting. */
  declaration: Bilingual
}

/** An address answer: province and commune (administrative units' codes) and the street part. */
export interface AddressAnswer {
  province: string
  commune: string
  street: string
}
