import { describe, expect, it } from 'vitest'
import { findDocumentNumbers, readDocumentNumber } from './findDocumentNumbers'

const codes = (text: string) => findDocumentNumbers(text).map((match) => `${match.code} ${match.status}`)

describe('findDocumentNumbers', () => {
  it('finds the common shapes of document numbers', () => {
    expect(codes('Nghị định số 123/2015/NĐ-CP ngày 15/11/2015')).toEqual(['123/2015/NĐ-CP valid'])
    expect(codes('Luật 60/2014/QH13')).toEqual(['60/2014/QH13 valid'])
    expect(codes('46/2005/TTLT/BQP-BKHĐT-BTC')).toEqual(['46/2005/TTLT/BQP-BKHĐT-BTC valid'])
    expect(codes('Quyết định số 12/2021/QĐ-TTg')).toEqual(['12/2021/QĐ-TTg valid'])
    expect(codes('26/2005/PL-UBTVQH11 - Ưu đãi')).toEqual(['26/2005/PL-UBTVQH11 valid'])
    expect(codes('Quyết định 2222/QĐ-BHXH')).toEqual(['2222/QĐ-BHXH valid'])
    expect(codes('Nghị quyết số 66.7/2025/NQ-CP')).toEqual(['66.7/2025/NQ-CP valid'])
    expect(codes('Thông tư 08.a/2010/TT-BTP')).toEqual(['08.a/2010/TT-BTP valid'])
  })

  it('does not take dates for numbers', () => {
    expect(codes('ngày 15/11/2015 và 02/8/2023')).toEqual([])
  })

  it('normalizes spelling and spacing', () => {
    expect(codes('12/2020/ND-CP, 1707/QD-BTC')).toEqual(['12/2020/NĐ-CP valid', '1707/QĐ-BTC valid'])
    expect(codes('21/2008/TTLT- BQP-BLĐTBXH-BTC')).toEqual(['21/2008/TTLT-BQP-BLĐTBXH-BTC valid'])
    expect(codes('250/QĐ - TTg')).toEqual(['250/QĐ-TTg valid'])
  })

  it('stops where a glued title begins', () => {
    expect(codes('Bộ Tư pháp18/2026/NĐ-CP Nghị định quy định')).toEqual(['18/2026/NĐ-CP valid'])
    expect(codes('22/2023/TT-BCAQUY ĐỊNH MỨC THU')).toEqual(['22/2023/TT-BCA valid'])
    expect(codes('290/2005/QĐ-TTgHướng dẫn')).toEqual(['290/2005/QĐ-TTg valid'])
    expect(codes('Nghị định 28/2015/NĐ-CP - Quy định chi tiết')).toEqual(['28/2015/NĐ-CP valid'])
    expect(codes('Luật 35/2018/QH14.35/2018/QH14.BỘ LUẬT')).toEqual(['35/2018/QH14 valid', '35/2018/QH14 valid'])
  })

  it('marks numbers cut short', () => {
    expect(codes('09/2023/QĐ-T')).toEqual(['09/2023/QĐ-T truncated'])
    expect(codes('166/2016/NĐ-C')).toEqual(['166/2016/NĐ-C truncated'])
    expect(codes('165/2024/N')).toEqual(['165/2024/N truncated'])
    expect(codes('2010/TT-BTP')).toEqual(['2010/TT-BTP truncated'])
  })

  it('ignores two numbers run together', () => {
    expect(codes('290/2005/QĐ-TT- BQP-BLĐTBXH-BTC')).toEqual([])
  })

  it('reads a number out of a code field with words around it', () => {
    expect(readDocumentNumber('Thông tư số 12/2020/TT-BQP')?.code).toBe('12/2020/TT-BQP')
    expect(readDocumentNumber('12')).toBeNull()
  })
})
