import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import type { Where } from 'payload'
import type { Crumb } from '@/components/ui/Breadcrumbs'
import type { Href } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { getFields, getMinistries } from '@/lib/payload/getCatalogs'
import { audiences, isAudienceSlug, isLevelSlug, levelSlugs } from '@/lib/site/browse'
import { alternatesFor } from '@/lib/site/siteUrl'

/** What a browse listing shows: its title, where it sits, which procedures, and its page URLs. */
export interface ListingDefinition {
  title: string
  lead?: string
  crumbs: Crumb[]
  where: Where
  hrefFor: (page: number) => Href
}

export async function fieldListing(slug: string, locale: Locale): Promise<ListingDefinition | null> {
  const [t, fields] = await Promise.all([getTranslations({ locale, namespace: 'Browse' }), getFields(locale)])
  const field = fields.find((f) => f.slug === slug)
  if (!field) return null
  const title = field.name.text
  return {
    title,
    lead: t('fieldLead', { name: title }),
    crumbs: [{ label: t('fields'), href: '/linh-vuc' }, { label: title, href: { pathname: '/linh-vuc/[slug]', params: { slug } } }],
    where: { field: { equals: field.id } },
    hrefFor: (page) => (page === 1 ? { pathname: '/linh-vuc/[slug]', params: { slug } } : { pathname: '/linh-vuc/[slug]/trang/[page]', params: { slug, page: String(page) } }),
  }
}

export async function ministryListing(slug: string, locale: Locale): Promise<ListingDefinition | null> {
  const [t, ministries] = await Promise.all([getTranslations({ locale, namespace: 'Browse' }), getMinistries(locale)])
  const ministry = ministries.find((m) => m.slug === slug)
  if (!ministry) return null
  const title = ministry.name.text
  return {
    title,
    lead: t('ministryLead', { name: title }),
    crumbs: [{ label: t('ministries'), href: '/bo-nganh' }, { label: title, href: { pathname: '/bo-nganh/[slug]', params: { slug } } }],
    where: { ministry: { equals: ministry.id } },
    hrefFor: (page) => (page === 1 ? { pathname: '/bo-nganh/[slug]', params: { slug } } : { pathname: '/bo-nganh/[slug]/trang/[page]', params: { slug, page: String(page) } }),
  }
}

export async function levelListing(level: string, locale: Locale): Promise<ListingDefinition | null> {
  if (!isLevelSlug(level)) return null
  const t = await getTranslations({ locale, namespace: 'Browse' })
  const title = t(`level.${level}`)
  return {
    title,
    lead: t(`levelLead.${level}`),
    crumbs: [{ label: title, href: { pathname: '/cap-thuc-hien/[level]', params: { level } } }],
    where: { levels: { in: [levelSlugs[level]] } },
    hrefFor: (page) =>
      page === 1 ? { pathname: '/cap-thuc-hien/[level]', params: { level } } : { pathname: '/cap-thuc-hien/[level]/trang/[page]', params: { level, page: String(page) } },
  }
}

export async function audienceListing(audience: string, locale: Locale): Promise<ListingDefinition | null> {
  if (!isAudienceSlug(audience)) return null
  const t = await getTranslations({ locale, namespace: 'Browse' })
  const title = t(`audience.${audience}`)
  return {
    title,
    lead: t(`audienceLead.${audience}`),
    crumbs: [{ label: title, href: { pathname: '/doi-tuong/[audience]', params: { audience } } }],
    where: { subjects: { in: [...audiences[audience]] } },
    hrefFor: (page) =>
      page === 1
        ? { pathname: '/doi-tuong/[audience]', params: { audience } }
        : { pathname: '/doi-tuong/[audience]/trang/[page]', params: { audience, page: String(page) } },
  }
}

/** Title, description and canonical/hreflang links of a listing page. */
export async function listingMetadata(listing: ListingDefinition | null, page: number | null, locale: Locale): Promise<Metadata> {
  if (!listing || page === null) return {}
  const t = await getTranslations({ locale, namespace: 'Listing' })
  const title = page > 1 ? t('titleWithPage', { title: listing.title, page }) : listing.title
  const alternates = alternatesFor(listing.hrefFor(page), locale)
  return { title, description: listing.lead, alternates, openGraph: { title, type: 'website', url: alternates.canonical } }
}
