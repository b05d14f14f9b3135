import type * as oidc from 'openid-client'
import type { Payload } from 'payload'
import type { OidcSettings } from '../identityProvider'

/** What the citizen routes need: the database, and the identity provider with the portal's client. */
export interface CitizenDeps {
  payload: Payload
  settings: OidcSettings
  provider: () => Promise<oidc.Configuration>
}
