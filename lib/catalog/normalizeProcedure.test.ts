import { describe, expect, it } from 'vitest'
import { makeRawProcedure } from './fixtures/makeRawProcedure'
import { normalizeProcedure } from './normalizeProcedure'

describe('normalizeProcedure', () => {
  it('normalizes a complete procedure', () => {
    const raw = makeRawProcedure({
      subjects: ['Công dân Việt Nam', 'Tổ chức (không bao gồm doanh nghiệp', 'HTX)'],
      requirements: ' Không ',
      channels: [
        { channel: 'Trực tiếp', duration: '5 Ngày làm việc', duration_value: 5, duration_unit: 'Ngày làm việc', fee_and_note: 'Miễn phí' },
        { channel: 'Trực tuyến', duration: '5 Ngày làm việc', duration_value: 5, duration_unit: 'Ngày làm việc', fee_and_note: 'Miễn phí' },
      ],
    })
    const { record, legalDocuments, rejected } = normalizeProcedure(raw)
    expect(rejected).toBeUndefined()
    expect(record).toMatchObject({
      code: '1.000001',
      name: 'Thủ tục thử nghiệm',
      levels: ['commune'],
      subjects: ['citizen', 'organization'],
      steps: ['Bước 1: Nộp hồ sơ.', 'Bước 2: Nhận kết quả.'],
      requirements: 'Không',
      results: [{ name: 'Giấy chứng nhận', code: 'KQ.G15.000001' }],
      legalBasisCodes: ['60/2014/QH13'],
      legalBasisUnresolved: [],
      decisionNumber: '163/QĐ-BTP',
      onlineServiceLevel: 'partial',
      reviewFlags: [],
    })
    expect(legalDocuments).toEqual([{ code: '60/2014/QH13', title: 'Luật Hộ tịch', type: 'Luật', issuedDate: null, issuer: 'Quốc hội' }])
  })

  it('rejects a procedure with an invalid code, keeping the raw record', () => {
    const raw = makeRawProcedure({ code: '1.00119' })
    const result = normalizeProcedure(raw)
    expect(result.record).toBeUndefined()
    expect(result.legalDocuments).toEqual([])
    expect(result.rejected).toEqual({ kind: 'procedure', key: '1.00119', reasons: [expect.stringContaining('«1.00119»')], record: raw })
  })

  it('rejects a procedure without name, ministry or field, with every reason', () => {
    const result = normalizeProcedure(makeRawProcedure({ name: ' ', ministry: '', field: '' }))
    expect(result.rejected?.reasons).toHaveLength(3)
  })

  it('collects the flags of every part on the record', () => {
    const { record } = normalizeProcedure(
      makeRawProcedure({
        decision_no: '1681',
        subjects: ['Hộ kinh doanh'],
        channels: [{ channel: 'Trực tiếp', duration: '1', duration_value: 1, duration_unit: null, fee_and_note: 'Miễn phí' }],
      }),
    )
    expect(record?.decisionNumber).toBeNull()
    expect(record?.reviewFlags.map((flag) => flag.code)).toEqual(['unknown-subject', 'duration-without-unit', 'decision-unrecognised'])
  })
})
