import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { collectKnownDocumentNumbers } from './collectKnownDocumentNumbers'
import { makeRawProcedure } from './fixtures/makeRawProcedure'
import { normalizeAll } from './normalizeAll'
import { parseLegalBasis } from './parseLegalBasis'
import type { RawProcedure } from './rawTypes'
import { readRawProcedures } from './readRawProcedures'
import type { NormalizedProcedures } from './types'

describe('normalizeAll', () => {
  it('dedupes legal documents by number, keeping the most informative title', () => {
    const result = normalizeAll([
      makeRawProcedure({ code: '1.000001', legal_basis: [{ code: '60/2014/QH13', title: 'Luật 60/2014/QH13' }] }),
      makeRawProcedure({ code: '1.000002', legal_basis: [{ code: '60/2014/QH13', title: 'Luật Hộ tịch' }] }),
      makeRawProcedure({ code: '1.000003', legal_basis: [{ code: '60/2014/QH13', title: 'Luật Hộ tịch năm 2014 của Quốc hội' }] }),
    ])
    expect(result.legalDocuments).toEqual([
      { code: '60/2014/QH13', title: 'Luật Hộ tịch năm 2014 của Quốc hội', type: 'Luật', issuedDate: null, issuer: 'Quốc hội' },
    ])
    expect(result.legalDocumentConflicts).toEqual({ titles: 1, issuedDates: 0 })
  })

  it('completes a cut-off number from another procedure', () => {
    const result = normalizeAll([
      makeRawProcedure({ code: '1.000001', legal_basis: [{ code: '118/2025/NĐ-CP', title: 'Nghị định về cơ chế một cửa' }] }),
      makeRawProcedure({ code: '1.000002', legal_basis: [{ code: '118/2025/NĐ-C', title: 'Nghị định' }] }),
    ])
    expect(result.procedures[1].legalBasisCodes).toEqual(['118/2025/NĐ-CP'])
    expect(result.legalDocuments.map((document) => document.code)).toEqual(['118/2025/NĐ-CP'])
  })

  it('collects publication decisions with the ministry of the procedures citing them', () => {
    const result = normalizeAll([
      makeRawProcedure({ code: '1.000001', decision_no: 'Quyết định số 6225/QĐ-BQP', ministry: 'Bộ Quốc phòng' }),
      makeRawProcedure({ code: '1.000002', decision_no: '6225/QĐ-BQP', ministry: 'Bộ Quốc phòng' }),
      makeRawProcedure({ code: '1.000003', decision_no: '163/QĐ-BTP', ministry: 'Bộ Tư pháp' }),
      makeRawProcedure({ code: '1.000004', decision_no: 'Demo/QĐ-BCA', ministry: 'Bộ Công an' }),
    ])
    expect(result.decisions).toEqual([
      { number: '6225/QĐ-BQP', issuer: 'Bộ Quốc phòng' },
      { number: '163/QĐ-BTP', issuer: 'Bộ Tư pháp' },
    ])
  })

  it('rejects invalid and duplicate procedures without dropping the others', () => {
    const result = normalizeAll([
      makeRawProcedure({ code: '1.000001' }),
      makeRawProcedure({ code: 'X-1' }),
      makeRawProcedure({ code: '1.000001', name: 'Bản trùng' }),
    ])
    expect(result.procedures.map((procedure) => procedure.code)).toEqual(['1.000001'])
    expect(result.rejected.map((rejected) => [rejected.key, rejected.reasons.length])).toEqual([
      ['X-1', 1],
      ['1.000001', 1],
    ])
  })
})

describe('normalizeAll on the crawled data', () => {
  let raws: RawProcedure[]
  let result: NormalizedProcedures

  beforeAll(async () => {
    raws = await readRawProcedures(fileURLToPath(new URL('../../data', import.meta.url)))
    result = normalizeAll(raws)
  })

  it('normalizes all 2,849 procedures and rejects none', () => {
    expect(raws).toHaveLength(2849)
    expect(result.procedures).toHaveLength(2849)
    expect(result.rejected).toEqual([])
  })

  it('ties every legal-basis row to a number or keeps it as text', () => {
    const knownCodes = collectKnownDocumentNumbers(raws)
    const documents = new Set(result.legalDocuments.map((document) => document.code))
    let rows = 0
    for (const raw of raws) {
      const parsed = parseLegalBasis(raw.legal_basis, { knownCodes })
      expect(parsed.rows).toHaveLength(raw.legal_basis.length)
      for (const row of parsed.rows) expect(row.codes.length + row.unresolved.length).toBeGreaterThan(0)
      for (const code of parsed.codes) expect(documents.has(code)).toBe(true)
      rows += parsed.rows.length
    }
    expect(rows).toBe(11296)
  })

  it('keeps each unresolved legal-basis text with a flag', () => {
    for (const procedure of result.procedures) {
      const flagged = procedure.reviewFlags.filter((flag) => flag.code === 'legal-basis-unresolved')
      expect(flagged).toHaveLength(procedure.legalBasisUnresolved.length)
    }
  })

  it('reads the birth registration procedure as published', () => {
    const birth = result.procedures.find((procedure) => procedure.code === '1.001193')
    expect(birth).toMatchObject({
      name: 'Thủ tục đăng ký khai sinh',
      levels: ['commune'],
      decisionNumber: '163/QĐ-BTP',
      results: [{ name: 'Giấy khai sinh', code: 'KQ.G15.000031' }],
    })
    expect(birth?.channels).toHaveLength(3)
    for (const channel of birth?.channels ?? []) expect(channel.processingTime).toEqual({ value: 1, unit: null, text: '1' })
    const withoutUnit = birth?.reviewFlags.filter((flag) => flag.code === 'duration-without-unit') ?? []
    expect(withoutUnit.map((flag) => flag.message.split(':')[0]).sort()).toEqual(['Dịch vụ bưu chính', 'Trực tiếp', 'Trực tuyến'])
    expect(birth?.legalBasisCodes).toEqual(expect.arrayContaining(['18/2026/NĐ-CP', '87/2020/NĐ-CP', '66.7/2025/NQ-CP', '123/2015/NĐ-CP']))
  })

  it('keeps every character of the published steps', () => {
    const ink = (text: string) => text.normalize('NFC').replace(/[\s\u200b-\u200f\u2060\ufeff\u00ad]+/g, '')
    const rawByCode = new Map(raws.map((raw) => [raw.code, raw]))
    for (const procedure of result.procedures) {
      expect(ink(procedure.steps.join(''))).toBe(ink(rawByCode.get(procedure.code)?.steps_text ?? ''))
    }
  })
})
