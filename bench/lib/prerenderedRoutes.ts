import { readFile } from 'node:fs/promises'
import path from 'node:path'

export interface PrerenderedRoutes {
  /** Every route prerendered at build time (pages, sitemap, robots…), as Next.js lists them. */
  routes: string[]
  /** Prerendered procedure pages, both locales. */
  procedurePages: number
  /** Slugs of the procedures that have at least one prerendered page. */
  procedureSlugs: Set<string>
}

/** Reads what `next build` prerendered, from the build's prerender-manifest.json. */
export async function readPrerenderedRoutes(distDir: string): Promise<PrerenderedRoutes> {
  const manifest = JSON.parse(await readFile(path.join(distDir, 'prerender-manifest.json'), 'utf8')) as { routes: Record<string, unknown> }
  const routes = Object.keys(manifest.routes)
  // Internal paths, before the locale routing rewrites them: /vi/thu-tuc/<slug>, /en/thu-tuc/<slug>.
  const procedures = routes.flatMap((route) => {
    const match = /^\/[a-z]{2}\/thu-tuc\/([^/]+)$/.exec(route)
    return match ? [decodeURIComponent(match[1])] : []
  })
  return { routes, procedurePages: procedures.length, procedureSlugs: new Set(procedures) }
}
