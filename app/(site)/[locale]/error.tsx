'use client'

import { useTranslations } from 'next-intl'
import { useEffect } from 'react'
import { Link } from '@/i18n/navigation'

type Props = { error: Error & { digest?: string }; reset: () => void }

/** A page that failed to render: say so plainly, offer a retry and the way home. The digest lets support find the log line. */
export default function ErrorPage({ error, reset }: Props) {
  const t = useTranslations('Error')
  useEffect(() => console.error(error), [error])
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t('title')}</h1>
      <p className="mb-4">{t('body')}</p>
      {error.digest ? <p className="mb-4 text-sm text-muted">{t('reference', { digest: error.digest })}</p> : null}
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={reset} className="min-h-11 rounded bg-brand px-4 font-semibold text-white hover:bg-brand-dark">
          {t('retry')}
        </button>
        <Link href="/" className="link inline-flex min-h-11 items-center">
          {t('home')}
        </Link>
      </div>
    </>
  )
}
