import type React from 'react'
import type { Locale } from '@/i18n/routing'

type Props = { action: string; csrf: string; locale: Locale; children: React.ReactNode; className?: string; fields?: Record<string, string>; path?: string }

/** A form that changes the account: POST with the session's CSRF token and the page's language (works without JavaScript). */
export function AccountForm({ action, csrf, locale, children, className, fields = {}, path = '/api/account' }: Props) {
  return (
    <form method="post" action={path} className={className}>
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="locale" value={locale} />
      {action ? <input type="hidden" name="action" value={action} /> : null}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
    </form>
  )
}
