import { getTranslations } from 'next-intl/server'
import { getPathname } from '@/i18n/paths'
import type { Locale } from '@/i18n/routing'
import { typeLabels } from '@/lib/search/labels'
import { SearchCombobox } from './SearchCombobox.client'

/** How many suggestions the box shows as one types. */
const SUGGESTIONS = 6

type Props = {
  locale: Locale
  /** The input's id; unique on the page (the header's box and the home page's box live together). */
  id: string
  /** The search landmark's name, distinct from other search forms on the page. */
  name: string
  label: string
  /** Header: label for screen readers only, white on the brand colour, narrow. */
  compact?: boolean
  placeholder?: string
  defaultValue?: string
}

/**
 * A search form: a plain GET form to the results page (works without JavaScript), whose input
 * suggests procedures, FAQs, decisions and agencies as one types (SearchCombobox).
 */
export async function SearchBox({ locale, id, name, label, compact = false, placeholder, defaultValue }: Props) {
  const t = await getTranslations({ locale, namespace: 'Search' })
  const texts = {
    listLabel: t('suggestions'),
    counts: Array.from({ length: SUGGESTIONS + 1 }, (_, count) => t('suggestionCount', { count })),
    types: { procedure: typeLabels.procedure[locale], faq: typeLabels.faq[locale], decision: typeLabels.decision[locale], agency: typeLabels.agency[locale] },
  }
  const input = compact
    ? 'w-full rounded border-2 border-white bg-white px-2 py-1.5 text-ink placeholder:text-muted'
    : 'w-full rounded border-2 border-gray-700 bg-white px-3 py-2 text-ink placeholder:text-muted'
  const button = compact
    ? 'shrink-0 rounded border-2 border-white px-3 py-1.5 font-semibold hover:bg-white hover:text-brand-dark'
    : 'shrink-0 rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark'
  return (
    <form action={getPathname({ href: '/tim-kiem', locale })} method="get" role="search" aria-label={name}>
      <label htmlFor={id} className={compact ? 'sr-only' : 'mb-1 block font-semibold'}>
        {label}
      </label>
      {/* The suggestions (positioned against this row) are as wide as the input and the button. */}
      <div className="relative flex gap-2">
        <SearchCombobox id={id} locale={locale} limit={SUGGESTIONS} defaultValue={defaultValue} placeholder={placeholder} inputClassName={input} texts={texts} />
        <button type="submit" className={button}>
          {t('button')}
        </button>
      </div>
    </form>
  )
}
