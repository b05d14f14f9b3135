'use client'

import { useParams } from 'next/navigation'
import { Link, usePathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'

type Props = { locale: Locale; label: string; text: string }

/**
 * A link to the same page in the other language: the language's own name (in that language),
 * then, for screen readers, what the link does in the page's language (WCAG 2.5.3). It is rendered into the HTML on the server,
 * so it works without JavaScript.
 */
export function LanguageSwitch({ locale, label, text }: Props) {
  const pathname = usePathname()
  const params = useParams()
  // The internal pathname ("/thu-tuc/[slug]") with the current params gives the other locale's URL.
  const href = { pathname, params } as unknown as Parameters<typeof Link>[0]['href']
  return (
    <Link href={href} locale={locale} hrefLang={locale} className="inline-block py-1 underline underline-offset-4">
      <span lang={locale}>{text}</span>
      <span className="sr-only"> ({label})</span>
    </Link>
  )
}
