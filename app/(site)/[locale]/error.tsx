'use client'

import NextLink from 'next/link'
import { useParams } from 'next/navigation'
import { useEffect } from 'react'
import { type Locale, routing } from '@/i18n/routing'
import { localeHome } from '@/i18n/paths'
import en from '@/messages/client/en.json'
import vi from '@/messages/client/vi.json'

type Props = { error: Error & { digest?: string }; reset: () => void }

const messages = { vi: vi.Error, en: en.Error }

/**
 * A page that failed to render: say so plainly, offer a retry and the way home. The digest lets support find the log line.
 * Its texts come straight from messages/client/, so that no page ships a translation runtime for it.
 */
export default function ErrorPage({ error, reset }: Props) {
  const { locale } = useParams<{ locale?: string }>()
  // Not next-intl's hasLocale: importing next-intl here would ship its whole runtime with every page.
  const current = routing.locales.find((known: Locale) => known === locale) ?? routing.defaultLocale
  const t = messages[current]
  useEffect(() => console.error(error), [error])
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t.title}</h1>
      <p className="mb-4">{t.body}</p>
      {error.digest ? <p className="mb-4 text-sm text-muted">{t.reference.replace('{digest}', error.digest)}</p> : null}
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={reset} className="min-h-11 rounded bg-brand px-4 font-semibold text-white hover:bg-brand-dark">
          {t.retry}
        </button>
        <NextLink href={localeHome(current)} className="link inline-flex min-h-11 items-center">
          {t.home}
        </NextLink>
      </div>
    </>
  )
}
