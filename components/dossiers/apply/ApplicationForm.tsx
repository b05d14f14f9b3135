import type React from 'react'
import type { Locale } from '@/i18n/routing'

type Props = { action: string; csrf: string; locale: Locale; procedure: string; fields?: Record<string, string>; children: React.ReactNode; className?: string; upload?: boolean }

/**
 * A form of the online application: POST /api/applications with the session's CSRF token, the
 * page's language and the procedure; works without JavaScript. The server checks every answer
 * and shows its own messages in the citizen's language (hence noValidate).
 */
export function ApplicationForm({ action, csrf, locale, procedure, fields = {}, children, className, upload = false }: Props) {
  return (
    <form method="post" action="/api/applications" encType={upload ? 'multipart/form-data' : undefined} noValidate className={className}>
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="procedure" value={procedure} />
      <input type="hidden" name="action" value={action} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
    </form>
  )
}
