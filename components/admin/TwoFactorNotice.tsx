import Link from 'next/link'
import type { ServerProps } from 'payload'
import type { Role } from '@/lib/staff/roles'
import { totpRequiredRoles } from '@/lib/staff/totp'

/** On the dashboard of an account whose role requires two-factor authentication and that has not set it up. */
export function TwoFactorNotice({ user, i18n }: ServerProps) {
  const account = user as { role?: Role; totpEnabled?: boolean | null } | undefined
  if (!account?.role || account.totpEnabled || !totpRequiredRoles().includes(account.role)) return null
  const en = i18n?.language === 'en'
  return (
    <div role="alert" style={{ borderLeft: '4px solid var(--theme-warning-500)', padding: '0.75rem 1rem', marginBottom: '1.5rem' }}>
      <p style={{ margin: 0 }}>
        {en
          ? 'Your role requires two-factor authentication. Until you turn it on, your account can do nothing. '
          : 'Vai trò của tài khoản bắt buộc xác thực hai bước. Cho đến khi bật, tài khoản chưa có quyền thao tác nào. '}
        <Link href="/admin/two-factor">{en ? 'Turn it on now' : 'Bật ngay'}</Link>
      </p>
    </div>
  )
}
