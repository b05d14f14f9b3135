import { getTranslations } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import type { SearchParamIssue } from '@/lib/search/parseSearchParams'

const parameters = ['q', 'type', 'field', 'ministry', 'level', 'online', 'page', 'limit']

type Props = { issues: SearchParamIssue[]; params: URLSearchParams; locale: Locale }

/** What is wrong with a search URL, one line per parameter in the page's language, and a way to start again. */
export async function InvalidSearch({ issues, params, locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'Search' })
  const messageOf = ({ param }: SearchParamIssue) =>
    !parameters.includes(param) ? t('invalid.unknown', { param }) : params.getAll(param).length > 1 ? t('invalid.duplicate', { param }) : t(`invalid.${param}`)
  return (
    <div className="mb-8 rounded border-l-4 border-brand bg-brand-soft p-4" data-testid="search-error">
      <h2 className="text-xl font-bold">{t('invalidHeading')}</h2>
      <ul className="my-2 list-disc pl-6">
        {[...new Set(issues.map(messageOf))].map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
      <p>
        {t.rich('invalidLead', {
          link: (chunks) => (
            <Link href="/tim-kiem" className="link">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </div>
  )
}
