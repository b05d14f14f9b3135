import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { getSafeRedirect } from 'payload/shared'
import { StaffLoginForm } from './StaffLoginForm'

/**
 * The admin's sign-in page (replaces Payload's, admin.components.views.login): e-mail, password
 * and, for accounts with two-factor authentication, the code from the authenticator app.
 */
export function StaffLoginView({ initPageResult, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const admin = req.payload.config.routes.admin
  const redirectTo = getSafeRedirect({ fallbackTo: admin, redirectTo: (searchParams?.redirect as string | undefined) ?? '' })
  if (req.user) redirect(redirectTo)
  return (
    <>
      <div className="login__brand">
        <strong style={{ fontSize: '1.5rem' }}>Cổng Dịch vụ công</strong>
      </div>
      <StaffLoginForm redirect={redirectTo} />
    </>
  )
}
