import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import type { Role } from '@/lib/staff/roles'
import { totpRequiredRoles } from '@/lib/staff/totp'
import { TwoFactorSetup } from './TwoFactorSetup'

/** /admin/two-factor: the signed-in staff member turns two-factor authentication on (or off, where the role allows). */
export function TwoFactorView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const user = req.user as (typeof req.user & { role?: Role; totpEnabled?: boolean | null }) | null
  if (!user) redirect('/admin/login?redirect=%2Fadmin%2Ftwo-factor')
  const en = req.i18n.language === 'en'
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={user}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1 style={{ margin: '2rem 0 1rem' }}>{en ? 'Two-factor authentication' : 'Xác thực hai bước'}</h1>
        <TwoFactorSetup enabled={Boolean(user.totpEnabled)} required={Boolean(user.role && totpRequiredRoles().includes(user.role))} />
      </Gutter>
    </DefaultTemplate>
  )
}
