import { nationalPhone } from '@/lib/citizen/phone'
import { isDay } from '@/lib/workdays/days'
import type { AddressAnswer, FormField, FormStep } from './types'

/** Why an answer was refused: a code that the form shows in the citizen's language. */
export type FieldError =
  | 'required'
  | 'too_long'
  | 'not_a_number'
  | 'out_of_range'
  | 'invalid_date'
  | 'invalid_choice'
  | 'invalid_personal_id'
  | 'invalid_phone'
  | 'invalid_email'
  | 'invalid_province'
  | 'invalid_commune'

/** The administrative units an address may name (2025 units: provinces and their communes). */
export interface AddressUnits {
  isProvince(code: string): boolean
  isCommuneOf(province: string, commune: string): boolean
}

type Raw = Record<string, string | undefined>
type Checked = { ok: true; value: unknown } | { ok: false; error: FieldError }

// The HTML standard's e-mail shape (what <input type="email"> accepts): no zod here, since the
// application pages run these same checks in the browser as the citizen types.
const emailShape = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/
const personalIdShape = /^(0\d{2})\d{9}$/
const phoneShape = /^0\d{9,10}$/

/** DD/MM/YYYY (as Vietnamese write dates) or YYYY-MM-DD (a date input), as YYYY-MM-DD. */
function normaliseDate(value: string): string | null {
  const vietnamese = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value)
  const day = vietnamese ? `${vietnamese[3]}-${vietnamese[2]!.padStart(2, '0')}-${vietnamese[1]!.padStart(2, '0')}` : value
  if (!isDay(day)) return null
  // Refuse 31/02 and the like, which Date would roll over into March.
  return new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day ? day : null
}

/** Checks one field's answer (the browser runs this as the citizen leaves a field, the server again for the whole step). */
export function checkField(field: FormField, raw: Raw, units: AddressUnits): Checked {
  if (field.type === 'address') return checkAddress(field, raw, units)
  const value = (raw[field.name] ?? '').trim()
  if (!value) return field.required ? { ok: false, error: 'required' } : { ok: true, value: null }
  switch (field.type) {
    case 'text':
    case 'textarea':
      return value.length > (field.max ?? (field.type === 'text' ? 300 : 4000)) ? { ok: false, error: 'too_long' } : { ok: true, value }
    case 'number': {
      const number = Number(value.replace(/\s/g, '').replace(',', '.'))
      if (!Number.isFinite(number)) return { ok: false, error: 'not_a_number' }
      if ((field.min !== undefined && number < field.min) || (field.max !== undefined && number > field.max)) return { ok: false, error: 'out_of_range' }
      return { ok: true, value: number }
    }
    case 'date': {
      const day = normaliseDate(value)
      return day ? { ok: true, value: day } : { ok: false, error: 'invalid_date' }
    }
    case 'choice':
      return field.options?.some((option) => option.value === value) ? { ok: true, value } : { ok: false, error: 'invalid_choice' }
    case 'personalId': {
      const digits = value.replace(/\s/g, '')
      const province = Number(personalIdShape.exec(digits)?.[1])
      return province >= 1 && province <= 96 ? { ok: true, value: digits } : { ok: false, error: 'invalid_personal_id' }
    }
    case 'phone': {
      const compact = nationalPhone(value)
      return phoneShape.test(compact) ? { ok: true, value: compact } : { ok: false, error: 'invalid_phone' }
    }
    case 'email':
      return emailShape.test(value) ? { ok: true, value } : { ok: false, error: 'invalid_email' }
  }
}

/** An address is three inputs: `<name>.province`, `<name>.commune` (codes) and `<name>.street`. */
function checkAddress(field: FormField, raw: Raw, units: AddressUnits): Checked {
  const part = (key: keyof AddressAnswer) => (raw[`${field.name}.${key}`] ?? '').trim()
  const answer: AddressAnswer = { province: part('province'), commune: part('commune'), street: part('street') }
  if (!answer.province && !answer.commune && !answer.street) return field.required ? { ok: false, error: 'required' } : { ok: true, value: null }
  if (!units.isProvince(answer.province)) return { ok: false, error: 'invalid_province' }
  if (!units.isCommuneOf(answer.province, answer.commune)) return { ok: false, error: 'invalid_commune' }
  if (answer.street.length > 300) return { ok: false, error: 'too_long' }
  return { ok: true, value: answer }
}

/**
 * Checks the answers of one step of a form (the same checks the browser makes as the citizen
 * types, made again on the server): the values, normalised, and an error code per refused field.
 */
export function validateStep(step: FormStep, raw: Raw, units: AddressUnits): { values: Record<string, unknown>; errors: Record<string, FieldError> } {
  const values: Record<string, unknown> = {}
  const errors: Record<string, FieldError> = {}
  for (const field of step.fields) {
    const checked = checkField(field, raw, units)
    if (checked.ok) values[field.name] = checked.value
    else errors[field.name] = checked.error
  }
  return { values, errors }
}
