'use client'

import type { MouseEvent } from 'react'
import { usePathname } from 'next/navigation'
import type { Locale } from '@/i18n/routing'
import { switchLocalePath } from '@/i18n/paths'

type Props = { from: Locale; locale: Locale; label: string; text: string }

/**
 * A link to the same page in the other language: the language's own name (in that language),
 * then, for screen readers, what the link does in the page's language (WCAG 2.5.3). It is
 * rendered into the HTML on the server, so it works without JavaScript. A plain link: the other
 * language is another document (its <html lang>). On click it keeps the page's query string, so
 * that a search, a filter or a page number survives the switch (static pages have none on the
 * server).
 */
export function LanguageSwitch({ from, locale, label, text }: Props) {
  const href = switchLocalePath(usePathname(), from, locale)
  const keepQuery = (event: MouseEvent<HTMLAnchorElement>) => {
    event.currentTarget.href = `${href}${window.location.search}`
  }
  return (
    <a href={href} hrefLang={locale} onClick={keepQuery} className="inline-block py-1 underline underline-offset-4">
      <span lang={locale}>{text}</span>
      <span className="sr-only"> ({label})</span>
    </a>
  )
}
