import type { MetadataRoute } from 'next'
import { siteUrl } from '@/lib/site/siteUrl'

/** /robots.txt: the public site is open to crawlers; the admin and the APIs are not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api/'] },
    sitemap: `${siteUrl()}/sitemap.xml`,
  }
}
