import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { TextItem } from 'pdfjs-dist/types/src/display/api'
import { describe, expect, it } from 'vitest'
import { margin, pageWidth } from './pageCursor'
import { receiptFontFiles } from './receiptFonts'
import { renderReceiptPdf, type DossierReceipt } from './receiptPdf'

const receipt: DossierReceipt = {
  code: '000.00.12.H29-260223-0042',
  procedure: { name: 'Đăng ký khai sinh', code: '1.001193' },
  agencyName: 'Ủy ban nhân dân xã Phước Long',
  applicant: { fullName: 'Nguyễn Thị Hồng Nhung', personalId: '079190001234' },
  submittedAt: new Date('2026-02-20T09:05:00Z'),
  appointmentAt: new Date('2026-02-23T01:30:00Z'),
  documents: [
    { requirement: 'Tờ khai đăng ký khai sinh', fileName: 'to-khai.pdf' },
    { requirement: 'Giấy chứng sinh: ữ ỹ ặ ẫ Ư Ơ đ Đ', fileName: 'giay-chung-sinh.jpg' },
  ],
  resultDelivery: 'Nhận trực tuyến trên Cổng',
  trackingUrl: 'https://dichvucong.gov.vn/tra-cuu-ho-so?code=000.00.12.H29-260223-0042',
  portalName: 'Cổng Dịch vụ công quốc gia',
}

const longName = (
  'Cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất lần đầu cho hộ gia đình, cá nhân, ' +
  'cộng đồng dân cư, người Việt Nam định cư ở nước ngoài được sở hữu nhà ở tại Việt Nam đối với trường hợp đã được cấp giấy chứng nhận ' +
  'nhưng chưa đăng ký biến động đất đai theo quy định'
).padEnd(300, ' x')

const nfc = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim()

/** Reads a PDF back as pdfjs sees it: each page's text items and images, the whole text, and the document info. */
async function readPdf(bytes: Uint8Array) {
  // pdfjs takes ownership of the buffer it is given.
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise
  const pages = []
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number)
    const content = await page.getTextContent()
    const items = content.items.filter((item): item is TextItem => 'str' in item && item.str.trim() !== '')
    const { fnArray } = await page.getOperatorList()
    pages.push({ width: page.view[2], items, images: fnArray.filter((fn) => fn === OPS.paintImageXObject).length })
  }
  const info = (await pdf.getMetadata()).info as Record<string, unknown>
  const text = nfc(pages.flatMap((page) => page.items.map((item) => item.str)).join(' '))
  await pdf.destroy()
  return { pages, text, info }
}

describe('the PDF receipt of a submission', () => {
  it('prints the facts in Vietnamese with every diacritic intact', async () => {
    const { text } = await readPdf(await renderReceiptPdf(receipt, 'vi'))
    for (const expected of [
      'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      'Mã hồ sơ: 000.00.12.H29-260223-0042',
      'Đăng ký khai sinh',
      '1.001193',
      'Ủy ban nhân dân xã Phước Long',
      'Nguyễn Thị Hồng Nhung',
      '1. Tờ khai đăng ký khai sinh to-khai.pdf',
      '2. Giấy chứng sinh: ữ ỹ ặ ẫ Ư Ơ đ Đ giay-chung-sinh.jpg',
      'Nhận trực tuyến trên Cổng',
      'Quét mã để tra cứu tiến độ hồ sơ',
      receipt.trackingUrl,
      'Giấy tiếp nhận này được cấp dưới dạng điện tử bởi Cổng Dịch vụ công quốc gia.',
    ]) {
      expect(text).toContain(nfc(expected))
    }
  })

  it('shows the personal identification number masked but for its last four digits', async () => {
    const { text } = await readPdf(await renderReceiptPdf(receipt, 'vi'))
    expect(text).toContain('Số định danh cá nhân: ********1234')
    expect(text).not.toContain('079190001234')
    expect(text).not.toContain('07919000')
  })

  it('dates the submission and the appointment in Vietnam time', async () => {
    const { text } = await readPdf(await renderReceiptPdf(receipt, 'vi'))
    expect(text).toContain('Thời điểm nộp: 20/02/2026 16:05')
    expect(text).toContain('Ngày hẹn trả kết quả: 23/02/2026 08:30')
  })

  it('says that the appointment is set at receipt when there is none yet', async () => {
    const { text } = await readPdf(await renderReceiptPdf({ ...receipt, appointmentAt: null }, 'vi'))
    expect(text).toContain(nfc('Ngày hẹn trả kết quả: Sẽ được xác định khi cơ quan giải quyết tiếp nhận hồ sơ'))
  })

  it('reads in English with the Vietnamese values kept', async () => {
    const { text, info } = await readPdf(await renderReceiptPdf({ ...receipt, appointmentAt: null, documents: [] }, 'en'))
    for (const expected of [
      'SOCIALIST REPUBLIC OF VIET NAM',
      'Independence - Freedom - Happiness',
      'RECEIPT OF DOSSIER AND APPOINTMENT FOR THE RESULT',
      'Dossier code: 000.00.12.H29-260223-0042',
      'Appointment for the result: To be set when the handling agency receives the dossier',
      'Nguyễn Thị Hồng Nhung',
      'Documents submitted (0): No documents attached.',
      "Scan the code to track the dossier's progress",
      'This receipt was issued electronically by Cổng Dịch vụ công quốc gia.',
    ]) {
      expect(text).toContain(nfc(expected))
    }
    expect(info.Language).toBe('en')
  })

  it('composes letters typed with combining marks before drawing them', async () => {
    const decomposed = 'Nguyễn Thị Hồng Nhung'.normalize('NFD')
    const { pages } = await readPdf(await renderReceiptPdf({ ...receipt, applicant: { ...receipt.applicant, fullName: decomposed } }, 'vi'))
    expect(pages[0].items.map((item) => item.str)).toContain('Nguyễn Thị Hồng Nhung'.normalize('NFC'))
  })

  it('still renders when a value has characters the font lacks', async () => {
    const bytes = await renderReceiptPdf({ ...receipt, documents: [{ requirement: 'Ảnh chân dung 📷', fileName: '照片.jpg' }] }, 'vi')
    expect((await readPdf(bytes)).text).toContain('Ảnh chân dung')
  })

  it('names the dossier, the language and the portal in the document info', async () => {
    const { info } = await readPdf(await renderReceiptPdf(receipt, 'vi'))
    expect(info.Title).toBe('Giấy tiếp nhận hồ sơ và hẹn trả kết quả 000.00.12.H29-260223-0042')
    expect(info.Language).toBe('vi')
    expect(info.Producer).toBe('Cổng Dịch vụ công quốc gia')
    expect(info.Creator).toBe('Cổng Dịch vụ công quốc gia')
  })

  it('carries the QR code of the tracking page as an image', async () => {
    const { pages } = await readPdf(await renderReceiptPdf(receipt, 'vi'))
    expect(pages).toHaveLength(1)
    expect(pages[0].images).toBe(1)
  })

  it('wraps a 300-character procedure name within the page', async () => {
    const { pages, text } = await readPdf(await renderReceiptPdf({ ...receipt, procedure: { ...receipt.procedure, name: longName } }, 'vi'))
    expect(longName.length).toBeGreaterThanOrEqual(300)
    expect(text).toContain(nfc(longName))
    const parts = pages[0].items.filter((item) => longName.includes(item.str.trim()))
    expect(parts.length).toBeGreaterThan(2)
    for (const item of pages[0].items) expect(item.transform[4] + item.width).toBeLessThanOrEqual(pageWidth - margin.right + 0.5)
  })

  it('continues a long list of documents on further pages, all within the page', async () => {
    const documents = Array.from({ length: 60 }, (_, index) => ({ requirement: `Giấy tờ số ${index + 1}: bản sao có chứng thực`, fileName: `giay-to-${index + 1}.pdf` }))
    const { pages, text } = await readPdf(await renderReceiptPdf({ ...receipt, documents }, 'vi'))
    expect(pages.length).toBeGreaterThanOrEqual(2)
    expect(text).toContain(nfc('60. Giấy tờ số 60: bản sao có chứng thực giay-to-60.pdf'))
    expect(text).toContain(`Trang 1/${pages.length}`)
    expect(pages.at(-1)?.images).toBe(1)
    for (const page of pages) {
      for (const item of page.items) {
        expect(item.transform[4]).toBeGreaterThanOrEqual(margin.left - 0.5)
        expect(item.transform[4] + item.width).toBeLessThanOrEqual(page.width - margin.right + 0.5)
        expect(item.transform[5]).toBeGreaterThan(0)
      }
    }
  })

  it('stays small thanks to font subsetting', async () => {
    const bytes = await renderReceiptPdf(receipt, 'vi')
    console.log(`receipt PDF: ${bytes.length} bytes`)
    expect(bytes.length).toBeLessThan(200_000)
  })

  it('reads the font files once per process', () => {
    expect(receiptFontFiles()).toBe(receiptFontFiles())
  })
})
