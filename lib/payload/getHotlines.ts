import { unstable_cache } from 'next/cache'
import type { Locale } from '@/i18n/routing'
import { tags } from '@/lib/cache/tags'
import { type AllLocales, type LocalizedText, pickLocale } from '@/lib/site/localized'
import type { Hotline } from '@/payload-types'
import { getPayloadClient } from './getPayloadClient'

export interface HotlineEntry {
  id: number
  name: LocalizedText
  phone: string
  email: string
  description: LocalizedText
  hours: LocalizedText
  /** The agency that runs the line, when editors named one and it has a page. */
  agency: { slug: string; name: LocalizedText } | null
}

/** A hotline read with `locale: 'all'`, in the wanted locale (Vietnamese where English is missing). */
export function toHotlineEntry(doc: Hotline, locale: Locale): HotlineEntry {
  const text = (value: unknown) => pickLocale(value as AllLocales, locale)
  const agency = typeof doc.agency === 'object' && doc.agency?.slug ? { slug: doc.agency.slug, name: text(doc.agency.name) } : null
  return {
    id: doc.id,
    name: text(doc.name),
    phone: doc.phone,
    email: doc.email ?? '',
    description: text(doc.description),
    hours: text(doc.hours),
    agency,
  }
}

async function loadHotlines(locale: Locale): Promise<HotlineEntry[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'hotlines',
    locale: 'all',
    sort: ['order', 'id'],
    pagination: false,
    depth: 1,
    populate: { agencies: { slug: true, name: true } },
    overrideAccess: false,
  })
  return docs.map((d) => toHotlineEntry(d, locale))
}

/** Every hotline in its editors' order, with the agency that runs it. */
export const getHotlines = (locale: Locale) => unstable_cache(() => loadHotlines(locale), ['hotlines', locale], { tags: [tags.hotlines, tags.catalogs] })()
