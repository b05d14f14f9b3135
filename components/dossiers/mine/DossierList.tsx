import { getTranslations } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import type { DossierSummary } from '@/lib/dossiers/applicantDossiers'
import { formatDate } from '@/lib/site/formatDate'

/** The citizen's dossiers in their account: code (a link to the dossier), procedure, status, dates. */
export async function DossierList({ dossiers, locale }: { dossiers: DossierSummary[]; locale: Locale }) {
  const [t, tracking] = await Promise.all([getTranslations({ locale, namespace: 'MyDossier' }), getTranslations({ locale, namespace: 'Tracking' })])
  return (
    <ul className="divide-y divide-line border-y border-line">
      {dossiers.map((dossier) => (
        <li key={dossier.code} className="py-3">
          <Link href={{ pathname: '/tai-khoan/ho-so/[code]', params: { code: dossier.code } }} className="link font-semibold">{dossier.code}</Link>
          <p>{dossier.procedure}</p>
          <p className="text-muted">
            {tracking(`states.${dossier.status}`)} · {t('submittedAt')} {formatDate(dossier.submittedAt, locale)}
            {dossier.dueAt ? ` · ${t('appointment')} ${formatDate(dossier.dueAt, locale)}` : ''}
            {dossier.overdue ? <span className="ml-2 rounded bg-red-800 px-2 py-0.5 text-sm text-white">{tracking('overdue')}</span> : null}
          </p>
        </li>
      ))}
    </ul>
  )
}
