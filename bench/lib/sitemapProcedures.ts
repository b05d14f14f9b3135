export interface ProcedurePaths {
  slug: string
  /** Path of the Vietnamese page, e.g. /thu-tuc/dang-ky-khai-sinh. */
  vi: string
  /** Path of the English page, e.g. /en/procedures/dang-ky-khai-sinh. */
  en: string
}

/** Every published procedure listed in the portal's /sitemap.xml, with its page in both locales. */
export async function sitemapProcedures(origin: string): Promise<ProcedurePaths[]> {
  const response = await fetch(`${origin}/sitemap.xml`)
  if (!response.ok) throw new Error(`${origin}/sitemap.xml answered ${response.status}`)
  const xml = await response.text()
  return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].flatMap(([, entry]) => {
    const vi = /<loc>([^<]+)<\/loc>/.exec(entry)?.[1]
    const en = /hreflang="en"\s+href="([^"]+)"/.exec(entry)?.[1]
    const slug = vi && /\/thu-tuc\/([^/]+)$/.exec(new URL(vi).pathname)?.[1]
    return vi && en && slug ? [{ slug: decodeURIComponent(slug), vi: new URL(vi).pathname, en: new URL(en).pathname }] : []
  })
}

/** `count` items spread evenly over the list (all of it when it is shorter), in list order. */
export function pickEvenly<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items]
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)])
}
