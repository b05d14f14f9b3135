import * as oidc from 'openid-client'
import { clientAddress, consumeRateLimit } from '@/lib/http/rateLimit'
import { acrValuesFrom, highestLevel } from '../assurance'
import { recordAuthEvent } from '../authEvents'
import { readCookie, sessionCookie, setCookie, signInCookie } from '../cookies'
import { requestOrigin } from '../requestInfo'
import { safeReturnTo } from '../returnTo'
import { findSession } from '../sessions'
import { beginSignIn } from '../signIns'
import type { CitizenDeps } from './deps'
import { localeOf, seeOther, signInPage } from './responses'
import { signInRateRule } from './signInRateRule'

/**
 * GET /api/auth/sign-in?returnTo=&level=&locale=: sends the browser to the identity provider
 * (Authorization Code with PKCE, state and nonce). `level` asks for a minimum assurance level and
 * makes the provider authenticate again (step-up). A citizen already signed in at that level
 * goes straight back.
 */
export async function startSignIn(request: Request, deps: CitizenDeps): Promise<Response> {
  const params = new URL(request.url).searchParams
  const locale = localeOf(params.get('locale'))
  const returnTo = safeReturnTo(params.get('returnTo'), locale === 'en' ? '/en/account' : '/tai-khoan')
  const minLevel = Math.min(Math.max(0, Math.trunc(Number(params.get('level')) || 0)), highestLevel())
  const current = await findSession(deps.payload, readCookie(request, sessionCookie))
  if (current.status === 'active' && current.session.level >= Math.max(minLevel, 1)) return seeOther(returnTo)

  const limit = await consumeRateLimit(deps.payload, signInRateRule('start'), clientAddress(request.headers))
  if (!limit.allowed) {
    await recordAuthEvent(deps.payload, request, { event: 'sign_in_refused', reason: 'rate_limited', detail: { step: 'start' } })
    return seeOther(signInPage(locale, { loi: 'rate_limited', returnTo }))
  }
  let provider: oidc.Configuration
  try {
    provider = await deps.provider()
  } catch (error) {
    deps.payload.logger.error({ err: error }, 'identity provider unreachable')
    return seeOther(signInPage(locale, { loi: 'provider_unavailable', returnTo }))
  }
  const redirectUri = `${requestOrigin(request)}/api/auth/callback`
  const started = await beginSignIn(deps.payload, { redirectUri, returnTo, minLevel, locale })
  const authorization = oidc.buildAuthorizationUrl(provider, {
    redirect_uri: redirectUri,
    scope: deps.settings.scope,
    state: started.state,
    nonce: started.nonce,
    code_challenge: started.codeChallenge,
    code_challenge_method: 'S256',
    ui_locales: locale,
    // The acceptable levels, lowest first: the provider then states in `acr` which one it used.
    acr_values: acrValuesFrom(Math.max(minLevel, 1)).join(' '),
    // Above the lowest level, the provider must authenticate afresh rather than reuse a lower sign-in.
    ...(minLevel > 1 ? { prompt: 'login' } : {}),
  })
  return seeOther(authorization.href, [setCookie(signInCookie, started.browserToken, started.lifetimeSeconds)])
}
