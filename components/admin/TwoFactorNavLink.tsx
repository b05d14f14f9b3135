'use client'
import { useTranslation } from '@payloadcms/ui'
import Link from 'next/link'

/** A link to the account's two-factor page, below the admin's navigation. */
export function TwoFactorNavLink() {
  const { i18n } = useTranslation()
  return (
    <Link href="/admin/two-factor" className="nav__link" style={{ marginTop: '1rem' }}>
      {i18n.language === 'en' ? 'Two-factor authentication' : 'Xác thực hai bước'}
    </Link>
  )
}
