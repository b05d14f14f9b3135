import { describe, expect, it } from 'vitest'
import { deriveIssuer, deriveLegalDocumentType, parseIssuedDate } from './describeLegalDocument'

describe('deriveLegalDocumentType', () => {
  it('reads the type from the number', () => {
    expect(deriveLegalDocumentType('123/2015/NĐ-CP', '')).toBe('Nghị định')
    expect(deriveLegalDocumentType('08/2025/TT-BTP', '')).toBe('Thông tư')
    expect(deriveLegalDocumentType('46/2005/TTLT/BQP-BKHĐT-BTC', '')).toBe('Thông tư liên tịch')
    expect(deriveLegalDocumentType('66.7/2025/NQ-CP', '')).toBe('Nghị quyết')
    expect(deriveLegalDocumentType('12/2021/QĐ-TTg', '')).toBe('Quyết định')
    expect(deriveLegalDocumentType('26/2005/PL-UBTVQH11', '')).toBe('Pháp lệnh')
    expect(deriveLegalDocumentType('01/VBHN-VPQH', '')).toBe('Văn bản khác')
  })

  it('tells laws from resolutions of the National Assembly by the title', () => {
    expect(deriveLegalDocumentType('60/2014/QH13', 'Luật Hộ tịch')).toBe('Luật')
    expect(deriveLegalDocumentType('60/2014/QH13', '')).toBe('Luật')
    expect(deriveLegalDocumentType('190/2025/QH15', 'Nghị quyết số 190/2025/QH15 của Quốc hội')).toBe('Nghị quyết')
  })

  it('tells ordinances from resolutions of the Standing Committee by the title', () => {
    expect(deriveLegalDocumentType('04/2012/UBTVQH13', 'Pháp lệnh sửa đổi, bổ sung')).toBe('Pháp lệnh')
    expect(deriveLegalDocumentType('1365/2025/UBTVQH15', 'Nghị quyết về sắp xếp đơn vị hành chính')).toBe('Nghị quyết')
  })
})

describe('deriveIssuer', () => {
  it('reads the issuer from the number', () => {
    expect(deriveIssuer('123/2015/NĐ-CP')).toBe('Chính phủ')
    expect(deriveIssuer('12/2021/QĐ-TTg')).toBe('Thủ tướng Chính phủ')
    expect(deriveIssuer('60/2014/QH13')).toBe('Quốc hội')
    expect(deriveIssuer('85/2019/TT-BTC')).toBe('Bộ Tài chính')
    expect(deriveIssuer('08/2025/TT-BTP')).toBe('Bộ Tư pháp')
    expect(deriveIssuer('22/2023/TT-BCA')).toBe('Bộ Công an')
    expect(deriveIssuer('06/2023/TT-NHNN')).toBe('Ngân hàng Nhà nước Việt Nam')
    expect(deriveIssuer('46/2005/TTLT/BQP-BKHĐT-BTC')).toBe('Bộ Quốc phòng, Bộ Kế hoạch và Đầu tư, Bộ Tài chính')
  })

  it('falls back to the issuer field, read as the body', () => {
    expect(deriveIssuer('01/2024/NQ-HĐND', 'Bộ trưởng Bộ Quốc phòng')).toBe('Bộ Quốc phòng')
    expect(deriveIssuer('7213/TT-NV', 'Quốc Hội')).toBe('Quốc hội')
    expect(deriveIssuer('01/2024/NQ-HĐND')).toBeNull()
  })
})

describe('parseIssuedDate', () => {
  it('reads the date written after the number', () => {
    expect(parseIssuedDate('123/2015/NĐ-CP', 'Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ')).toBe('2015-11-15')
    expect(parseIssuedDate('65/2025/NĐ-CP', 'Nghị định số 65/2025/NĐ-CP ngày 12 tháng 3 năm 2025 của Chính phủ')).toBe('2025-03-12')
  })

  it('ignores dates of other documents cited in the title', () => {
    expect(parseIssuedDate('106/2021/TT-BTC', 'Thông tư sửa đổi Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ Tài chính')).toBeNull()
  })

  it('ignores a date whose year is not the number year', () => {
    expect(parseIssuedDate('13/2024/TT-BQP', 'Thông tư số 13/2024/TT-BQP ngày 18/3/2023')).toBeNull()
  })

  it('falls back to the dd-mm-yyyy issued field', () => {
    expect(parseIssuedDate('12/2021/QĐ-TTg', 'Quy chế hoạt động ứng phó với sự cố tràn dầu', '24-03-2021')).toBe('2021-03-24')
  })
})
