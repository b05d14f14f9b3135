import { unstable_cache } from 'next/cache'
import type { Where } from 'payload'
import type { Locale } from '@/i18n/routing'
import { tags } from '@/lib/cache/tags'
import { PAGE_SIZE, published } from '@/lib/site/browse'
import { type AllLocales, type LocalizedText, pickLocale } from '@/lib/site/localized'
import type { Procedure } from '@/payload-types'
import { getPayloadClient } from './getPayloadClient'

export interface ProcedureSummary {
  code: string
  slug: string
  name: LocalizedText
  levels: NonNullable<Procedure['levels']>
  onlineServiceLevel: Procedure['onlineServiceLevel']
}

export interface ProcedurePage {
  items: ProcedureSummary[]
  totalDocs: number
  totalPages: number
  page: number
}

async function loadProcedures(where: Where, page: number, locale: Locale, sort: string): Promise<ProcedurePage> {
  const payload = await getPayloadClient()
  const result = await payload.find({
    collection: 'procedures',
    where: { and: [published, where] },
    locale: 'all',
    select: { code: true, slug: true, name: true, levels: true, onlineServiceLevel: true },
    sort,
    page,
    limit: PAGE_SIZE,
    depth: 0,
    overrideAccess: false,
  })
  return {
    items: result.docs.map((d) => ({
      code: d.code,
      slug: d.slug ?? '',
      name: pickLocale(d.name as unknown as AllLocales, locale),
      levels: d.levels ?? [],
      onlineServiceLevel: d.onlineServiceLevel,
    })),
    totalDocs: result.totalDocs,
    totalPages: result.totalPages,
    page: result.page ?? page,
  }
}

/**
 * One page of published procedures matching `where`, by national code (stable, and the order
 * officials know), cached until any procedure changes.
 */
export const listProcedures = (where: Where, page: number, locale: Locale, sort = 'code') =>
  unstable_cache(() => loadProcedures(where, page, locale, sort), ['procedures-page', JSON.stringify(where), String(page), locale, sort], {
    tags: [tags.procedures],
  })()
