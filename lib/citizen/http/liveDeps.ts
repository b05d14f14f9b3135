import { getPayloadClient } from '@/lib/payload/getPayloadClient'
import { discoverProvider, oidcSettings } from '../identityProvider'
import type { CitizenDeps } from './deps'

/** Runs a citizen route with the live database and provider; a missing configuration is a 503 that says what to set. */
export function withCitizenDeps(handler: (request: Request, deps: CitizenDeps) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    let settings: ReturnType<typeof oidcSettings>
    try {
      settings = oidcSettings()
    } catch (error) {
      return new Response(`${(error as Error).message}\n`, { status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
    }
    return handler(request, { payload: await getPayloadClient(), settings, provider: () => discoverProvider(settings) })
  }
}
