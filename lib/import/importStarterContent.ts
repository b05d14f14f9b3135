import type { CollectionSlug, Payload } from 'payload'
import { starterFaqs, starterHotlines, starterLifeEvents, starterPages } from '@/lib/content/starterContent'
import { toLexical } from '@/lib/content/toLexical'
import type { CollectionCounts } from './report'
import { emptyCounts } from './report'

/**
 * Fills each starter collection (life events, FAQs, hotlines, pages) that is still empty, in
 * Vietnamese and English. A collection that has any document belongs to its editors: nothing
 * is added, changed or brought back there. Procedures and fields are looked up by code and
 * slug; references that do not resolve are left out.
 */
export async function importStarterContent(payload: Payload): Promise<Partial<Record<CollectionSlug, CollectionCounts>>> {
  const context = { importing: true }
  const idsBy = async (collection: 'procedures' | 'fields', field: 'code' | 'slug', values: string[]) => {
    const { docs } = await payload.find({ collection, where: { [field]: { in: values } }, pagination: false, depth: 0, select: { [field]: true } as never })
    const ids = new Map((docs as unknown as Record<string, string | number>[]).map((d) => [String(d[field]), Number(d.id)]))
    return (wanted: string[]) => wanted.flatMap((v) => (ids.has(v) ? [ids.get(v)!] : []))
  }
  const allCodes = [...starterLifeEvents.flatMap((e) => e.procedureCodes), ...starterFaqs.flatMap((f) => f.procedureCodes ?? [])]
  const procedureIds = await idsBy('procedures', 'code', allCodes)
  const fieldIds = await idsBy('fields', 'slug', starterFaqs.flatMap((f) => (f.fieldSlug ? [f.fieldSlug] : [])))

  const fillIfEmpty = async <T extends { vi: Record<string, unknown>; en: Record<string, unknown> }>(
    collection: 'lifeEvents' | 'faqs' | 'hotlines' | 'pages',
    items: T[],
  ): Promise<CollectionCounts> => {
    const counts = emptyCounts()
    const { totalDocs } = await payload.count({ collection })
    if (totalDocs > 0) {
      counts.unchanged = items.length
      return counts
    }
    for (const item of items) {
      const doc = await payload.create({ collection, data: item.vi as never, locale: 'vi', depth: 0, context })
      await payload.update({ collection, id: doc.id, data: item.en as never, locale: 'en', depth: 0, context })
      counts.created++
    }
    return counts
  }

  return {
    lifeEvents: await fillIfEmpty(
      'lifeEvents',
      starterLifeEvents.map((e, order) => {
        const shared = { slug: e.slug, audience: e.audience, order, status: 'published', procedures: procedureIds(e.procedureCodes) }
        return { vi: { ...shared, name: e.name.vi, summary: e.summary.vi }, en: { name: e.name.en, summary: e.summary.en } }
      }),
    ),
    faqs: await fillIfEmpty(
      'faqs',
      starterFaqs.map((f) => {
        const shared = { slug: f.slug, status: 'published', field: f.fieldSlug ? (fieldIds([f.fieldSlug])[0] ?? null) : null, procedures: procedureIds(f.procedureCodes ?? []) }
        return { vi: { ...shared, question: f.question.vi, answer: toLexical(f.answer.vi) }, en: { question: f.question.en, answer: toLexical(f.answer.en) } }
      }),
    ),
    hotlines: await fillIfEmpty(
      'hotlines',
      starterHotlines.map((h, order) => ({
        vi: { phone: h.phone, email: h.email, order, name: h.name.vi, description: h.description.vi, hours: h.hours.vi },
        en: { name: h.name.en, description: h.description.en, hours: h.hours.en },
      })),
    ),
    pages: await fillIfEmpty(
      'pages',
      starterPages.map((p) => ({
        vi: { slug: p.slug, status: 'published', title: p.title.vi, content: toLexical(p.content.vi) },
        en: { title: p.title.en, content: toLexical(p.content.en) },
      })),
    ),
  }
}
