import { sql } from '@payloadcms/db-postgres'
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose'
import { recordAuthEvent } from '../authEvents'
import { endProviderSessions } from '../sessions'
import type { CitizenDeps } from './deps'

const logoutEvent = 'http://schemas.openid.net/event/backchannel-logout'
const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>()

const answer = (status: number, body?: Record<string, string>) =>
  new Response(body ? JSON.stringify(body) : null, { status, headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } })

/**
 * POST /api/auth/backchannel-logout (logout_token): the provider tells the portal that a citizen
 * signed out there (OpenID Connect Back-Channel Logout 1.0). The token must be signed by the
 * provider, issued by it, for this client, recent, carry the logout event and no nonce; then the
 * sessions that provider session opened (by `sid`, else all of the citizen's) end.
 */
export async function backchannelLogout(request: Request, deps: CitizenDeps): Promise<Response> {
  const refuse = async (reason: string, description: string) => {
    await recordAuthEvent(deps.payload, request, { event: 'backchannel_logout_refused', reason, detail: { description } })
    return answer(400, { error: 'invalid_request', error_description: description })
  }
  const form = await request.formData().catch(() => undefined)
  const logoutToken = form?.get('logout_token')
  if (typeof logoutToken !== 'string' || !logoutToken) return refuse('token_missing', 'logout_token is required (application/x-www-form-urlencoded).')

  const metadata = (await deps.provider()).serverMetadata()
  let claims: JWTPayload
  try {
    if (!metadata.jwks_uri) throw new Error('the provider publishes no jwks_uri')
    let keys = keySets.get(metadata.jwks_uri)
    if (!keys) keySets.set(metadata.jwks_uri, (keys = createRemoteJWKSet(new URL(metadata.jwks_uri))))
    ;({ payload: claims } = await jwtVerify(logoutToken, keys, {
      issuer: metadata.issuer,
      audience: deps.settings.clientId,
      algorithms: metadata.id_token_signing_alg_values_supported ?? ['RS256'],
      maxTokenAge: '10m',
      clockTolerance: 60,
    }))
  } catch (error) {
    const code = (error as { code?: string; claim?: string }).code
    const claim = (error as { claim?: string }).claim
    const reason =
      code === 'ERR_JWT_EXPIRED' ? 'token_expired' : code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' && claim ? `token_wrong_${claim === 'iss' ? 'issuer' : claim === 'aud' ? 'audience' : claim}` : 'token_invalid'
    return refuse(reason, `logout_token refused: ${error instanceof Error ? error.message : String(error)}`)
  }
  const events = claims.events as Record<string, unknown> | undefined
  if (!events || typeof events[logoutEvent] !== 'object') return refuse('token_not_logout', 'logout_token lacks the back-channel logout event.')
  if ('nonce' in claims) return refuse('token_has_nonce', 'logout_token must not contain a nonce.')
  if (!claims.sub && !claims.sid) return refuse('token_no_subject', 'logout_token needs sub or sid.')

  const citizens = (await deps.payload.db.drizzle.execute(
    claims.sub
      ? sql`SELECT id FROM citizens WHERE issuer = ${metadata.issuer} AND subject = ${claims.sub}`
      : sql`SELECT DISTINCT citizen_id AS id FROM citizen_sessions WHERE provider_sid = ${String(claims.sid)}`,
  )) as unknown as { rows: { id: number }[] }
  const sid = typeof claims.sid === 'string' ? claims.sid : undefined
  for (const { id } of citizens.rows) {
    const ended = await endProviderSessions(deps.payload, { citizenId: id, sid })
    await recordAuthEvent(deps.payload, request, { event: 'backchannel_logout', citizenId: id, detail: { sessionsEnded: ended } })
  }
  return answer(200)
}
