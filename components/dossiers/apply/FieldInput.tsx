import type { Locale } from '@/i18n/routing'
import type { UnitOption } from '@/lib/dossiers/forms/addressBook'
import type { FormField } from '@/lib/dossiers/forms/types'
import { AddressInput, type AddressLabels } from './AddressInput'
import { errorId, inputId } from './fieldIds'

export interface FieldLabels extends AddressLabels {
  optional: string
  dateHint: string
  choose: string
}

type Props = {
  field: FormField
  locale: Locale
  answers: Record<string, string>
  error?: string
  labels: FieldLabels
  provinces: UnitOption[]
  communesOf: (province: string) => UnitOption[]
}

const box = 'mt-1 block w-full rounded border-2 border-ink px-3 py-2'

/** "2026-03-15" (a pre-filled or saved ISO date) as the citizen writes it: "15/03/2026". */
const asTyped = (value: string) => value.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3/$2/$1')

/** One question of a form: its label, hint, error and the input its type calls for. */
export function FieldInput({ field, locale, answers, error, labels, provinces, communesOf }: Props) {
  const id = inputId(field)
  const hint = field.type === 'date' ? (field.hint?.[locale] ?? labels.dateHint) : field.hint?.[locale]
  const describedBy = [hint ? `${id}-hint` : '', error ? errorId(field) : ''].filter(Boolean).join(' ') || undefined
  const common = { id, name: field.name, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined, required: field.required }
  const value = answers[field.name] ?? ''
  const label = (
    <>
      {field.label[locale]} {field.required ? null : <span className="font-normal text-muted">{labels.optional}</span>}
    </>
  )
  const hintAndError = (
    <>
      {hint ? <p id={`${id}-hint`} className="text-muted">{hint}</p> : null}
      {/* Always there (hidden while empty): the checks made as the citizen types fill it in (LiveChecks.client). */}
      <p id={errorId(field)} className="mt-1 font-bold text-red-800" hidden={!error}>{error}</p>
    </>
  )
  const frame = (children: React.ReactNode) => <div className={`border-l-4 pl-3 ${error ? 'border-red-700' : 'border-transparent'}`}>{children}</div>

  if (field.type === 'address') {
    return frame(<AddressInput field={field} locale={locale} answers={answers} labels={labels} provinces={provinces} communesOf={communesOf} legend={label} hintAndError={hintAndError} describedBy={describedBy} invalid={Boolean(error)} />)
  }
  if (field.type === 'choice' && (field.options?.length ?? 0) <= 5) {
    return frame(
      <fieldset aria-describedby={describedBy}>
        <legend className="font-semibold">{label}</legend>
        {hintAndError}
        <div className="mt-1 space-y-1">
          {field.options?.map((option, index) => (
            <label key={option.value} className="flex items-center gap-2 py-1">
              <input type="radio" id={index === 0 ? id : `${id}-${option.value}`} name={field.name} value={option.value} defaultChecked={value === option.value} required={field.required} className="h-5 w-5" />
              {option.label[locale]}
            </label>
          ))}
        </div>
      </fieldset>,
    )
  }
  return frame(
    <>
      <label htmlFor={id} className="font-semibold">{label}</label>
      {hintAndError}
      {field.type === 'choice' ? (
        <select {...common} defaultValue={value} className={box}>
          <option value="">{labels.choose}</option>
          {field.options?.map((option) => (
            <option key={option.value} value={option.value}>{option.label[locale]}</option>
          ))}
        </select>
      ) : field.type === 'textarea' ? (
        <textarea {...common} defaultValue={value} rows={4} maxLength={field.max ?? 4000} className={box} />
      ) : (
        <input {...common} defaultValue={field.type === 'date' ? asTyped(value) : value} className={`${box} ${widthOf(field)}`} {...inputAttributes(field)} />
      )}
    </>,
  )
}

function widthOf(field: FormField): string {
  if (field.type === 'date' || field.type === 'number') return 'max-w-[12rem]'
  if (field.type === 'personalId' || field.type === 'phone') return 'max-w-[16rem]'
  return 'max-w-xl'
}

function inputAttributes(field: FormField): React.InputHTMLAttributes<HTMLInputElement> {
  switch (field.type) {
    case 'number':
      return { type: 'text', inputMode: 'numeric' }
    case 'date':
      return { type: 'text', inputMode: 'numeric', placeholder: 'dd/mm/yyyy', maxLength: 10 }
    case 'personalId':
      return { type: 'text', inputMode: 'numeric', autoComplete: 'off', maxLength: 14 }
    case 'phone':
      return { type: 'tel', inputMode: 'tel', autoComplete: 'tel' }
    case 'email':
      return { type: 'email', autoComplete: 'email' }
    default:
      return { type: 'text', maxLength: field.max ?? 300 }
  }
}
