import 'server-only'
import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { cache } from 'react'
import type { Locale } from '@/i18n/routing'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'
import type { Citizen } from '@/payload-types'
import { sessionCookie } from './cookies'
import { sessionOf } from './currentSession'
import { signInPage } from './http/responses'
import type { CitizenSession } from './sessions'

type PageSession = { status: 'active'; session: CitizenSession; citizen: Citizen } | { status: 'none' | 'expired' | 'unknown' }

/** The signed-in citizen of the page being rendered (once per request). */
export const currentCitizen = cache(async (): Promise<PageSession> => {
  const [jar, requestHeaders] = await Promise.all([cookies(), headers()])
  const payload = await getPayloadClient()
  const found = await sessionOf(payload, { headers: requestHeaders as unknown as Headers }, jar.get(sessionCookie)?.value)
  if (found.status !== 'active') return found
  const citizen = await payload.findByID({ collection: 'citizens', id: found.session.citizenId, depth: 0, overrideAccess: true })
  return { status: 'active', session: found.session, citizen }
})

/** The signed-in citizen; anyone else is sent to the sign-in page, to come back to `returnTo` afterwards. */
export async function requireCitizen(locale: Locale, returnTo: string) {
  const current = await currentCitizen()
  if (current.status !== 'active') redirect(signInPage(locale, { loi: current.status === 'expired' ? 'session_expired' : 'signed_out', returnTo }))
  return current
}
