import { type NextRequest, NextResponse } from 'next/server'
import createMiddleware from 'next-intl/middleware'
import { routing } from './i18n/routing'

const localeRouting = createMiddleware(routing)
// Payload's admin reads its UI language from this cookie before the browser's Accept-Language.
const adminLanguageCookie = 'payload-lng'

/**
 * Public pages: locale routing (Vietnamese without prefix, English under /en).
 * Admin: Vietnamese by default, even in an English browser; the user can switch in the account settings.
 */
export default function proxy(request: NextRequest) {
  if (!request.nextUrl.pathname.startsWith('/admin')) return localeRouting(request)
  if (request.cookies.has(adminLanguageCookie)) return NextResponse.next()
  request.cookies.set(adminLanguageCookie, 'vi')
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(adminLanguageCookie, 'vi', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

export const config = {
  // Not the APIs, Next.js internals or static files (a dot in the path); but the online application
  // pages, whose address ends in a procedure's national code (1.001193).
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)', '/nop-ho-so/:code*', '/en/apply/:code*'],
}
