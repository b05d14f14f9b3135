import type { MetadataRoute } from 'next'
import { siteUrl } from '@/lib/site/siteUrl'

/** /robots.txt: the public site is open to crawlers; the admin, the APIs and the citizens' own pages are not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/tai-khoan', '/en/account', '/dang-nhap', '/en/sign-in', '/nop-ho-so/', '/en/apply/'] },
    sitemap: `${siteUrl()}/sitemap.xml`,
  }
}
