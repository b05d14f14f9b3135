import { PageSizes, type Color, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib'
import { wrapText } from './wrapText'

export const [pageWidth, pageHeight] = PageSizes.A4
/** Margins of an administrative paper (left wider for binding), in points. */
export const margin = { top: 57, bottom: 62, left: 71, right: 57 } as const
export const contentWidth = pageWidth - margin.left - margin.right

export interface TextStyle {
  font: PDFFont
  size: number
  color?: Color
}

/** Where the next line goes: the top of the free space on the last page. */
export interface Cursor {
  doc: PDFDocument
  page: PDFPage
  y: number
}

/** A column of a row: its text is wrapped to its width. */
export interface Cell {
  text: string
  x: number
  width: number
  style: TextStyle
  align?: 'left' | 'center' | 'right'
}

/** The distance from one line's top to the next's. */
export const lineHeight = (style: TextStyle) => style.size * 1.45

/** A cursor at the top of a new A4 page. */
export function newPage(doc: PDFDocument): Cursor {
  return { doc, page: doc.addPage(PageSizes.A4), y: pageHeight - margin.top }
}

/** Moves to a new page unless `height` still fits above the bottom margin. */
export function ensureSpace(cursor: Cursor, height: number): void {
  if (cursor.y - height >= margin.bottom) return
  const next = newPage(cursor.doc)
  cursor.page = next.page
  cursor.y = next.y
}

// Composed letters: NFD input (as some keyboards send it) would otherwise draw the marks beside
// their letters, since pdf-lib places glyphs by advance width only.
const linesOf = (cell: Cell) => wrapText(cell.text.normalize('NFC'), cell.style.font, cell.style.size, cell.width)

/** The height that a row takes. */
export function rowHeight(cells: Cell[]): number {
  return Math.max(...cells.map((cell) => linesOf(cell).length * lineHeight(cell.style)))
}

function drawLine(page: PDFPage, cell: Cell, line: string, top: number): void {
  const { font, size, color } = cell.style
  const width = font.widthOfTextAtSize(line, size)
  const shift = cell.align === 'center' ? (cell.width - width) / 2 : cell.align === 'right' ? cell.width - width : 0
  page.drawText(line, { x: cell.x + shift, y: top - font.heightAtSize(size, { descender: false }), font, size, color })
}

/**
 * Writes cells side by side (label and value, or the header's two columns), each wrapped in its
 * column. A row is kept on one page when it fits on one; a longer one continues on the next.
 * Each column is drawn in one piece per page, so that text extraction reads it in order.
 */
export function writeRow(cursor: Cursor, cells: Cell[]): void {
  const wrapped = cells.map((cell) => ({ cell, lines: linesOf(cell), step: lineHeight(cell.style) }))
  const step = Math.max(...wrapped.map(({ step }) => step))
  const count = Math.max(...wrapped.map(({ lines }) => lines.length))
  ensureSpace(cursor, Math.min(count * step, pageHeight - margin.top - margin.bottom))
  for (let done = 0; done < count; ) {
    ensureSpace(cursor, step)
    const fit = Math.min(count - done, Math.floor((cursor.y - margin.bottom) / step))
    for (const { cell, lines } of wrapped) {
      lines.slice(done, done + fit).forEach((line, index) => drawLine(cursor.page, cell, line, cursor.y - index * step))
    }
    cursor.y -= fit * step
    done += fit
  }
}
