import type { MetadataRoute } from 'next'
import { unstable_cache } from 'next/cache'
import type { Href } from '@/i18n/navigation'
import { tags } from '@/lib/cache/tags'
import { countProcedures } from '@/lib/payload/countProcedures'
import { getFields, getMinistries } from '@/lib/payload/getCatalogs'
import { getFaqs, getPageSlugs } from '@/lib/payload/getContent'
import { getLifeEvents } from '@/lib/payload/getLifeEvents'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'
import { audiences, levelSlugs, PAGE_SIZE, published } from '@/lib/site/browse'
import { directorySitemap, sitemapEntry } from '@/lib/seo/directorySitemap'
import { decisionPageHref } from '@/lib/site/hrefs'

export const revalidate = 300

const loadSlugs = (collection: 'procedures' | 'publicationDecisions') =>
  unstable_cache(
    async () => {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({ collection, where: published, select: { slug: true, updatedAt: true }, pagination: false, depth: 0, overrideAccess: false })
      return docs.flatMap((d) => (d.slug ? [{ slug: d.slug, updatedAt: d.updatedAt }] : []))
    },
    ['sitemap', collection],
    { tags: [tags.sitemap, collection === 'procedures' ? tags.procedures : tags.decisions] },
  )()

/** Page 1 and the numbered pages of a listing of `count` items. */
const pagesOf = (count: number, hrefFor: (page: number) => Href) => Array.from({ length: Math.max(1, Math.ceil(count / PAGE_SIZE)) }, (_, i) => hrefFor(i + 1))

/** /sitemap.xml: every public page in Vietnamese, with its English alternate. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [procedures, decisions, counts, fields, ministries, events, faqs, pages, directory] = await Promise.all([
    loadSlugs('procedures'),
    loadSlugs('publicationDecisions'),
    countProcedures(),
    getFields('vi'),
    getMinistries('vi'),
    getLifeEvents('vi'),
    getFaqs('vi'),
    getPageSlugs(),
    directorySitemap(),
  ])
  const hrefs: Href[] = [
    '/',
    '/linh-vuc',
    '/bo-nganh',
    '/su-kien',
    '/hoi-dap',
    ...pagesOf(decisions.length, decisionPageHref),
    ...fields
      .filter((f) => counts.byField[f.id])
      .flatMap((f) => pagesOf(counts.byField[f.id], (page) => (page === 1 ? { pathname: '/linh-vuc/[slug]', params: { slug: f.slug } } : { pathname: '/linh-vuc/[slug]/trang/[page]', params: { slug: f.slug, page: String(page) } }))),
    ...ministries
      .filter((m) => counts.byMinistry[m.id])
      .flatMap((m) => pagesOf(counts.byMinistry[m.id], (page) => (page === 1 ? { pathname: '/bo-nganh/[slug]', params: { slug: m.slug } } : { pathname: '/bo-nganh/[slug]/trang/[page]', params: { slug: m.slug, page: String(page) } }))),
    ...(Object.entries(levelSlugs) as [keyof typeof levelSlugs, string][]).flatMap(([level, value]) =>
      pagesOf(counts.byLevel[value] ?? 0, (page) => (page === 1 ? { pathname: '/cap-thuc-hien/[level]', params: { level } } : { pathname: '/cap-thuc-hien/[level]/trang/[page]', params: { level, page: String(page) } })),
    ),
    ...(Object.keys(audiences) as (keyof typeof audiences)[]).flatMap((audience) =>
      pagesOf(counts.byAudience[audience] ?? 0, (page) => (page === 1 ? { pathname: '/doi-tuong/[audience]', params: { audience } } : { pathname: '/doi-tuong/[audience]/trang/[page]', params: { audience, page: String(page) } })),
    ),
    ...events.map((e): Href => ({ pathname: '/su-kien/[slug]', params: { slug: e.slug } })),
    ...[...new Set(faqs.flatMap((f) => (f.field ? [f.field.slug] : [])))].map((field): Href => ({ pathname: '/hoi-dap/linh-vuc/[field]', params: { field } })),
  ]
  return [
    ...hrefs.map((href) => sitemapEntry(href)),
    ...faqs.map((f) => sitemapEntry({ pathname: '/hoi-dap/[slug]', params: { slug: f.slug } }, f.updatedAt)),
    ...pages.map((p) => sitemapEntry({ pathname: '/trang/[slug]', params: { slug: p.slug } }, p.updatedAt)),
    ...directory,
    ...decisions.map((d) => sitemapEntry({ pathname: '/quyet-dinh/[slug]', params: { slug: d.slug } }, d.updatedAt)),
    ...procedures.map((p) => sitemapEntry({ pathname: '/thu-tuc/[slug]', params: { slug: p.slug } }, p.updatedAt)),
  ]
}
