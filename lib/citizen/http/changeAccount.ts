import { stringifySetCookie } from 'cookie'
import { getPathname } from '@/i18n/paths'
import { recordAuthEvent } from '../authEvents'
import { isConsentPurpose, recordConsent } from '../consents'
import { parseContactForm } from '../contactPreferences'
import { csrfRefusal } from '../csrf'
import { clearCookie, readCookie, sessionCookie } from '../cookies'
import { sessionOf } from '../currentSession'
import { requester } from '../requestInfo'
import { endAllSessions, endSession } from '../sessions'
import type { CitizenDeps } from './deps'
import { forbidden, localeOf, seeOther, signInPage } from './responses'

/** Carries a refused form's values and errors back to the account page for a minute (not in the URL: they are personal data). */
export const accountFormCookie = 'dvc_account_form'

/**
 * POST /api/account (form: csrf, locale, action and its fields), from the account page; works
 * without JavaScript. Actions: `contact` (preferences), `consent` (purpose, granted), `end-session`
 * (session), `end-all-sessions`. Each answers with a redirect back to the page's section.
 */
export async function changeAccount(request: Request, deps: CitizenDeps): Promise<Response> {
  const { payload } = deps
  const form = await request.formData().catch(() => new FormData())
  const locale = localeOf(form.get('locale'))
  const account = getPathname({ href: '/tai-khoan', locale })
  const found = await sessionOf(payload, request, readCookie(request, sessionCookie))
  if (found.status !== 'active') return seeOther(signInPage(locale, { loi: found.status === 'expired' ? 'session_expired' : 'signed_out', returnTo: account }), [clearCookie(sessionCookie)])
  const { session } = found
  const citizenId = session.citizenId
  const refused = await csrfRefusal(payload, request, form, session, {
    action: String(form.get('action')),
    vi: 'Yêu cầu không đến từ trang tài khoản của Cổng; không có gì thay đổi.',
    en: 'The request did not come from the portal’s account page; nothing was changed.',
  })
  if (refused) return refused

  const action = form.get('action')
  if (action === 'contact') {
    const parsed = parseContactForm(form)
    if (!parsed.success) {
      const errors = Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]))
      const values = { email: form.get('email'), phone: form.get('phone'), byEmail: form.get('byEmail') === 'on', bySms: form.get('bySms') === 'on', language: form.get('language') }
      const flash = stringifySetCookie({ name: accountFormCookie, value: JSON.stringify({ errors, values }), httpOnly: true, secure: true, sameSite: 'lax', path: '/', maxAge: 60 })
      return seeOther(`${account}?loi=contact#lien-he`, [flash])
    }
    await payload.update({ collection: 'citizens', id: citizenId, data: { contact: parsed.data }, overrideAccess: true })
    await recordAuthEvent(payload, request, { event: 'preferences_changed', citizenId })
    return seeOther(`${account}?xong=contact#lien-he`, [clearCookie(accountFormCookie)])
  }
  if (action === 'consent') {
    const purpose = form.get('purpose')
    if (!isConsentPurpose(purpose)) return forbidden({ vi: 'Mục đích không hợp lệ.', en: 'Unknown purpose.' }, 400)
    const granted = form.get('granted') === 'true'
    await recordConsent(payload, citizenId, purpose, granted, requester(request).ip)
    await recordAuthEvent(payload, request, { event: 'consent_changed', citizenId, detail: { purpose, granted } })
    return seeOther(`${account}?xong=consent#dong-y`)
  }
  if (action === 'end-session') {
    const id = String(form.get('session') ?? '')
    const ended = /^[0-9a-f-]{36}$/.test(id) && (await endSession(payload, id, citizenId))
    if (ended) await recordAuthEvent(payload, request, { event: 'session_ended', citizenId, detail: { session: id } })
    return id === session.id && ended ? seeOther(getPathname({ href: '/da-dang-xuat', locale }), [clearCookie(sessionCookie)]) : seeOther(`${account}?xong=session#phien`)
  }
  if (action === 'end-all-sessions') {
    const ended = await endAllSessions(payload, citizenId)
    await recordAuthEvent(payload, request, { event: 'sign_out_everywhere', citizenId, detail: { sessionsEnded: ended } })
    return seeOther(getPathname({ href: '/da-dang-xuat', locale }), [clearCookie(sessionCookie)])
  }
  return forbidden({ vi: 'Thao tác không hợp lệ.', en: 'Unknown action.' }, 400)
}
