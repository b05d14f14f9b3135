import { type Locale, routing } from './routing'

/** A route of the public site, as named in i18n/routing.ts ("/thu-tuc/[slug]"). */
export type Template = keyof typeof routing.pathnames

type ParamNames<T extends string> = T extends `${string}[${infer Name}]${infer Rest}` ? Name | ParamNames<Rest> : never
type StaticTemplate = { [T in Template]: ParamNames<T> extends never ? T : never }[Template]
type DynamicTemplate = Exclude<Template, StaticTemplate>

/** A typed link target: a route without parameters, or a route with all of its parameters. */
export type Href = StaticTemplate | { [T in DynamicTemplate]: { pathname: T; params: Record<ParamNames<T>, string | number> } }[DynamicTemplate]

/** The path of a locale's home page: "/" for Vietnamese, "/en" for English. */
export function localeHome(locale: Locale): string {
  return locale === routing.defaultLocale ? '/' : `/${locale}`
}

function localized(template: Template, locale: Locale): string {
  const paths = routing.pathnames[template]
  return typeof paths === 'string' ? paths : paths[locale]
}

function withPrefix(path: string, locale: Locale): string {
  const home = localeHome(locale)
  if (path === '/') return home
  return home === '/' ? path : `${home}${path}`
}

/**
 * The URL path of a route in a locale: "/thu-tuc/dang-ky-khai-sinh", "/en/procedures/dang-ky-khai-sinh".
 * Parameters are URL-encoded. Our own few lines rather than next-intl's navigation helpers, whose
 * client Link would otherwise ship a translation runtime with every page (bench/lighthouse).
 */
export function getPathname({ href, locale }: { href: Href; locale: Locale }): string {
  if (typeof href === 'string') return withPrefix(localized(href, locale), locale)
  const params = href.params as Record<string, string | number>
  const path = localized(href.pathname, locale).replace(/\[([^\]]+)\]/g, (_, name: string) => encodeURIComponent(String(params[name])))
  return withPrefix(path, locale)
}

/**
 * The same page in another language, from the current path: finds the route whose localized form
 * ("/en/procedures/x") or internal form ("/en/thu-tuc/x", "/vi/thu-tuc/x": what a page rendered on
 * the server sees after the locale rewrite) matches, and fills it in for `to`.
 * A path that matches no route leads to the other language's home page.
 */
export function switchLocalePath(pathname: string, from: Locale, to: Locale): string {
  const prefix = `/${from}`
  const inner = pathname === prefix || pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) || '/' : pathname
  for (const template of Object.keys(routing.pathnames) as Template[]) {
    for (const form of new Set([localized(template, from), template])) {
      const names: string[] = []
      const pattern = form.replace(/\[([^\]]+)\]/g, (_, name: string) => {
        names.push(name)
        return '([^/]+)'
      })
      const match = new RegExp(`^${pattern}/?$`).exec(inner)
      if (match) return withPrefix(localized(template, to).replace(/\[([^\]]+)\]/g, (_, name: string) => match[names.indexOf(name) + 1]!), to)
    }
  }
  return localeHome(to)
}
