import type React from 'react'
import type { Locale } from '@/i18n/routing'

type Props = { action: 'supplement' | 'withdraw'; csrf: string; locale: Locale; code: string; children: React.ReactNode; className?: string; upload?: boolean }

/** A form acting on one of the citizen's dossiers: POST /api/applications/dossier (works without JavaScript). */
export function DossierForm({ action, csrf, locale, code, children, className, upload = false }: Props) {
  return (
    <form method="post" action="/api/applications/dossier" encType={upload ? 'multipart/form-data' : undefined} className={className}>
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="action" value={action} />
      {children}
    </form>
  )
}
