import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import type { Citizen } from '@/payload-types'
import { AccountForm } from './AccountForm'

export interface RefusedContactForm {
  errors: Record<string, string>
  values: { email?: string; phone?: string; byEmail?: boolean; bySms?: boolean; language?: string }
}

type Props = { citizen: Citizen; csrf: string; locale: Locale; refused?: RefusedContactForm; saved: boolean }

const input = 'mt-1 block w-full max-w-md rounded border border-ink px-3 py-2'

/** The contact preferences form; a refused submission comes back with what was typed, an error summary and each field's error. */
export async function ContactForm({ citizen, csrf, locale, refused, saved }: Props) {
  const t = await getTranslations({ locale, namespace: 'Account' })
  const values = refused?.values ?? citizen.contact ?? {}
  const errors = refused?.errors ?? {}
  const error = (field: string) =>
    errors[field] ? (
      <p id={`contact-${field}-error`} className="mt-1 font-semibold text-red-800">
        {t(`fieldErrors.${errors[field]}` as 'fieldErrors.email_invalid')}
      </p>
    ) : null
  const described = (field: string) => (errors[field] ? { 'aria-invalid': true, 'aria-describedby': `contact-${field}-error` } : {})
  return (
    <>
      {saved ? <p role="status" className="mb-3 rounded border-l-4 border-green-700 bg-green-50 p-3">{t('saved')}</p> : null}
      {refused ? (
        <div role="alert" className="mb-4 rounded border-l-4 border-red-700 bg-red-50 p-3" aria-labelledby="contact-errors-title">
          <h3 id="contact-errors-title" className="font-bold">{t('errorSummary')}</h3>
          <ul className="list-disc pl-6">
            {Object.entries(errors).map(([field, code]) => (
              <li key={field}>
                <a href={`#contact-${field}`} className="link">{t(`fieldErrors.${code}` as 'fieldErrors.email_invalid')}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <AccountForm action="contact" csrf={csrf} locale={locale} className="space-y-4">
        <div>
          <label htmlFor="contact-email" className="font-semibold">{t('contactEmail')}</label>
          <input id="contact-email" name="email" type="email" autoComplete="email" defaultValue={values.email ?? ''} className={input} {...described('email')} />
          {error('email')}
        </div>
        <div>
          <label htmlFor="contact-phone" className="font-semibold">{t('contactPhone')}</label>
          <p id="contact-phone-hint" className="text-muted">{t('contactPhoneHint')}</p>
          <input id="contact-phone" name="phone" type="tel" autoComplete="tel" inputMode="tel" defaultValue={values.phone ?? ''} className={input} {...described('phone')} />
          {error('phone')}
        </div>
        <div className="space-y-2">
          <label className="flex items-center gap-2">
            <input type="checkbox" name="byEmail" defaultChecked={Boolean(values.byEmail)} className="h-5 w-5" /> {t('byEmail')}
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="bySms" defaultChecked={Boolean(values.bySms)} className="h-5 w-5" /> {t('bySms')}
          </label>
        </div>
        <div>
          <label htmlFor="contact-language" className="font-semibold">{t('language')}</label>
          <select id="contact-language" name="language" defaultValue={values.language ?? 'vi'} className={input} {...described('language')}>
            <option value="vi">{t('languageVi')}</option>
            <option value="en">{t('languageEn')}</option>
          </select>
          {error('language')}
        </div>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">{t('save')}</button>
      </AccountForm>
    </>
  )
}
