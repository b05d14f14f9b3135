import type { Locale } from '@/i18n/routing'
import type { UnitOption } from '@/lib/dossiers/forms/addressBook'
import type { FormField } from '@/lib/dossiers/forms/types'
import { CommunePicker } from './CommunePicker.client'

export interface AddressLabels {
  province: string
  commune: string
  chooseProvinceFirst: string
  refreshCommunes: string
  street: string
  choose: string
}

type Props = {
  field: FormField
  locale: Locale
  answers: Record<string, string>
  labels: AddressLabels
  provinces: UnitOption[]
  communesOf: (province: string) => UnitOption[]
  legend: React.ReactNode
  hintAndError: React.ReactNode
  describedBy?: string
  invalid: boolean
}

/**
 * An address after the 2025 reorganisation: province, then one of its communes, then the street
 * part. Without JavaScript the commune list follows the province when the citizen presses
 * "show the communes" (the step is saved and shown again); with it, as soon as the province changes.
 */
export function AddressInput({ field, answers, labels, provinces, communesOf, legend, hintAndError, describedBy, invalid }: Props) {
  const province = answers[`${field.name}.province`] ?? ''
  const id = `field-${field.name}`
  return (
    <fieldset id="dia-chi" aria-describedby={describedBy}>
      <legend className="font-semibold">{legend}</legend>
      {hintAndError}
      <CommunePicker
        name={field.name}
        idPrefix={id}
        provinces={provinces}
        province={province}
        commune={answers[`${field.name}.commune`] ?? ''}
        communes={province ? communesOf(province) : []}
        labels={labels}
        invalid={invalid}
        required={field.required}
      />
      <label htmlFor={`${id}-street`} className="mt-3 block">{labels.street}</label>
      <input id={`${id}-street`} name={`${field.name}.street`} type="text" maxLength={300} defaultValue={answers[`${field.name}.street`] ?? ''} autoComplete="street-address" className="mt-1 block w-full max-w-xl rounded border-2 border-ink px-3 py-2" />
    </fieldset>
  )
}
