import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import type { ApplicantDossierView } from '@/lib/dossiers/trackDossier'
import { formatDateTime } from '@/lib/site/formatDate'

/** A dossier's whole timeline as its applicant sees it: each step, when, which agency, and what they were told. */
export async function DossierTimeline({ timeline, locale }: { timeline: ApplicantDossierView['timeline']; locale: Locale }) {
  const [tracking, t] = await Promise.all([getTranslations({ locale, namespace: 'Tracking' }), getTranslations({ locale, namespace: 'MyDossier' })])
  return (
    <ol className="space-y-3 border-l-2 border-brand pl-4">
      {timeline.map((event, index) => {
        const missing = Array.isArray(event.detail?.missing) ? (event.detail.missing as string[]) : []
        const files = Array.isArray(event.detail?.files) ? (event.detail.files as string[]) : []
        return (
          <li key={index}>
            <p className="font-semibold">{tracking(`actions.${event.action}`)}</p>
            <p className="text-muted">
              <time dateTime={event.at}>{formatDateTime(event.at, locale)}</time>
              {event.agency ? ` · ${event.agency}` : ''}
            </p>
            {event.note ? <p className="whitespace-pre-line">{event.note}</p> : null}
            {missing.length ? <p>{t('missingItems', { items: missing.join('; ') })}</p> : null}
            {files.length ? <p>{t('filesSent', { files: files.join(', ') })}</p> : null}
          </li>
        )
      })}
    </ol>
  )
}
