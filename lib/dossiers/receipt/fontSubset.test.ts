import fontkit from '@pdf-lib/fontkit'
import { PDFDocument } from 'pdf-lib'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { TextItem } from 'pdfjs-dist/types/src/display/api'
import { describe, expect, it } from 'vitest'
import { receiptFontFiles } from './receiptFonts'

const vietnamese = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ'
const lines = [vietnamese, vietnamese.toUpperCase(), 'Đăng ký khai sinh – Nguyễn Thị Hồng Nhung – Ủy ban nhân dân xã Phước Long', '0123456789 *:/.-?=() “” fi fl ffi']

interface CanvasAndContext {
  context: { getImageData(x: number, y: number, width: number, height: number): { data: Uint8ClampedArray } }
}

/** Draws every line in both weights, embedded whole or subset, and returns the pixels and text pdfjs makes of it. */
async function draw(subset: boolean) {
  const files = await receiptFontFiles()
  const doc = await PDFDocument.create()
  doc.registerFontkit(fontkit)
  const page = doc.addPage([842, 240])
  let y = 220
  for (const file of [files.regular, files.bold]) {
    const font = await doc.embedFont(file, { subset })
    for (const line of lines) {
      page.drawText(line, { x: 10, y, size: 9, font })
      y -= 24
    }
  }
  const pdf = await getDocument({ data: await doc.save(), useSystemFonts: false, isEvalSupported: false }).promise
  const pdfPage = await pdf.getPage(1)
  const viewport = pdfPage.getViewport({ scale: 3 })
  // pdfjs's own canvas (@napi-rs/canvas, its optional dependency), as in its Node example.
  const { context } = (pdf.canvasFactory as { create(width: number, height: number): CanvasAndContext }).create(viewport.width, viewport.height)
  await pdfPage.render({ canvasContext: context as unknown as CanvasRenderingContext2D, canvas: null, viewport }).promise
  const text = (await pdfPage.getTextContent()).items.map((item) => (item as TextItem).str).join('\n')
  const { data } = context.getImageData(0, 0, viewport.width, viewport.height)
  await pdf.destroy()
  return { text, data }
}

describe('subset Noto Sans', () => {
  it('draws and extracts every Vietnamese letter exactly as the whole font does', async () => {
    const [subset, whole] = [await draw(true), await draw(false)]
    expect(subset.text.normalize('NFC')).toContain(vietnamese)
    expect(subset.text.normalize('NFC')).toContain(vietnamese.toUpperCase())
    expect(subset.text).toBe(whole.text)
    // Something was drawn: the comparison is of letters, not of two empty canvases.
    expect(subset.data.some((value, index) => index % 4 === 3 && value > 0)).toBe(true)
    expect(Buffer.compare(Buffer.from(subset.data), Buffer.from(whole.data))).toBe(0)
  })
})
