import { unstable_cache } from 'next/cache'
import { tags } from '@/lib/cache/tags'
import { popularProcedureCodes } from '@/lib/catalog/popularProcedures'
import type { PayloadRequest, Where } from 'payload'
import type { Locale } from '@/i18n/routing'
import type { Procedure } from '@/payload-types'
import { getPayloadClient } from './getPayloadClient'

export interface ProcedurePageData {
  procedure: Procedure
  /** False when the procedure has no text in the requested locale and is shown in Vietnamese. */
  translated: boolean
}

/** As the public sees it; or, for a signed-in staff member previewing (`preview`), the latest draft they may read. */
async function loadProcedure(slug: string, locale: Locale, preview?: { user: PayloadRequest['user'] }): Promise<ProcedurePageData | null> {
  const payload = await getPayloadClient()
  const find = (l: Locale, fallback: boolean) =>
    payload.find({
      collection: 'procedures',
      where: { slug: { equals: slug } },
      locale: l,
      fallbackLocale: fallback ? 'vi' : false,
      depth: 1,
      limit: 1,
      overrideAccess: false,
      pagination: false,
      ...(preview ? { draft: true, user: preview.user } : {}),
    })
  const { docs } = await find(locale, false)
  const procedure = docs[0]
  if (!procedure) return null
  if (locale === 'vi' || procedure.name) return { procedure: locale === 'vi' ? procedure : (await find(locale, true)).docs[0], translated: true }
  // No English text yet: show the Vietnamese original, marked as such.
  return { procedure: (await find('vi', false)).docs[0], translated: false }
}

/** A published procedure by slug, for its public page; cached until the procedure changes. */
export const getProcedure = (slug: string, locale: Locale) =>
  unstable_cache(() => loadProcedure(slug, locale), ['procedure', slug, locale], {
    tags: [tags.procedures, tags.procedure(slug)],
  })()

/**
 * A draft as it will look when published, for staff previewing it (draft mode, app/api/preview):
 * never cached, read with the signed-in account's rights (their agency tree's drafts only).
 */
export async function getProcedurePreview(slug: string, locale: Locale, cookies: Headers): Promise<ProcedurePageData | null> {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: cookies })
  if (!user) return null
  return loadProcedure(slug, locale, { user })
}

export interface AbolishedProcedure {
  code: string
  name: string
  decision: { number: string; slug: string | null; effectiveDate: string | null } | null
}

/**
 * What the public page of an abolished procedure still says: its code and name, and the decision
 * that abolished it. Only these fields are read; the rest stays out of public view.
 */
export const getAbolishedProcedure = (slug: string, locale: Locale) =>
  unstable_cache(
    async (): Promise<AbolishedProcedure | null> => {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({
        collection: 'procedures',
        where: { and: [{ slug: { equals: slug } }, { status: { equals: 'abolished' } }] },
        select: { code: true, name: true, abolishedBy: true },
        populate: { publicationDecisions: { number: true, slug: true, effectiveDate: true } },
        locale,
        fallbackLocale: 'vi',
        depth: 1,
        limit: 1,
        pagination: false,
        // The public cannot read abolished procedures; this reads only the three fields above.
        overrideAccess: true,
      })
      const doc = docs[0]
      if (!doc) return null
      const decision = doc.abolishedBy && typeof doc.abolishedBy === 'object' ? doc.abolishedBy : null
      return {
        code: doc.code,
        name: doc.name,
        decision: decision ? { number: decision.number, slug: decision.slug ?? null, effectiveDate: decision.effectiveDate ?? null } : null,
      }
    },
    ['abolished-procedure', slug, locale],
    { tags: [tags.procedures, tags.procedure(slug)] },
  )()

/**
 * Slugs of the procedures prerendered at build time: the most used, then the first by code up
 * to `limit`. The rest are rendered on first request and then served from the cache.
 */
export async function getPrerenderedProcedureSlugs(limit: number): Promise<string[]> {
  const payload = await getPayloadClient()
  const find = (where: Where, max: number) =>
    payload.find({ collection: 'procedures', where, select: { slug: true }, sort: 'code', limit: max, depth: 0, overrideAccess: false })
  const [popular, first] = await Promise.all([
    find({ code: { in: popularProcedureCodes } }, popularProcedureCodes.length),
    find({ status: { equals: 'published' } }, limit),
  ])
  const slugs = [...popular.docs, ...first.docs].map((d) => d.slug).filter((s): s is string => Boolean(s))
  return [...new Set(slugs)]
}

/** A published procedure by national code (the first variant), for the online application pages; cached until procedures change. */
export const getProcedureByCode = (code: string, locale: Locale) =>
  unstable_cache(
    async () => {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({
        collection: 'procedures',
        where: { code: { equals: code } },
        locale,
        fallbackLocale: 'vi',
        sort: 'slug',
        depth: 1,
        limit: 1,
        overrideAccess: false,
        pagination: false,
      })
      return docs[0] ?? null
    },
    ['procedure-by-code', code, locale],
    { tags: [tags.procedures] },
  )()
