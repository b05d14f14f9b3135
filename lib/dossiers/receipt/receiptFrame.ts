import { rgb, type PDFDocument } from 'pdf-lib'
import { contentWidth, margin, pageWidth, writeRow, type Cell, type Cursor } from './pageCursor'
import type { ReceiptLabels } from './receiptLabels'
import type { ReceiptStyles } from './receiptStyles'

const issuerWidth = contentWidth * 0.42
const gutter = 12

function underline(cursor: Cursor, centre: number, width: number, y: number): void {
  cursor.page.drawLine({ start: { x: centre - width / 2, y }, end: { x: centre + width / 2, y }, thickness: 0.6, color: rgb(0, 0, 0) })
}

/**
 * The head of an official paper, as Vietnamese administrative documents lay it out: the issuer on
 * the left, the state's name and motto (underlined) on the right, then the title. The two
 * columns wrap independently, so that a long issuer name does not push the motto down.
 */
export function writeHeader(cursor: Cursor, styles: ReceiptStyles, labels: ReceiptLabels, issuer: string, locale: 'vi' | 'en'): void {
  const top = cursor.y
  const issuerCell: Cell = { text: issuer.toLocaleUpperCase(locale), x: margin.left, width: issuerWidth, style: styles.header, align: 'center' }
  const state = { x: margin.left + issuerWidth + gutter, width: contentWidth - issuerWidth - gutter, align: 'center' } as const
  const left = { ...cursor }
  writeRow(left, [issuerCell])
  underline(cursor, margin.left + issuerWidth / 2, issuerWidth / 3, left.y - 2)

  const right = { ...cursor }
  writeRow(right, [{ ...state, text: labels.nation, style: styles.header }])
  const mottoTop = right.y
  writeRow(right, [{ ...state, text: labels.motto, style: styles.motto }])
  const { font, size } = styles.motto
  const mottoBaseline = mottoTop - font.heightAtSize(size, { descender: false })
  underline(cursor, state.x + state.width / 2, Math.min(font.widthOfTextAtSize(labels.motto, size), state.width), mottoBaseline - 3)

  cursor.y = Math.min(left.y, right.y, top) - 28
  writeRow(cursor, [{ text: labels.title, x: margin.left, width: contentWidth, style: styles.title, align: 'center' }])
  cursor.y -= 16
}

/** The dossier code and "page n of m" at the foot of every page, so that loose pages find their dossier. */
export function writePageFooters(doc: PDFDocument, styles: ReceiptStyles, labels: ReceiptLabels, code: string): void {
  const { font, size, color } = styles.small
  const y = margin.bottom - 30
  const pages = doc.getPages()
  pages.forEach((page, index) => {
    const number = labels.page(index + 1, pages.length)
    page.drawText(code, { x: margin.left, y, font, size, color })
    page.drawText(number, { x: pageWidth - margin.right - font.widthOfTextAtSize(number, size), y, font, size, color })
  })
}
