import { describe, expect, it } from 'vitest'
import { parseQuantity } from './parseQuantity'

describe('parseQuantity', () => {
  it('reads originals', () => {
    expect(parseQuantity('1 bản chính')).toEqual({ originals: 1, copies: 0 })
  })

  it('reads originals and copies from the web format', () => {
    expect(parseQuantity('1 bản chính,2 bản sao')).toEqual({ originals: 1, copies: 2 })
    expect(parseQuantity('0 bản chính,1 bản sao')).toEqual({ originals: 0, copies: 1 })
  })

  it('reads copies alone, with leading zeros', () => {
    expect(parseQuantity('01 bản sao')).toEqual({ originals: 0, copies: 1 })
  })

  it('reads the .doc export format', () => {
    expect(parseQuantity('Bản chính: 1; Bản sao: 0')).toEqual({ originals: 1, copies: 0 })
    expect(parseQuantity('Bản chính: 2; Bản sao: 3')).toEqual({ originals: 2, copies: 3 })
  })

  it('returns null for text it cannot read', () => {
    expect(parseQuantity('01 bộ')).toBeNull()
    expect(parseQuantity('1 bản chính kèm ảnh')).toBeNull()
    expect(parseQuantity('')).toBeNull()
  })
})
