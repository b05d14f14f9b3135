import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { setRequestLocale } from 'next-intl/server'
import { ProcedureListing } from '@/components/listing/ProcedureListing'
import type { Locale } from '@/i18n/routing'
import { ministryListing, listingMetadata } from '@/lib/browse/listings'
import { getMinistries } from '@/lib/payload/getCatalogs'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

// Cached until content changes (tags), and at most 5 minutes at a CDN (s-maxage; docs/adr/0004).
export const revalidate = 300

export async function generateStaticParams() {
  return (await getMinistries('vi')).map((m) => ({ slug: m.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  return listingMetadata(await ministryListing(decodeURIComponent(slug), locale), 1, locale)
}

export default async function ListingPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const listing = await ministryListing(decodeURIComponent(slug), locale)
  if (!listing) notFound()
  return <ProcedureListing {...listing} locale={locale} page={1} />
}
