import * as oidc from 'openid-client'
import { clientAddress, consumeRateLimit } from '@/lib/http/rateLimit'
import { signInRateRule } from './signInRateRule'
import { seal } from '@/lib/staff/secretBox'
import { levelOf } from '../assurance'
import { recordAuthEvent } from '../authEvents'
import { identityFromClaims, upsertCitizen } from '../citizens'
import { clearCookie, readCookie, sessionCookie, setCookie, signInCookie } from '../cookies'
import { requester } from '../requestInfo'
import { createSession, endSession, findSession } from '../sessions'
import { consumeSignIn } from '../signIns'
import type { CitizenDeps } from './deps'
import { seeOther, signInPage } from './responses'


/**
 * GET /api/auth/callback: the provider's answer. The state must belong to a sign-in this browser
 * started and not used before; openid-client then checks the answer's issuer, exchanges the code
 * with the PKCE verifier and checks the ID token (signature, issuer, audience, nonce, expiry).
 * Only then is the citizen created or refreshed and a new session opened. Every refusal is logged
 * and sends the browser to the sign-in page with its reason; none opens a session.
 */
export async function finishSignIn(request: Request, deps: CitizenDeps): Promise<Response> {
  const { payload } = deps
  const url = new URL(request.url)
  const refuse = async (reason: string, locale: 'vi' | 'en' = 'vi', detail?: Record<string, unknown>, returnTo?: string) => {
    await recordAuthEvent(payload, request, { event: 'sign_in_refused', reason, detail })
    return seeOther(signInPage(locale, { loi: reason, returnTo }), [clearCookie(signInCookie)])
  }

  const limit = await consumeRateLimit(payload, signInRateRule('callback'), clientAddress(request.headers))
  if (!limit.allowed) return refuse('rate_limited', 'vi', { retryAfterSeconds: limit.resetSeconds })

  const pending = await consumeSignIn(payload, url.searchParams.get('state'), readCookie(request, signInCookie))
  if (!pending.ok) return refuse(pending.reason, pending.locale)
  const { signIn } = pending
  if (url.searchParams.has('error')) {
    const error = url.searchParams.get('error')
    return refuse(error === 'access_denied' ? 'cancelled' : 'provider_error', signIn.locale, { error, description: url.searchParams.get('error_description') }, signIn.returnTo)
  }

  let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>
  let userInfo: oidc.UserInfoResponse
  let provider: oidc.Configuration
  try {
    provider = await deps.provider()
    tokens = await oidc.authorizationCodeGrant(
      provider,
      url,
      { pkceCodeVerifier: signIn.codeVerifier, expectedNonce: signIn.nonce, expectedState: url.searchParams.get('state')!, idTokenExpected: true },
      { redirect_uri: signIn.redirectUri },
    )
    userInfo = await oidc.fetchUserInfo(provider, tokens.access_token, tokens.claims()!.sub)
  } catch (error) {
    return refuse(refusalReason(error), signIn.locale, { code: (error as { code?: string }).code, message: describe(error) }, signIn.returnTo)
  }

  const claims = tokens.claims()!
  // A provider that states no level (or one we do not know) signed the citizen in at the lowest one.
  const level = Math.max(levelOf(typeof claims.acr === 'string' ? claims.acr : undefined), 1)
  const identity = identityFromClaims({ ...userInfo, ...claims }, { issuer: provider.serverMetadata().issuer, personalIdClaim: deps.settings.personalIdClaim, level })
  const citizenId = await upsertCitizen(payload, identity)
  // A session the browser already had is ended: the new sign-in gets a new token (no fixation).
  const previous = await findSession(payload, readCookie(request, sessionCookie))
  if (previous.status === 'active') await endSession(payload, previous.session.id)
  const { token } = await createSession(payload, {
    citizenId,
    level,
    acr: typeof claims.acr === 'string' ? claims.acr : null,
    providerSid: typeof claims.sid === 'string' ? claims.sid : null,
    idToken: tokens.id_token ? seal(tokens.id_token, 'citizen-id-token') : null,
    ...requester(request),
  })
  await recordAuthEvent(payload, request, { event: 'sign_in', citizenId, detail: { level, acr: claims.acr ?? null } })
  return seeOther(signIn.returnTo, [setCookie(sessionCookie, token), clearCookie(signInCookie)])
}

/** The errors openid-client threw, outermost first (it wraps those of oauth4webapi, which carry the details). */
function chain(error: unknown): { code?: string; message?: string; claim?: string; cause?: unknown }[] {
  const links = []
  for (let link = error as { cause?: unknown } | undefined; link && typeof link === 'object' && links.length < 5; link = link.cause as typeof link) links.push(link)
  return links as ReturnType<typeof chain>
}

const describe = (error: unknown) => chain(error).map((link) => link.message).filter(Boolean).join(': ') || String(error)

/** A stable code for what openid-client refused. */
function refusalReason(error: unknown): string {
  if (error instanceof oidc.ResponseBodyError) return error.error === 'invalid_grant' ? 'code_rejected' : 'token_request_failed'
  if (error instanceof oidc.AuthorizationResponseError) return 'provider_error'
  const links = chain(error)
  const code = links[0]?.code
  if (code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED') {
    const claim = links.find((link) => typeof link.claim === 'string')?.claim
    return claim === 'iss' ? 'token_wrong_issuer' : claim === 'aud' ? 'token_wrong_audience' : claim === 'nonce' ? 'token_wrong_nonce' : 'token_invalid'
  }
  if (code === 'OAUTH_INVALID_RESPONSE' && links.some((link) => /"iss"/.test(link.message ?? ''))) return 'response_wrong_issuer'
  if (error instanceof TypeError || code === 'OAUTH_TIMEOUT') return 'provider_unavailable'
  return 'token_invalid'
}
