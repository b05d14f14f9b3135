import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { SignInLink } from './SignInLink'

type Props = { locale: Locale; current: number; required: number; returnTo: string }

/**
 * Tells a citizen signed in at a lower assurance level than a service needs why they cannot go on,
 * how to get the level, and offers to sign in again at it (back to `returnTo`).
 */
export async function AssuranceNotice({ locale, current, required, returnTo }: Props) {
  const t = await getTranslations({ locale, namespace: 'Account' })
  return (
    <section aria-labelledby="level-title" className="rounded border-l-4 border-red-700 bg-red-50 p-4">
      <h2 id="level-title" className="mb-2 text-xl font-bold">{t('applyNeedsLevel', { required })}</h2>
      <p>{t('applyLevelExplained', { current, required })}</p>
      <p className="mt-2">{t('applyLevelHowTo', { required })}</p>
      <div className="mt-4">
        <SignInLink locale={locale} returnTo={returnTo} level={required}>{t('applyLevelButton', { required })}</SignInLink>
      </div>
    </section>
  )
}
