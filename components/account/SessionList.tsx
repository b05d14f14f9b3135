import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import type { CitizenSession } from '@/lib/citizen/sessions'
import { formatDateTime } from '@/lib/site/formatDate'
import { AccountForm } from './AccountForm'

/** A short name for a browser from its user agent ("Chrome on Android"). */
function deviceOf(userAgent: string | null): string | null {
  if (!userAgent) return null
  const browser = /Edg\//.test(userAgent) ? 'Edge' : /Firefox\//.test(userAgent) ? 'Firefox' : /Chrome\//.test(userAgent) ? 'Chrome' : /Safari\//.test(userAgent) ? 'Safari' : null
  const system = /Android/.test(userAgent) ? 'Android' : /iPhone|iPad/.test(userAgent) ? 'iOS' : /Windows/.test(userAgent) ? 'Windows' : /Mac OS X/.test(userAgent) ? 'macOS' : /Linux/.test(userAgent) ? 'Linux' : null
  return [browser, system].filter(Boolean).join(' · ') || userAgent.slice(0, 60)
}

/** The citizen's active sessions, this one marked, each with its own sign-out, and "sign out everywhere". */
export async function SessionList({ sessions, currentId, csrf, locale }: { sessions: CitizenSession[]; currentId: string; csrf: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Account' })
  return (
    <>
      <ul className="space-y-3">
        {sessions.map((session) => (
          <li key={session.id} className="rounded border border-line p-3">
            <p className="font-semibold">
              {deviceOf(session.userAgent) ?? t('unknownDevice')}
              {session.id === currentId ? <span className="ml-2 rounded bg-green-100 px-2 text-sm">{t('sessionThis')}</span> : null}
            </p>
            <p className="text-muted">
              {t('sessionStarted')}: {formatDateTime(session.createdAt, locale)} · {t('sessionLastSeen')}: {formatDateTime(session.lastSeenAt, locale)} · {t('sessionLevel')} {session.level}
              {session.ip ? ` · ${session.ip}` : ''}
            </p>
            <AccountForm action="end-session" csrf={csrf} locale={locale} fields={{ session: session.id }} className="mt-2">
              <button type="submit" className="rounded border-2 border-brand px-3 py-1 font-semibold text-brand">{t('sessionEnd')}</button>
            </AccountForm>
          </li>
        ))}
      </ul>
      <AccountForm action="end-all-sessions" csrf={csrf} locale={locale} className="mt-4">
        <button type="submit" className="rounded bg-red-800 px-4 py-2 font-semibold text-white">{t('sessionEndAll')}</button>
      </AccountForm>
    </>
  )
}
