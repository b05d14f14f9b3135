import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./i18n/request.ts')

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Pages and cached data live in PostgreSQL, shared by every instance, and a revalidation on one
  // instance reaches all (docs/adr/0005). No in-memory copy that another instance could not expire.
  cacheHandler: fileURLToPath(new URL('./lib/cache/postgresCacheHandler.mjs', import.meta.url)),
  cacheMaxMemorySize: 0,
  // Pages say s-maxage=<revalidate> (5 minutes) to a CDN; after that it may serve the old copy for at
  // most this long while it fetches the new one (stale-while-revalidate).
  expireTime: 3600,
  // The benchmarks build into their own folder (.next-bench), so that a build made for their
  // ports and data never replaces the one `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // `npm test` type-checks the whole project (tsc --noEmit); doing it again in every build
  // only slows the first start down.
  typescript: { ignoreBuildErrors: true },
  // The embedded services live in .data; never let file tracing wander into them.
  outputFileTracingExcludes: { '*': ['.data/**'] },
  experimental: {
    // Two cores here; the default spawns more build workers than the machine has memory for.
    cpus: 2,
  },
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
