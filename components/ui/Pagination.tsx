import { getTranslations } from 'next-intl/server'
import { type Href, Link } from '@/i18n/navigation'
import { pagesAround } from '@/lib/site/pagesAround'

type Props = { page: number; totalPages: number; hrefFor: (page: number) => Href }

/** Numbered page links with previous and next; a plain list of links, so it works without JavaScript. */
export async function Pagination({ page, totalPages, hrefFor }: Props) {
  if (totalPages <= 1) return null
  const t = await getTranslations('Listing')
  const shown = pagesAround(page, totalPages)
  const item = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded border px-3'
  return (
    <nav aria-label={t('pagination')} className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev" className={`${item} border-line link`}>
              {t('previous')}
            </Link>
          </li>
        ) : null}
        {shown.map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <span aria-current="page" className={`${item} border-brand bg-brand font-bold text-white`}>
                  <span className="sr-only">{t('pageLabel')} </span>
                  {n}
                </span>
              ) : (
                <Link href={hrefFor(n)} className={`${item} border-line link`} aria-label={t('goToPage', { page: n })}>
                  {n}
                </Link>
              )}
            </li>
          ),
        )}
        {page < totalPages ? (
          <li>
            <Link href={hrefFor(page + 1)} rel="next" className={`${item} border-line link`}>
              {t('next')}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
