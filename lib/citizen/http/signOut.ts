import * as oidc from 'openid-client'
import { getPathname } from '@/i18n/paths'
import { unseal } from '@/lib/staff/secretBox'
import { recordAuthEvent } from '../authEvents'
import { csrfRefusal } from '../csrf'
import { clearCookie, readCookie, sessionCookie } from '../cookies'
import { sessionOf } from '../currentSession'
import { requestOrigin } from '../requestInfo'
import { endSession } from '../sessions'
import type { CitizenDeps } from './deps'
import { localeOf, seeOther } from './responses'

/**
 * POST /api/auth/sign-out (form: csrf, locale): ends the session here, then sends the browser to
 * the provider's end-session endpoint (RP-initiated logout) with the ID token as a hint, which
 * brings it back to the "signed out" page.
 */
export async function signOut(request: Request, deps: CitizenDeps): Promise<Response> {
  const form = await request.formData().catch(() => new FormData())
  const locale = localeOf(form.get('locale'))
  const signedOutPath = getPathname({ href: '/da-dang-xuat', locale })
  const found = await sessionOf(deps.payload, request, readCookie(request, sessionCookie))
  if (found.status !== 'active') return seeOther(signedOutPath, [clearCookie(sessionCookie)])
  const { session } = found
  const refused = await csrfRefusal(deps.payload, request, form, session, {
    action: 'sign_out',
    vi: 'Yêu cầu đăng xuất không đến từ trang của Cổng; chưa đăng xuất.',
    en: 'The sign-out request did not come from the portal’s pages; you are still signed in.',
  })
  if (refused) return refused
  await endSession(deps.payload, session.id)
  await recordAuthEvent(deps.payload, request, { event: 'sign_out', citizenId: session.citizenId })

  const idToken = unseal(session.idToken, 'citizen-id-token')
  const provider = await deps.provider().catch(() => undefined)
  if (!provider?.serverMetadata().end_session_endpoint) return seeOther(signedOutPath, [clearCookie(sessionCookie)])
  const endSessionUrl = oidc.buildEndSessionUrl(provider, {
    post_logout_redirect_uri: `${requestOrigin(request)}${signedOutPath}`,
    ...(idToken ? { id_token_hint: idToken } : {}),
    ui_locales: locale,
  })
  return seeOther(endSessionUrl.href, [clearCookie(sessionCookie)])
}
