import { unstable_cache } from 'next/cache'
import type { Locale } from '@/i18n/routing'
import { tags } from '@/lib/cache/tags'
import { published } from '@/lib/site/browse'
import { type AllLocales, type LocalizedText, pickLocale } from '@/lib/site/localized'
import type { Procedure } from '@/payload-types'
import { getPayloadClient } from './getPayloadClient'
import type { ProcedureSummary } from './listProcedures'

export interface LifeEventSummary {
  slug: string
  name: LocalizedText
  summary: LocalizedText
  audience: 'citizen' | 'business'
  procedureCount: number
}

export interface LifeEventDetail extends LifeEventSummary {
  procedures: ProcedureSummary[]
}

async function loadLifeEvents(locale: Locale, slug?: string): Promise<LifeEventDetail[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'lifeEvents',
    where: slug ? { and: [published, { slug: { equals: slug } }] } : published,
    locale: 'all',
    sort: 'order',
    pagination: false,
    depth: 1,
    overrideAccess: false,
  })
  return docs.map((d) => {
    // Relations the public may not read (drafts, abolished) come back as bare ids: left out.
    const procedures = (d.procedures ?? []).filter((p): p is Procedure => typeof p === 'object' && p.status === 'published')
    return {
      slug: d.slug ?? '',
      name: pickLocale(d.name as unknown as AllLocales, locale),
      summary: pickLocale(d.summary as unknown as AllLocales, locale),
      audience: d.audience,
      procedureCount: procedures.length,
      procedures: procedures.map((p) => ({
        code: p.code,
        slug: p.slug ?? '',
        name: pickLocale(p.name as unknown as AllLocales, locale),
        levels: p.levels ?? [],
        onlineServiceLevel: p.onlineServiceLevel,
      })),
    }
  })
}

const lifeEventTags = [tags.lifeEvents, tags.procedures]

/** Published life events in their editors' order. */
export const getLifeEvents = (locale: Locale) =>
  unstable_cache(() => loadLifeEvents(locale), ['life-events', locale], { tags: lifeEventTags })()

/** A published life event with its published procedures, or null. */
export const getLifeEvent = (slug: string, locale: Locale) =>
  unstable_cache(async () => (await loadLifeEvents(locale, slug))[0] ?? null, ['life-event', slug, locale], { tags: lifeEventTags })()
