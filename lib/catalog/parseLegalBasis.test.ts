import { describe, expect, it } from 'vitest'
import { parseLegalBasis } from './parseLegalBasis'

const flagCodes = (result: ReturnType<typeof parseLegalBasis>) => result.flags.map((flag) => flag.code)

describe('parseLegalBasis', () => {
  it('turns clean rows into legal documents', () => {
    const result = parseLegalBasis([
      { code: '123/2015/NĐ-CP', title: 'Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết Luật Hộ tịch' },
      { code: '60/2014/QH13', title: 'Luật Hộ tịch' },
    ])
    expect(result.codes).toEqual(['123/2015/NĐ-CP', '60/2014/QH13'])
    expect(result.documents).toEqual([
      {
        code: '123/2015/NĐ-CP',
        title: 'Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết Luật Hộ tịch',
        type: 'Nghị định',
        issuedDate: '2015-11-15',
        issuer: 'Chính phủ',
      },
      { code: '60/2014/QH13', title: 'Luật Hộ tịch', type: 'Luật', issuedDate: null, issuer: 'Quốc hội' },
    ])
    expect(result.unresolved).toEqual([])
    expect(result.flags).toEqual([])
  })

  it('lists a document cited twice once', () => {
    const result = parseLegalBasis([
      { code: '60/2014/QH13', title: 'Luật 60/2014/QH13' },
      { code: '60/2014/QH13', title: 'Luật Hộ tịch' },
    ])
    expect(result.codes).toEqual(['60/2014/QH13'])
    expect(result.documents[0].title).toBe('Luật Hộ tịch')
  })

  it('splits a title with another document number glued into it, and flags it', () => {
    const result = parseLegalBasis([
      {
        code: '87/2020/NĐ-CP',
        title:
          'Nghị định sửa đổi, bổ sung một số nghị định thuộc phạm vi quản lý của Bộ Tư pháp18/2026/NĐ-CP Nghị định quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến',
      },
    ])
    expect(result.codes).toEqual(['18/2026/NĐ-CP', '87/2020/NĐ-CP'])
    const titles = Object.fromEntries(result.documents.map((document) => [document.code, document.title]))
    expect(titles['18/2026/NĐ-CP']).toBe('Nghị định sửa đổi, bổ sung một số nghị định thuộc phạm vi quản lý của Bộ Tư pháp')
    expect(titles['87/2020/NĐ-CP']).toBe('Nghị định quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến')
    expect(flagCodes(result)).toEqual(['legal-basis-split'])
    expect(result.flags[0].message).toContain('Bộ Tư pháp18/2026/NĐ-CP')
  })

  it('splits numbers run together at the end of a title', () => {
    const result = parseLegalBasis([{ code: '86/2024/TT-BTC', title: 'Luật Quản lý thuế 38/2019/QH14 86/2024/TT-BTC' }])
    expect(result.codes).toEqual(['38/2019/QH14', '86/2024/TT-BTC'])
    expect(result.documents[0]).toMatchObject({ code: '38/2019/QH14', title: 'Luật Quản lý thuế', type: 'Luật' })
    expect(result.documents[1]).toMatchObject({ code: '86/2024/TT-BTC', title: 'Thông tư 86/2024/TT-BTC' })
  })

  it('does not split numbers cited in the prose of a title', () => {
    const result = parseLegalBasis([
      { code: '106/2021/TT-BTC', title: 'Thông tư sửa đổi, bổ sung một số điều của Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ Tài chính' },
    ])
    expect(result.codes).toEqual(['106/2021/TT-BTC'])
    expect(result.flags).toEqual([])
  })

  it('uses the full number from the title when the code is a cut-off form of it', () => {
    const result = parseLegalBasis([
      { code: '7/2025/NQ-CP', title: 'Nghị quyết số 66.7/2025/NQ-CP của Chính phủ: Quy định cắt giảm, đơn giản hóa thủ tục hành chính dựa trên dữ liệu66.' },
    ])
    expect(result.codes).toEqual(['66.7/2025/NQ-CP'])
    expect(result.documents[0].title).toBe('Nghị quyết số 66.7/2025/NQ-CP của Chính phủ: Quy định cắt giảm, đơn giản hóa thủ tục hành chính dựa trên dữ liệu')
    expect(result.flags).toEqual([{ code: 'legal-basis-code-repaired', message: expect.stringContaining('«7/2025/NQ-CP»') }])
  })

  it('drops digits of the previous row that ran into the number', () => {
    const result = parseLegalBasis([{ code: '2344/2023/TT-BTC', title: 'Thông tư số 44/2023/TT-BTC ngày 29 tháng 6 năm 2023 của Bộ trưởng Bộ Tài chính' }])
    expect(result.codes).toEqual(['44/2023/TT-BTC'])
    expect(result.documents[0].issuedDate).toBe('2023-06-29')
    expect(flagCodes(result)).toEqual(['legal-basis-code-repaired'])
  })

  it('joins a number cut across two rows and keeps a bare fragment row as unresolved text', () => {
    const result = parseLegalBasis([
      { code: '09/2023/QĐ-T', title: 'Quyết định số' },
      { code: '09/2023/QĐ-T', title: 'Tg ngày 30/12/2023 của Thủ tướng Chính phủ về cấp tem' },
      { code: null, title: 'Tg' },
    ])
    expect(result.codes).toEqual(['09/2023/QĐ-TTg'])
    expect(result.documents[0]).toMatchObject({
      title: 'Quyết định 09/2023/QĐ-TTg ngày 30/12/2023 của Thủ tướng Chính phủ về cấp tem',
      issuedDate: '2023-12-30',
      issuer: 'Thủ tướng Chính phủ',
    })
    expect(result.unresolved).toEqual(['Tg'])
    expect(flagCodes(result)).toContain('legal-basis-code-repaired')
    expect(result.flags).toContainEqual({ code: 'legal-basis-unresolved', message: expect.stringContaining('«Tg»') })
  })

  it('completes a cut-off number from numbers known elsewhere', () => {
    const result = parseLegalBasis([{ code: '118/2025/NĐ-C', title: 'Nghị định về thực hiện thủ tục hành chính theo cơ chế một cửa' }], {
      knownCodes: new Set(['118/2025/NĐ-CP']),
    })
    expect(result.codes).toEqual(['118/2025/NĐ-CP'])
    expect(flagCodes(result)).toEqual(['legal-basis-code-repaired'])
  })

  it('keeps a cut-off number it cannot complete as unresolved text', () => {
    const result = parseLegalBasis([{ code: '158/2011/TT', title: 'Hướng dẫn chế độ, chính sách' }])
    expect(result.codes).toEqual([])
    expect(result.unresolved).toEqual(['158/2011/TT Hướng dẫn chế độ, chính sách'])
    expect(flagCodes(result)).toEqual(['legal-basis-unresolved'])
  })

  it('takes the number from the title when the code is too short or missing', () => {
    const result = parseLegalBasis([
      {
        code: '12',
        title: 'Quyết định số 12/2021/QĐ-TTg ngày 24/3/2021 của Thủ tướng Chính phủ ban hành Quy chế hoạt động ứng phó với sự cố tràn dầu',
        issued: '24-03-2021',
        issuer: 'Thủ tướng Chính phủ',
      },
      { code: null, title: ': Thông tư 269/2016/TT-BTC ngày 14/11/2016 của Bộ Tài chính quy định mức thu phí' },
    ])
    expect(result.codes).toEqual(['12/2021/QĐ-TTg', '269/2016/TT-BTC'])
    expect(result.documents[0]).toMatchObject({ type: 'Quyết định', issuedDate: '2021-03-24', issuer: 'Thủ tướng Chính phủ' })
    expect(result.documents[1].title).toBe('Thông tư 269/2016/TT-BTC ngày 14/11/2016 của Bộ Tài chính quy định mức thu phí')
    expect(flagCodes(result)).toEqual(['legal-basis-code-from-title', 'legal-basis-code-from-title'])
  })

  it('keeps a row without any number as unresolved text', () => {
    const result = parseLegalBasis([{ code: 'BỘ LUẬT  HÀNG HẢI VIỆT NAM', title: 'BỘ LUẬT HÀNG HẢI VIỆT NAM' }])
    expect(result.codes).toEqual([])
    expect(result.unresolved).toEqual(['BỘ LUẬT HÀNG HẢI VIỆT NAM BỘ LUẬT HÀNG HẢI VIỆT NAM'])
    expect(result.flags).toEqual([{ code: 'legal-basis-unresolved', message: expect.stringContaining('BỘ LUẬT HÀNG HẢI') }])
  })

  it('gives a document without an informative title its type and number as title', () => {
    const result = parseLegalBasis([{ code: '134/2015/NĐ-CP', title: 'Nghị định' }])
    expect(result.documents[0].title).toBe('Nghị định 134/2015/NĐ-CP')
  })
})
