import { unstable_cache } from 'next/cache'
import { tags } from '@/lib/cache/tags'
import { popularProcedureCodes } from '@/lib/catalog/popularProcedures'
import type { Locale } from '@/i18n/routing'
import { getPayloadClient } from './getPayloadClient'

export interface ProcedureLink {
  code: string
  name: string
  slug: string
}

async function loadPopularProcedures(locale: Locale): Promise<ProcedureLink[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'procedures',
    where: { code: { in: popularProcedureCodes } },
    select: { code: true, name: true, slug: true },
    locale,
    depth: 0,
    limit: popularProcedureCodes.length,
    overrideAccess: false,
  })
  const byCode = new Map(docs.map((d) => [d.code, d]))
  return popularProcedureCodes.flatMap((code) => {
    const doc = byCode.get(code)
    return doc?.slug ? [{ code, name: doc.name, slug: doc.slug }] : []
  })
}

/** The most-used procedures that are published, in the order of the list. */
export const getPopularProcedures = (locale: Locale) =>
  unstable_cache(() => loadPopularProcedures(locale), ['popular-procedures', locale], { tags: [tags.procedures] })()
