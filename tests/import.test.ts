import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { normalizeAll } from '@/lib/catalog/normalizeAll'
import { readRawProcedures } from '@/lib/catalog/readRawProcedures'
import type { ImportReport } from '@/lib/import/report'
import { totalCounts } from '@/lib/import/report'
import { getTestPayload } from './helpers/getTestPayload'
import { closePayload } from '@/lib/payload/closePayload'

let payload: Payload
let first: ImportReport

beforeAll(async () => {
  payload = await getTestPayload()
  const { importCatalog } = await import('@/lib/import/importCatalog')
  first = await importCatalog(payload)
})

afterAll(async () => {
  if (payload) await closePayload(payload)
})

describe('importing the national procedures database into an empty database', () => {
  it('creates every real procedure and rejects none', async () => {
    expect(first.collections.procedures).toEqual({ created: 2849, updated: 0, unchanged: 0, rejected: 0 })
    expect(first.rejected).toEqual([])
    expect(await payload.count({ collection: 'procedures' })).toEqual({ totalDocs: 2849 })
  })

  it('creates the 34 provinces and 3,321 communes with their former units', async () => {
    expect(await payload.count({ collection: 'administrativeUnits', where: { level: { equals: 'province' } } })).toEqual({ totalDocs: 34 })
    expect(await payload.count({ collection: 'administrativeUnits', where: { level: { equals: 'commune' } } })).toEqual({ totalDocs: 3321 })
    const { docs } = await payload.find({ collection: 'administrativeUnits', where: { code: { equals: '00004' } }, depth: 1 })
    expect(docs[0].fullName).toBe('Phường Ba Đình')
    expect(docs[0].parent).toMatchObject({ fullName: 'Thành phố Hà Nội' })
    expect(docs[0].formerUnits?.map((u) => u.fullName)).toContain('Phường Trúc Bạch')
  })

  it('creates the ministries, fields, legal documents and publication decisions that procedures refer to', async () => {
    const ministries = await payload.find({ collection: 'agencies', where: { type: { equals: 'ministry' } }, limit: 100 })
    expect(ministries.docs.map((d) => d.name)).toEqual(expect.arrayContaining(['Bộ Tư pháp', 'Bộ Công an', 'Bộ Tài chính']))
    for (const collection of ['fields', 'legalDocuments', 'publicationDecisions'] as const) {
      expect(first.collections[collection].created).toBeGreaterThan(100)
      expect(first.collections[collection].rejected).toBe(0)
    }
  })

  it('flags records with source defects for editors instead of dropping them', async () => {
    expect(first.reviewFlags['duration-without-unit']).toBeGreaterThan(300)
    const flagged = await payload.count({ collection: 'procedures', where: { needsReview: { equals: true } } })
    expect(flagged.totalDocs).toBeGreaterThan(300)
  })
})

describe('the starter content and the new slugs', () => {
  it('gives agencies, administrative units and decisions stable slugs, a ministry before a namesake', async () => {
    const find = async (collection: 'agencies' | 'administrativeUnits' | 'publicationDecisions', where: Record<string, unknown>) =>
      (await payload.find({ collection, where: where as never, limit: 1, depth: 0 })).docs[0]?.slug
    expect(await find('agencies', { name: { equals: 'Bộ Tư pháp' } })).toBe('bo-tu-phap')
    expect(await find('agencies', { and: [{ type: { equals: 'ministry' } }, { name: { like: 'Công Thương' } }] })).toBe('bo-cong-thuong')
    expect(await find('administrativeUnits', { code: { equals: '00004' } })).toBe('phuong-ba-dinh')
    expect(await find('publicationDecisions', { number: { equals: '1722/QĐ-BTC' } })).toBe('1722-qd-btc')
    const slugs = await payload.find({ collection: 'administrativeUnits', pagination: false, depth: 0, select: { slug: true } })
    expect(new Set(slugs.docs.map((d) => d.slug)).size).toBe(3355)
  })

  it('fills the empty starter collections in both languages, with the procedures they refer to', async () => {
    expect(first.collections.lifeEvents.created).toBe(10)
    expect(first.collections.faqs.created).toBeGreaterThanOrEqual(10)
    expect(first.collections.pages.created).toBe(3)
    const { docs } = await payload.find({ collection: 'lifeEvents', where: { slug: { equals: 'sinh-con' } }, locale: 'all', depth: 1 })
    expect(docs[0].name).toEqual({ vi: 'Sinh con', en: 'Having a baby' })
    expect(docs[0].procedures?.map((p) => typeof p === 'object' && p.code)).toContain('1.001193')
  })

  it('seeds the working calendar from the holiday data, and keeps what administrators add', async () => {
    expect(first.collections.calendarDays.created).toBeGreaterThan(60)
    const { loadWorkingCalendar } = await import('@/lib/workdays/loadCalendar')
    const calendar = await loadWorkingCalendar(payload)
    expect(calendar.isWorkingDay('2026-02-17')).toBe(false)
    expect(calendar.entry('2026-04-27')?.kind).toBe('compensatory')
    expect(calendar.isWorkingDay('2026-09-01')).toBe(true)
    // The year's notice gives the day next to National Day; an administrator enters it.
    await payload.create({ collection: 'calendarDays', data: { date: '2026-09-01', kind: 'holiday', name: 'Quốc khánh (ngày liền kề, theo thông báo)' } })
    const { importCalendar } = await import('@/lib/import/importCalendar')
    expect((await importCalendar(payload)).created).toBe(0)
    expect((await loadWorkingCalendar(payload)).isWorkingDay('2026-09-01')).toBe(false)
    await expect(payload.create({ collection: 'calendarDays', data: { date: '1/9/2026', kind: 'holiday', name: 'x' } })).rejects.toThrow(/YYYY-MM-DD/)
  })

  it('creates the online forms of five procedures in both languages, and leaves forms that exist alone', async () => {
    expect(first.collections.dossierForms).toMatchObject({ created: 5, rejected: 0 })
    const { starterForms } = await import('@/lib/dossiers/forms/starterForms')
    const { loadDossierForm } = await import('@/lib/dossiers/forms/loadDossierForm')
    const birth = (await payload.find({ collection: 'procedures', where: { code: { equals: '1.001193' } }, limit: 1, depth: 0 })).docs[0]!
    const form = await loadDossierForm(payload, birth.id)
    expect({ steps: form?.steps, documents: form?.documents, declaration: form?.declaration }).toEqual(starterForms['1.001193'])
    const { importStarterForms } = await import('@/lib/import/importStarterForms')
    expect(await importStarterForms(payload)).toMatchObject({ created: 0, unchanged: 5 })
  })

  it('never brings back starter content that editors deleted', async () => {
    const { importStarterContent } = await import('@/lib/import/importStarterContent')
    const faq = (await payload.find({ collection: 'faqs', where: { slug: { equals: 'phan-anh-kien-nghi' } }, depth: 0 })).docs[0]
    await payload.delete({ collection: 'faqs', id: faq.id })
    const counts = await importStarterContent(payload)
    expect(counts.faqs?.created).toBe(0)
    expect(await payload.count({ collection: 'faqs', where: { slug: { equals: 'phan-anh-kien-nghi' } } })).toEqual({ totalDocs: 0 })
  })
})

describe('importing the same data again', () => {
  it('changes nothing', async () => {
    const { importCatalog } = await import('@/lib/import/importCatalog')
    const second = await importCatalog(payload)
    const total = totalCounts(second)
    expect(total.created + total.updated + total.rejected).toBe(0)
    expect(second.collections.procedures.unchanged).toBe(2849)
    expect(await payload.count({ collection: 'procedures' })).toEqual({ totalDocs: 2849 })
  })
})

describe('procedure 1.001193 (Đăng ký khai sinh)', () => {
  it('round-trips every field from the source through the database', async () => {
    const expected = normalizeAll(await readRawProcedures()).procedures.find((p) => p.code === '1.001193')!
    const { docs } = await payload.find({ collection: 'procedures', where: { code: { equals: '1.001193' } }, depth: 1, locale: 'vi' })
    const doc = docs[0]
    const name = (relation: unknown) => relation as { name?: string; number?: string } | null
    expect(doc).toMatchObject({
      code: '1.001193',
      name: 'Thủ tục đăng ký khai sinh',
      slug: 'dang-ky-khai-sinh',
      status: 'published',
      levels: ['commune'],
      subjects: expected.subjects,
      procedureType: expected.procedureType,
      onlineServiceLevel: expected.onlineServiceLevel,
      requirements: expected.requirements || null,
      sourceUrl: expected.sourceUrl,
      needsReview: true,
    })
    expect(name(doc.ministry)?.name).toBe('Bộ Tư pháp')
    expect(name(doc.field)?.name).toBe('Hộ tịch')
    expect(name(doc.publicationDecision)?.number).toBe('163/QĐ-BTP')
    expect(doc.steps?.map((s) => s.description)).toEqual(expected.steps)
    expect(doc.channels?.map((c) => ({ channel: c.channel, processingTime: c.processingTime, feeText: c.feeText, free: c.free }))).toEqual(
      expected.channels.map((c) => ({ ...c, feeText: c.feeText || null, processingTime: { ...c.processingTime, text: c.processingTime.text || null } })),
    )
    expect(doc.dossierGroups?.map((g) => ({ title: g.title ?? null, documents: g.documents?.map((d) => [d.name, d.originals, d.copies, d.quantityText]) }))).toEqual(
      expected.dossierGroups.map((g) => ({ title: g.title, documents: g.documents.map((d) => [d.name, d.originals, d.copies, d.quantityText || null]) })),
    )
    expect(doc.results?.map(({ name, code }) => ({ name, code }))).toEqual([{ name: 'Giấy khai sinh', code: 'KQ.G15.000031' }])
    expect((doc.legalBases as { code: string }[]).map((d) => d.code).sort()).toEqual([...expected.legalBasisCodes].sort())
    expect(doc.legalBasisUnresolved?.map((u) => u.text)).toEqual(expected.legalBasisUnresolved)
    expect(doc.reviewFlags?.map(({ code, message }) => ({ code, message }))).toEqual(expected.reviewFlags)
  })
})

describe('importing malformed records', () => {
  it('reports each rejected record with its reason and still imports the valid ones', async () => {
    const raws = await readRawProcedures()
    const valid = raws.find((r) => r.code === '1.001193')!
    const badCode = { ...valid, id: 'X-1', code: '1.00119' }
    const noName = { ...valid, id: '9.999001', code: '9.999001', name: '' }
    const changed = { ...valid, requirements: 'Yêu cầu mới để kiểm tra cập nhật' }
    const { importCatalog } = await import('@/lib/import/importCatalog')
    const report = await importCatalog(payload, { rawProcedures: [changed, badCode, noName] })
    expect(report.collections.procedures).toMatchObject({ updated: 1, rejected: 2 })
    expect(report.rejected.map((r) => r.key).sort()).toEqual(['1.00119', '9.999001'])
    for (const rejection of report.rejected) {
      expect(rejection.reasons.length).toBeGreaterThan(0)
      expect(rejection.record).toBeTruthy()
    }
    expect(await payload.count({ collection: 'procedures', where: { code: { in: ['1.00119', '9.999001'] } } })).toEqual({ totalDocs: 0 })
  })
})
