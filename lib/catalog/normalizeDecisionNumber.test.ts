import { describe, expect, it } from 'vitest'
import { normalizeDecisionNumber } from './normalizeDecisionNumber'

const numberOf = (raw: string) => normalizeDecisionNumber(raw).decisionNumber

describe('normalizeDecisionNumber', () => {
  it('keeps a well-formed number', () => {
    expect(normalizeDecisionNumber('163/QĐ-BTP')).toEqual({ decisionNumber: '163/QĐ-BTP', flags: [] })
  })

  it('removes wording and spacing variants', () => {
    expect(numberOf('Quyết định số 6225/QĐ-BQP')).toBe('6225/QĐ-BQP')
    expect(numberOf('SỐ 12/QĐ-NHNN')).toBe('12/QĐ-NHNN')
    expect(numberOf('123 /QĐ-BQP')).toBe('123/QĐ-BQP')
    expect(numberOf('12./QĐ-BXD')).toBe('12/QĐ-BXD')
    expect(numberOf('3713/QD-BTP')).toBe('3713/QĐ-BTP')
  })

  it('accepts letter suffixes on the number and unit suffixes on the issuer', () => {
    expect(numberOf('12a/QĐ-NHNN')).toBe('12a/QĐ-NHNN')
    expect(numberOf('5710/QĐ-BCA-C06')).toBe('5710/QĐ-BCA-C06')
    expect(numberOf('12/QĐ-BCA-CN')).toBe('12/QĐ-BCA-CN')
  })

  it('repairs a swapped number and flags it', () => {
    const result = normalizeDecisionNumber('QĐ2338-BTP')
    expect(result.decisionNumber).toBe('2338/QĐ-BTP')
    expect(result.flags).toEqual([{ code: 'decision-repaired', message: expect.stringContaining('«QĐ2338-BTP»') }])
  })

  it('gives null and a flag quoting the text when the number is unrecognisable', () => {
    for (const raw of ['Demo/QĐ-BCA', '123', 'Quyết định số 4777', 'QĐ/123-BCA', 'QĐ/0001-BCA', '01/QĐCB']) {
      const result = normalizeDecisionNumber(raw)
      expect(result.decisionNumber).toBeNull()
      expect(result.flags).toEqual([{ code: 'decision-unrecognised', message: expect.stringContaining(`«${raw}»`) }])
    }
  })

  it('flags a missing number', () => {
    expect(normalizeDecisionNumber('')).toEqual({ decisionNumber: null, flags: [{ code: 'decision-missing', message: expect.any(String) }] })
  })
})
