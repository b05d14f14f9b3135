import type { Citizen } from '@/payload-types'
import type { DossierFormDefinition, PrefillSource } from '../forms/types'
import type { RawAnswers } from './drafts'

/** The identity attributes a form may be pre-filled from, as the provider asserted them at the last sign-in. */
function identityValue(citizen: Citizen, source: PrefillSource): string {
  switch (source) {
    case 'phone':
      return citizen.contact?.phone || citizen.phone || ''
    case 'email':
      return citizen.contact?.email || citizen.email || ''
    default:
      return citizen[source] ?? ''
  }
}

/**
 * The first answers of a new draft: the fields that name an identity attribute, filled from the
 * citizen's identity. Called only when the citizen agreed to it (consent `identity_prefill`).
 */
export function prefillAnswers(form: DossierFormDefinition, citizen: Citizen): RawAnswers {
  const answers: RawAnswers = {}
  for (const field of form.steps.flatMap((step) => step.fields)) {
    if (!field.prefill || field.type === 'address') continue
    const value = identityValue(citizen, field.prefill)
    // A choice is pre-filled only with one of its options (gender: male / female).
    if (value && (field.type !== 'choice' || field.options?.some((option) => option.value === value))) answers[field.name] = value
  }
  return answers
}
