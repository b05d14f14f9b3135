import type { DossierFile } from '@/payload-types'
import type { DossierFormDefinition } from '../forms/types'
import { type AddressUnits, type FieldError, validateStep } from '../forms/validateAnswers'
import type { Draft } from './drafts'

export interface DraftCheck {
  /** The answers, normalised, by field name (unique in a form): what the dossier keeps. */
  values: Record<string, unknown>
  /** Refused fields, by step. */
  errors: Record<string, Record<string, FieldError>>
  /** Required documents with no file. */
  missingDocuments: string[]
  complete: boolean
}

/**
 * Checks a whole draft as the submission does: every step's answers again (the form may have
 * changed since a step was completed) and a file for every required document.
 */
export function checkDraft(form: DossierFormDefinition, draft: Pick<Draft, 'answers'>, files: Pick<DossierFile, 'documentKey'>[], units: AddressUnits): DraftCheck {
  let values: DraftCheck['values'] = {}
  const errors: DraftCheck['errors'] = {}
  for (const step of form.steps) {
    const checked = validateStep(step, draft.answers, units)
    values = { ...values, ...checked.values }
    if (Object.keys(checked.errors).length) errors[step.key] = checked.errors
  }
  const missingDocuments = form.documents.filter((document) => document.required && !files.some((file) => file.documentKey === document.key)).map((document) => document.key)
  return { values, errors, missingDocuments, complete: Object.keys(errors).length === 0 && missingDocuments.length === 0 }
}
