import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import type { AddressBook } from '@/lib/dossiers/forms/addressBook'
import type { FormStep } from '@/lib/dossiers/forms/types'
import type { FieldError } from '@/lib/dossiers/forms/validateAnswers'
import { ApplicationForm } from './ApplicationForm'
import { ErrorSummary } from './ErrorSummary'
import { FieldInput } from './FieldInput'
import { inputId, midSentence } from './fieldIds'
import { LiveChecks } from './LiveChecks.client'

const checkedCodes: FieldError[] = ['required', 'too_long', 'not_a_number', 'out_of_range', 'invalid_date', 'invalid_choice', 'invalid_personal_id', 'invalid_phone', 'invalid_email']

type Props = {
  step: FormStep
  index: number
  locale: Locale
  csrf: string
  procedure: string
  answers: Record<string, string>
  /** Shown after a refused "continue": the step's answers checked again. */
  errors: Record<string, FieldError>
  addressBook: AddressBook
}

/** One step of the online form: its questions, the error summary, and "save and continue" / "back". */
export async function StepForm({ step, index, locale, csrf, procedure, answers, errors, addressBook }: Props) {
  const t = await getTranslations({ locale, namespace: 'Apply' })
  const message = (name: string, code: FieldError) => {
    const label = step.fields.find((candidate) => candidate.name === name)!.label[locale]
    return t(`fieldErrors.${code}`, { label, name: midSentence(label) })
  }
  const messageOf = (name: string) => message(name, errors[name]!)
  const liveMessages = Object.fromEntries(step.fields.map((field) => [field.name, Object.fromEntries(checkedCodes.map((code) => [code, message(field.name, code)]))]))
  const labels = {
    optional: t('optional'),
    dateHint: t('dateHint'),
    choose: t('choose'),
    province: t('province'),
    commune: t('commune'),
    chooseProvinceFirst: t('chooseProvinceFirst'),
    refreshCommunes: t('refreshCommunes'),
    street: t('street'),
  }
  const refused = step.fields.filter((field) => errors[field.name])
  return (
    <>
      <ErrorSummary title={t('errorSummary')} items={refused.map((field) => ({ href: `#${inputId(field)}`, text: messageOf(field.name) }))} />
      <ApplicationForm action="save" csrf={csrf} locale={locale} procedure={procedure} fields={{ step: String(index) }} className="space-y-6">
        {step.fields.map((field) => (
          <FieldInput
            key={field.name}
            field={field}
            locale={locale}
            answers={answers}
            error={errors[field.name] ? messageOf(field.name) : undefined}
            labels={labels}
            provinces={addressBook.provinces}
            communesOf={addressBook.communesOf}
          />
        ))}
        <LiveChecks fields={step.fields} messages={liveMessages} />
        <div className="flex flex-wrap gap-3">
          <button type="submit" name="go" value="next" className="rounded bg-brand px-5 py-2 font-semibold text-white">{t('next')}</button>
          <button type="submit" name="go" value="back" className="rounded border-2 border-brand px-5 py-2 font-semibold text-brand">{t('back')}</button>
        </div>
      </ApplicationForm>
    </>
  )
}
