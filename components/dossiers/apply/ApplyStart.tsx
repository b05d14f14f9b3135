import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { ApplicationForm } from './ApplicationForm'

type Props = {
  locale: Locale
  csrf: string
  procedure: string
  steps: number
  /** The draft in progress: when it was saved and where to go on. */
  draft: { savedAt: string; continueHref: string } | null
  prefillAgreed: boolean
}

/** The start of an application: what it takes, the choice to pre-fill from the identity, start or continue. */
export async function ApplyStart({ locale, csrf, procedure, steps, draft, prefillAgreed }: Props) {
  const t = await getTranslations({ locale, namespace: 'Apply' })
  if (draft) {
    const time = new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(draft.savedAt))
    return (
      <div className="mt-6">
        <p>{t('draftSaved', { time })}</p>
        <a href={draft.continueHref} className="mt-3 inline-block rounded bg-brand px-5 py-3 font-semibold text-white">{t('continue')}</a>
      </div>
    )
  }
  return (
    <ApplicationForm action="start" csrf={csrf} locale={locale} procedure={procedure} className="mt-6 space-y-4">
      <p>{t('startLead', { steps })}</p>
      {prefillAgreed ? (
        <p>{t('prefillGiven')}</p>
      ) : (
        <div>
          <label className="flex items-start gap-3">
            <input type="checkbox" name="prefill" aria-describedby="prefill-hint" className="mt-1 h-5 w-5 shrink-0" />
            <span>{t('prefill')}</span>
          </label>
          <p id="prefill-hint" className="ml-8 text-muted">{t('prefillHint')}</p>
        </div>
      )}
      <button type="submit" className="rounded bg-brand px-5 py-3 font-semibold text-white">{t('start')}</button>
    </ApplicationForm>
  )
}
