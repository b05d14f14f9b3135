import { describe, expect, it } from 'vitest'
import { validateProcedureCode } from './validateProcedureCode'

describe('validateProcedureCode', () => {
  it('accepts a national code', () => {
    expect(validateProcedureCode('1.001193')).toBe(true)
  })

  it('accepts variant suffix segments', () => {
    expect(validateProcedureCode('1.001193.000.00.00.H12')).toBe(true)
  })

  it('rejects other shapes', () => {
    for (const code of ['', '1001193', '1.00119', '12.001193', 'A.001193', '1.001193.', '1.001193 ']) {
      expect(validateProcedureCode(code)).toBe(false)
    }
  })
})
