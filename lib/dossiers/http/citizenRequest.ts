import type { Payload } from 'payload'
import type { Locale } from '@/i18n/routing'
import { clearCookie, readCookie, sessionCookie } from '@/lib/citizen/cookies'
import { csrfRefusal } from '@/lib/citizen/csrf'
import { sessionOf } from '@/lib/citizen/currentSession'
import { seeOther, signInPage } from '@/lib/citizen/http/responses'
import type { CitizenSession } from '@/lib/citizen/sessions'

/**
 * The signed-in citizen of a form post, after the CSRF check; otherwise the answer to give: the
 * sign-in page (coming back to `returnTo`) or the refusal of a forged request.
 */
export async function citizenOfForm(
  payload: Payload,
  request: Request,
  form: FormData,
  where: { locale: Locale; returnTo: string; action: string },
): Promise<{ session: CitizenSession } | { response: Response }> {
  const found = await sessionOf(payload, request, readCookie(request, sessionCookie))
  if (found.status !== 'active') {
    const loi = found.status === 'expired' ? 'session_expired' : 'signed_out'
    return { response: seeOther(signInPage(where.locale, { loi, returnTo: where.returnTo }), [clearCookie(sessionCookie)]) }
  }
  const refused = await csrfRefusal(payload, request, form, found.session, {
    action: where.action,
    vi: 'Yêu cầu không đến từ trang nộp hồ sơ của Cổng; hồ sơ không thay đổi.',
    en: 'The request did not come from the portal’s application pages; nothing was changed.',
  })
  return refused ? { response: refused } : { session: found.session }
}
