import type { MetadataRoute } from 'next'
import { unstable_cache } from 'next/cache'
import type { Href } from '@/i18n/navigation'
import { tags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'
import { absoluteUrl } from '@/lib/site/siteUrl'

const loadSlugs = unstable_cache(
  async () => {
    const payload = await getPayloadClient()
    const find = (collection: 'agencies' | 'administrativeUnits') =>
      payload.find({ collection, select: { slug: true, updatedAt: true }, sort: 'slug', pagination: false, depth: 0, overrideAccess: false })
    const [agencies, units] = await Promise.all([find('agencies'), find('administrativeUnits')])
    const withSlug = (docs: { slug?: string | null; updatedAt: string }[]) => docs.flatMap((d) => (d.slug ? [{ slug: d.slug, updatedAt: d.updatedAt }] : []))
    return { agencies: withSlug(agencies.docs), units: withSlug(units.docs) }
  },
  ['sitemap-directory'],
  { tags: [tags.sitemap, tags.catalogs] },
)

/** A sitemap entry: the Vietnamese URL with its English alternate. */
export const sitemapEntry = (href: Href, lastModified?: string): MetadataRoute.Sitemap[number] => ({
  url: absoluteUrl(href, 'vi'),
  lastModified,
  alternates: { languages: { vi: absoluteUrl(href, 'vi'), en: absoluteUrl(href, 'en') } },
})

/**
 * Sitemap entries of the directory, in Vietnamese with their English alternates: the agency
 * directory and every agency, the provinces page and every province and commune, the hotlines.
 */
export async function directorySitemap(): Promise<MetadataRoute.Sitemap> {
  const { agencies, units } = await loadSlugs()
  return [
    sitemapEntry('/co-quan'),
    ...agencies.map(({ slug, updatedAt }) => sitemapEntry({ pathname: '/co-quan/[slug]', params: { slug } }, updatedAt)),
    sitemapEntry('/dia-phuong'),
    ...units.map(({ slug, updatedAt }) => sitemapEntry({ pathname: '/dia-phuong/[slug]', params: { slug } }, updatedAt)),
    sitemapEntry('/duong-day-nong'),
  ]
}
