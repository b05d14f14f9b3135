import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { setRequestLocale } from 'next-intl/server'
import { ProcedureListing } from '@/components/listing/ProcedureListing'
import type { Locale } from '@/i18n/routing'
import { audienceListing, listingMetadata } from '@/lib/browse/listings'
import { audiences } from '@/lib/site/browse'

type Props = { params: Promise<{ locale: Locale; audience: string }> }

// Cached until content changes (tags), and at most 5 minutes at a CDN (s-maxage; docs/adr/0004).
export const revalidate = 300

export async function generateStaticParams() {
  return Object.keys(audiences).map((audience) => ({ audience }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, audience } = await params
  return listingMetadata(await audienceListing(decodeURIComponent(audience), locale), 1, locale)
}

export default async function ListingPage({ params }: Props) {
  const { locale, audience } = await params
  setRequestLocale(locale)
  const listing = await audienceListing(decodeURIComponent(audience), locale)
  if (!listing) notFound()
  return <ProcedureListing {...listing} locale={locale} page={1} />
}
