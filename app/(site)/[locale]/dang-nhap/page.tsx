import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { SignInLink } from '@/components/account/SignInLink'
import { PageHeading } from '@/components/ui/PageHeading'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { refusalMessage } from '@/lib/citizen/refusalMessage'
import { safeReturnTo } from '@/lib/citizen/returnTo'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Account' })
  return { title: t('signInTitle'), robots: { index: false } }
}

/**
 * The citizens' sign-in page (/dang-nhap, /en/sign-in): why a sign-in was refused, if it was
 * (`loi`), and the link that starts one, which comes back to `returnTo`.
 */
export default async function SignInPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams])
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Account' })
  const returnTo = safeReturnTo(query.returnTo, getPathname({ href: '/tai-khoan', locale }))
  const refusal = refusalMessage(typeof query.loi === 'string' ? query.loi : undefined)
  return (
    <div className="max-w-2xl">
      <PageHeading title={t('signInTitle')} lead={t('signInLead')} />
      {refusal ? (
        <div role="alert" className="mb-6 rounded border-l-4 border-red-700 bg-red-50 p-4">
          <h2 className="font-bold">{t('refusedTitle')}</h2>
          <p>{t(`refused.${refusal}`)}</p>
        </div>
      ) : null}
      <SignInLink locale={locale} returnTo={returnTo}>{t('signInButton')}</SignInLink>
      <p className="mt-6 text-muted">{t('signInPrivacy')}</p>
      <p className="mt-2 text-muted">
        {/* The admin is a separate app (its own root layout): a full page load is intended. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/admin" className="link">{t('signInStaff')}</a>
      </p>
    </div>
  )
}
