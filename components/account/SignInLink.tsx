import type { Locale } from '@/i18n/routing'

type Props = { locale: Locale; returnTo: string; level?: number; children: React.ReactNode; className?: string }

/** A link that starts signing in with the identity provider (a plain link: no JavaScript needed). */
export function SignInLink({ locale, returnTo, level, children, className }: Props) {
  const query = new URLSearchParams({ returnTo, locale, ...(level ? { level: String(level) } : {}) })
  return (
    <a href={`/api/auth/sign-in?${query}`} className={className ?? 'inline-block rounded bg-brand px-4 py-3 font-semibold text-white underline-offset-4 hover:underline'}>
      {children}
    </a>
  )
}
