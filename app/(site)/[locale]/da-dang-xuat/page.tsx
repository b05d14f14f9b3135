import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { SignInLink } from '@/components/account/SignInLink'
import { PageHeading } from '@/components/ui/PageHeading'
import { getPathname, Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Account' })
  return { title: t('signedOutTitle'), robots: { index: false } }
}

/** Where the identity provider sends the citizen back after signing out (static). */
export default async function SignedOutPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Account' })
  return (
    <div className="max-w-2xl">
      <PageHeading title={t('signedOutTitle')} lead={t('signedOutBody')} />
      <div className="flex flex-wrap gap-4">
        <SignInLink locale={locale} returnTo={getPathname({ href: '/tai-khoan', locale })}>{t('signInAgain')}</SignInLink>
        <Link href="/" className="inline-block px-4 py-3 link">{t('backHome')}</Link>
      </div>
    </div>
  )
}
