import NextLink from 'next/link'
import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { typeLabels } from '@/lib/search/labels'
import { markedSegments } from '@/lib/search/markedSegments'
import type { SearchHit } from '@/lib/search/types'
import { Highlighted } from './Highlighted'

const plainText = (html: string) =>
  markedSegments(html)
    .map((s) => s.text)
    .join('')

type Props = { hits: SearchHit[]; locale: Locale; first: number; showType: boolean }

/** The hits of one page: highlighted title and snippet, then code, field, ministry, online badge and, in English, a "Vietnamese only" mark. */
export async function SearchHitList({ hits, locale, first, showType }: Props) {
  const [t, tl] = await Promise.all([getTranslations({ locale, namespace: 'Search' }), getTranslations({ locale, namespace: 'Listing' })])
  return (
    <ol start={first} className="divide-y divide-line border-y border-line" data-testid="search-hits">
      {hits.map((hit) => {
        const lang = hit.vietnameseOnly && locale !== 'vi' ? 'vi' : undefined
        const facts = [hit.field?.name, hit.ministry?.name].filter(Boolean).join(' · ')
        // Without a match in the text, the snippet is only the field and ministry, shown below anyway.
        const snippet = hit.snippet && plainText(hit.snippet) !== facts ? hit.snippet : ''
        return (
          <li key={`${hit.type}-${hit.id}`} className="py-4">
            {showType ? <p className="text-sm font-semibold text-muted">{typeLabels[hit.type][locale]}</p> : null}
            <h3 className="text-lg font-semibold">
              <NextLink href={hit.url} prefetch={false} className="link">
                <Highlighted html={hit.title} lang={lang} />
              </NextLink>
            </h3>
            {snippet ? (
              <p className="mt-1">
                <Highlighted html={snippet} lang={lang} />
              </p>
            ) : null}
            <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm text-muted">
              {hit.code ? <span>{t(hit.type === 'decision' ? 'decisionNumber' : 'procedureCode', { code: hit.code })}</span> : null}
              {hit.field ? <span>{hit.field.name}</span> : null}
              {hit.ministry ? <span>{hit.ministry.name}</span> : null}
              {hit.online === 'full' || hit.online === 'partial' ? (
                <span className="rounded bg-green-50 px-1.5 font-semibold text-green-800">{tl(hit.online === 'full' ? 'onlineFull' : 'onlinePartial')}</span>
              ) : null}
              {lang ? <span className="rounded bg-amber-50 px-1.5 font-semibold text-amber-900">{t('vietnameseOnly')}</span> : null}
            </p>
          </li>
        )
      })}
    </ol>
  )
}
