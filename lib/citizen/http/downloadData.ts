import { exportApplicantDossiers } from '@/lib/dossiers/applicantDossiers'
import { authEventsOf, recordAuthEvent } from '../authEvents'
import { consentHistory } from '../consents'
import { readCookie, sessionCookie } from '../cookies'
import { sessionOf } from '../currentSession'
import { listSessions } from '../sessions'
import type { CitizenDeps } from './deps'

/**
 * GET /api/account/data: everything the portal holds about the signed-in citizen, as a JSON
 * download (the data subject's right of access, Decree 13/2023): identity, preferences, consents,
 * sessions, the sign-in log, dossiers (answers, files' facts, timelines) and drafts. Payments and
 * feedback join it as they are built.
 */
export async function downloadData(request: Request, deps: CitizenDeps): Promise<Response> {
  const { payload } = deps
  const found = await sessionOf(payload, request, readCookie(request, sessionCookie))
  if (found.status !== 'active') {
    const message = found.status === 'expired' ? 'Your session has expired; sign in again.' : 'Sign in to download your data.'
    return Response.json({ error: 'unauthorized', message }, { status: 401, headers: { 'Cache-Control': 'no-store' } })
  }
  const citizenId = found.session.citizenId
  const citizen = await payload.findByID({ collection: 'citizens', id: citizenId, depth: 0, overrideAccess: true })
  const sessions = await listSessions(payload, citizenId)
  const data = {
    exportedAt: new Date().toISOString(),
    identity: {
      provider: citizen.issuer,
      subject: citizen.subject,
      personalId: citizen.personalId,
      fullName: citizen.fullName,
      birthDate: citizen.birthDate,
      gender: citizen.gender,
      phone: citizen.phone,
      email: citizen.email,
      permanentAddress: citizen.permanentAddress,
      assuranceLevel: citizen.assuranceLevel,
      lastSignInAt: citizen.lastSignInAt,
      firstSeenAt: citizen.createdAt,
    },
    contactPreferences: citizen.contact,
    consents: await consentHistory(payload, citizenId),
    sessions: sessions.map(({ id, level, createdAt, lastSeenAt, expiresAt, ip, userAgent }) => ({ id, level, createdAt, lastSeenAt, expiresAt, ip, userAgent })),
    signInLog: await authEventsOf(payload, citizenId, 500),
    ...(await exportApplicantDossiers(payload, citizenId)),
    payments: [],
    feedback: [],
  }
  await recordAuthEvent(payload, request, { event: 'data_downloaded', citizenId })
  const day = new Date().toISOString().slice(0, 10)
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="du-lieu-ca-nhan-${day}.json"`,
      'Cache-Control': 'no-store',
    },
  })
}
