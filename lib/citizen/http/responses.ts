import { getPathname } from '@/i18n/paths'
import type { Locale } from '@/i18n/routing'

/** A 303 redirect (the browser follows with GET), with cookies to set. */
export function seeOther(location: string, cookies: string[] = []): Response {
  const headers = new Headers({ Location: location, 'Cache-Control': 'no-store' })
  for (const cookie of cookies) headers.append('Set-Cookie', cookie)
  return new Response(null, { status: 303, headers })
}

/** The sign-in page of a locale, with the reason a sign-in was refused and where to go afterwards. */
export function signInPage(locale: Locale, query: { loi?: string; returnTo?: string } = {}): string {
  const search = new URLSearchParams(Object.entries(query).filter(([, value]) => value) as [string, string][])
  const path = getPathname({ href: '/dang-nhap', locale })
  return search.size > 0 ? `${path}?${search}` : path
}

/** A refusal of a state-changing request, in both languages (the form came from our pages, so this is rare). */
export function forbidden(message: { vi: string; en: string }, status = 403): Response {
  return new Response(`${message.vi}\n${message.en}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
}

export const localeOf = (value: unknown): Locale => (value === 'en' ? 'en' : 'vi')
