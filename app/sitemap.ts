import type { MetadataRoute } from 'next'
import { unstable_cache } from 'next/cache'
import { tags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'
import { absoluteUrl } from '@/lib/site/siteUrl'

export const revalidate = 3600

const loadProcedureSlugs = unstable_cache(
  async () => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'procedures',
      where: { status: { equals: 'published' } },
      select: { slug: true, updatedAt: true },
      pagination: false,
      depth: 0,
      overrideAccess: false,
    })
    return docs.flatMap((d) => (d.slug ? [{ slug: d.slug, updatedAt: d.updatedAt }] : []))
  },
  ['sitemap-procedures'],
  { tags: [tags.sitemap, tags.procedures] },
)

/** /sitemap.xml: every public page in Vietnamese, with its English alternate. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const entry = (href: Parameters<typeof absoluteUrl>[0], lastModified?: string) => ({
    url: absoluteUrl(href, 'vi'),
    lastModified,
    alternates: { languages: { vi: absoluteUrl(href, 'vi'), en: absoluteUrl(href, 'en') } },
  })
  const procedures = await loadProcedureSlugs()
  return [entry('/'), ...procedures.map(({ slug, updatedAt }) => entry({ pathname: '/thu-tuc/[slug]', params: { slug } }, updatedAt))]
}
