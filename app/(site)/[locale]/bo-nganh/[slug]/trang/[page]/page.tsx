import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { setRequestLocale } from 'next-intl/server'
import { ProcedureListing } from '@/components/listing/ProcedureListing'
import { permanentRedirect } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { ministryListing, listingMetadata } from '@/lib/browse/listings'
import { parsePage } from '@/lib/site/browse'

type Props = { params: Promise<{ locale: Locale; slug: string; page: string }> }

// Later pages are rendered on first request, then cached like the first (docs/adr/0004).
export const revalidate = 300

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, page } = await params
  return listingMetadata(await ministryListing(decodeURIComponent(slug), locale), parsePage(page), locale)
}

export default async function ListingPageN({ params }: Props) {
  const { locale, slug, page } = await params
  setRequestLocale(locale)
  const listing = await ministryListing(decodeURIComponent(slug), locale)
  const number = parsePage(page)
  if (!listing) notFound()
  // Page 1 has its own URL without /trang/1.
  if (number === 1) permanentRedirect({ href: listing.hrefFor(1), locale })
  return <ProcedureListing {...listing} locale={locale} page={number} />
}
