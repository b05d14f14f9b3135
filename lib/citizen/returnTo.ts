/** Where a citizen lands after signing in when no (acceptable) return address was given. */
export const defaultReturnTo = '/tai-khoan'

const base = 'https://portal.invalid'

/**
 * A return address after sign-in, only if it is a page of this site: a path starting with a
 * single "/", without backslashes or control characters (which browsers may read as another
 * host), and not an API or admin address. Anything else gives the default — never an open redirect.
 */
export function safeReturnTo(value: unknown, fallback = defaultReturnTo): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 1024) return fallback
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(value)) return fallback
  let url: URL
  try {
    url = new URL(value, base)
  } catch {
    return fallback
  }
  if (url.origin !== base || /^\/(api|admin)(\/|$)/.test(url.pathname)) return fallback
  return `${url.pathname}${url.search}${url.hash}`
}
