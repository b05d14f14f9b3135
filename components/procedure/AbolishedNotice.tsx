import { getTranslations } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import { getPathname } from '@/i18n/paths'
import type { Locale } from '@/i18n/routing'
import type { AbolishedProcedure } from '@/lib/payload/getProcedure'
import { formatDate } from '@/lib/site/formatDate'

/** What an abolished procedure's address shows: that it was abolished, by which decision, and where to look instead. */
export async function AbolishedNotice({ procedure, locale }: { procedure: AbolishedProcedure; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Procedure' })
  const decision = procedure.decision
  return (
    <article>
      <h1 className="mb-4 text-2xl font-bold leading-snug">{procedure.name}</h1>
      <div role="status" className="rounded border-l-4 border-red-700 bg-red-50 p-4">
        <p className="mb-2 font-semibold">{t('abolishedTitle')}</p>
        <p>
          {t('abolishedCode', { code: procedure.code })}{' '}
          {decision &&
            t.rich('abolishedBy', {
              number: decision.number,
              date: decision.effectiveDate ? formatDate(decision.effectiveDate, locale) : '',
              hasDate: decision.effectiveDate ? 'yes' : 'no',
              decision: (chunks) =>
                decision.slug ? (
                  <Link href={{ pathname: '/quyet-dinh/[slug]', params: { slug: decision.slug } }} className="link">
                    {chunks}
                  </Link>
                ) : (
                  chunks
                ),
            })}
        </p>
      </div>
      <p className="mt-4">
        <a href={`${getPathname({ href: '/tim-kiem', locale })}?q=${encodeURIComponent(procedure.name)}`} className="link">
          {t('abolishedSearch')}
        </a>
      </p>
    </article>
  )
}
