import type { CollectionSlug, Payload } from 'payload'
import { starterFaqs, starterHotlines, starterLifeEvents, starterPages } from '@/lib/content/starterContent'
import { toLexical } from '@/lib/content/toLexical'
import type { CollectionCounts } from './report'
import { emptyCounts } from './report'

/**
 * Creates the starter content (life events, FAQs, hotlines, pages) that is not there yet, in
 * Vietnamese and English. Create-only: what editors changed is never overwritten. Procedures
 * and fields are looked up by code and slug; references that do not resolve are left out.
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

  const createMissing = async <T extends { vi: Record<string, unknown>; en: Record<string, unknown> }>(
    collection: 'lifeEvents' | 'faqs' | 'hotlines' | 'pages',
    keyField: 'slug' | 'phone',
    items: (T & { key: string })[],
  ): Promise<CollectionCounts> => {
    const counts = emptyCounts()
    const { docs } = await payload.find({ collection, pagination: false, depth: 0, select: { [keyField]: true } as never })
    const existing = new Set((docs as unknown as Record<string, string>[]).map((d) => d[keyField]))
    for (const item of items) {
      if (existing.has(item.key)) {
        counts.unchanged++
        continue
      }
      const doc = await payload.create({ collection, data: item.vi as never, locale: 'vi', depth: 0, context })
      await payload.update({ collection, id: doc.id, data: item.en as never, locale: 'en', depth: 0, context })
      counts.created++
    }
    return counts
  }

  return {
    lifeEvents: await createMissing(
      'lifeEvents',
      'slug',
      starterLifeEvents.map((e, order) => {
        const shared = { slug: e.slug, audience: e.audience, order, status: 'published', procedures: procedureIds(e.procedureCodes) }
        return { key: e.slug, vi: { ...shared, name: e.name.vi, summary: e.summary.vi }, en: { name: e.name.en, summary: e.summary.en } }
      }),
    ),
    faqs: await createMissing(
      'faqs',
      'slug',
      starterFaqs.map((f) => {
        const shared = { slug: f.slug, status: 'published', field: f.fieldSlug ? (fieldIds([f.fieldSlug])[0] ?? null) : null, procedures: procedureIds(f.procedureCodes ?? []) }
        return { key: f.slug, vi: { ...shared, question: f.question.vi, answer: toLexical(f.answer.vi) }, en: { question: f.question.en, answer: toLexical(f.answer.en) } }
      }),
    ),
    hotlines: await createMissing(
      'hotlines',
      'phone',
      starterHotlines.map((h, order) => ({
        key: h.phone,
        vi: { phone: h.phone, email: h.email, order, name: h.name.vi, description: h.description.vi, hours: h.hours.vi },
        en: { name: h.name.en, description: h.description.en, hours: h.hours.en },
      })),
    ),
    pages: await createMissing(
      'pages',
      'slug',
      starterPages.map((p) => ({
        key: p.slug,
        vi: { slug: p.slug, status: 'published', title: p.title.vi, content: toLexical(p.content.vi) },
        en: { title: p.title.en, content: toLexical(p.content.en) },
      })),
    ),
  }
}
