import NextLink from 'next/link'
import { getTranslations } from 'next-intl/server'
import type React from 'react'
import { type Href, Link } from '@/i18n/navigation'
import { pagesAround } from '@/lib/site/pagesAround'

/** Pages of a listing are routes (hrefFor: …/trang/2); pages of search results are query strings (urlFor: ?q=…&page=2). */
type Target = { hrefFor: (page: number) => Href } | { urlFor: (page: number) => string }
type Props = { page: number; totalPages: number } & Target

type PageLinkProps = { target: Target; to: number; rel?: string; className: string; 'aria-label'?: string; children: React.ReactNode }

function PageLink({ target, to, ...props }: PageLinkProps) {
  return 'urlFor' in target ? <NextLink href={target.urlFor(to)} prefetch={false} {...props} /> : <Link href={target.hrefFor(to)} {...props} />
}

/** Numbered page links with previous and next; a plain list of links, so it works without JavaScript. */
export async function Pagination({ page, totalPages, ...target }: Props) {
  if (totalPages <= 1) return null
  const t = await getTranslations('Listing')
  const shown = pagesAround(page, totalPages)
  const item = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded border px-3'
  return (
    <nav aria-label={t('pagination')} className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <PageLink target={target} to={page - 1} rel="prev" className={`${item} border-line link`}>
              {t('previous')}
            </PageLink>
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
                <PageLink target={target} to={n} className={`${item} border-line link`} aria-label={t('goToPage', { page: n })}>
                  {n}
                </PageLink>
              )}
            </li>
          ),
        )}
        {page < totalPages ? (
          <li>
            <PageLink target={target} to={page + 1} rel="next" className={`${item} border-line link`}>
              {t('next')}
            </PageLink>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
