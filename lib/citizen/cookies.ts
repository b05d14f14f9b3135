import { parseCookie, stringifySetCookie } from 'cookie'

/** The citizen's session (a random token; the database keeps its hash). */
export const sessionCookie = 'dvc_session'
/** Binds a sign-in under way to the browser that started it. */
export const signInCookie = 'dvc_signin'

/** A cookie of the request, or undefined. */
export function readCookie(request: Request, name: string): string | undefined {
  return parseCookie(request.headers.get('cookie') ?? '')[name] || undefined
}

/**
 * Set-Cookie for the portal's own cookies: out of reach of scripts (HttpOnly), sent over HTTPS
 * only (Secure; browsers treat http://localhost as secure too), and not on cross-site requests
 * other than top-level navigations (SameSite=Lax, which the provider's redirect back needs).
 * Without maxAge the cookie ends with the browser; the server enforces the session's timeouts.
 */
export const setCookie = (name: string, value: string, maxAge?: number) =>
  stringifySetCookie({ name, value, httpOnly: true, secure: true, sameSite: 'lax', path: '/', maxAge })

/** Set-Cookie that removes a cookie. */
export const clearCookie = (name: string) => stringifySetCookie({ name, value: '', httpOnly: true, secure: true, sameSite: 'lax', path: '/', maxAge: 0 })
