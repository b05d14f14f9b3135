import { getTranslations } from 'next-intl/server'
import { type Fact, FactList } from '@/components/directory/FactList'
import type { Locale } from '@/i18n/routing'
import type { PublicDossierView } from '@/lib/dossiers/trackDossier'
import { formatDate, formatDateTime } from '@/lib/site/formatDate'

/** A tracked dossier: its facts, whether it is late, and the public timeline. */
export async function TrackingResult({ dossier, locale }: { dossier: PublicDossierView; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Tracking' })
  const facts: Fact[] = [
    { term: t('procedure'), value: `${dossier.procedure.name} (${dossier.procedure.code})` },
    { term: t('agency'), value: dossier.agency },
    { term: t('status'), value: t(`states.${dossier.status}`) },
    { term: t('submittedAt'), value: formatDateTime(dossier.submittedAt, locale) },
    { term: t('receivedAt'), value: dossier.receivedAt ? formatDateTime(dossier.receivedAt, locale) : null },
    { term: t('dueAt'), value: dossier.dueAt ? formatDate(dossier.dueAt, locale) : null },
    { term: t('closedAt'), value: dossier.closedAt ? formatDateTime(dossier.closedAt, locale) : null },
  ]
  return (
    <section aria-labelledby="tracked-title" className="mt-8 rounded border border-line p-4">
      <h2 id="tracked-title" className="mb-3 text-xl font-bold">
        {dossier.code}
        {dossier.overdue ? <span className="ml-3 rounded bg-red-800 px-2 py-0.5 text-sm text-white">{t('overdue')}</span> : null}
      </h2>
      <FactList facts={facts} />
      <h3 className="mt-6 mb-2 font-bold">{t('timeline')}</h3>
      <ol className="space-y-2 border-l-2 border-brand pl-4">
        {dossier.timeline.map((event, index) => (
          <li key={index}>
            <p className="font-semibold">{t(`actions.${event.action}`)}</p>
            <p className="text-muted">
              <time dateTime={event.at}>{formatDateTime(event.at, locale)}</time>
              {event.agency ? ` · ${event.agency}` : ''}
            </p>
          </li>
        ))}
      </ol>
    </section>
  )
}
