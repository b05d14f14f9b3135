import { unstable_cache } from 'next/cache'
import type { Locale } from '@/i18n/routing'
import { tags } from '@/lib/cache/tags'
import { type AllLocales, type LocalizedText, pickLocale } from '@/lib/site/localized'
import { getPayloadClient } from './getPayloadClient'

export interface CatalogEntry {
  id: number
  slug: string
  name: LocalizedText
}

/** Managing bodies shown as "ministries": ministries, ministry-level agencies and the Supreme People's Court. */
export const ministryTypes = ['ministry', 'ministryLevel', 'judicial'] as const

async function loadCatalog(collection: 'fields' | 'agencies', locale: Locale): Promise<CatalogEntry[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection,
    where: collection === 'agencies' ? { type: { in: [...ministryTypes] } } : {},
    locale: 'all',
    select: { slug: true, name: true },
    pagination: false,
    depth: 0,
    overrideAccess: false,
  })
  return docs
    .map((d) => ({ id: Number(d.id), slug: d.slug ?? '', name: pickLocale(d.name as unknown as AllLocales, locale) }))
    .filter((d) => d.slug)
    .sort((a, b) => a.name.text.localeCompare(b.name.text, 'vi'))
}

const cachedCatalog = (collection: 'fields' | 'agencies', locale: Locale) =>
  unstable_cache(() => loadCatalog(collection, locale), ['catalog', collection, locale], { tags: [tags.catalogs] })()

/** All fields (lĩnh vực), by name. */
export const getFields = (locale: Locale) => cachedCatalog('fields', locale)

/** The ministries and ministry-level bodies that manage procedures, by name. */
export const getMinistries = (locale: Locale) => cachedCatalog('agencies', locale)
