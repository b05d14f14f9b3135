'use client'

import NextLink from 'next/link'
import { usePathname } from 'next/navigation'
import type { Locale } from '@/i18n/routing'
import { switchLocalePath } from '@/i18n/paths'

type Props = { from: Locale; locale: Locale; label: string; text: string }

/**
 * A link to the same page in the other language: the language's own name (in that language),
 * then, for screen readers, what the link does in the page's language (WCAG 2.5.3). It is rendered into the HTML on the server,
 * so it works without JavaScript.
 */
export function LanguageSwitch({ from, locale, label, text }: Props) {
  const href = switchLocalePath(usePathname(), from, locale)
  return (
    <NextLink href={href} hrefLang={locale} prefetch={false} className="inline-block py-1 underline underline-offset-4">
      <span lang={locale}>{text}</span>
      <span className="sr-only"> ({label})</span>
    </NextLink>
  )
}
