import type { PDFImage } from 'pdf-lib'
import { contentWidth, ensureSpace, lineHeight, margin, rowHeight, writeRow, type Cell, type Cursor, type TextStyle } from './pageCursor'
import type { ReceiptLabels } from './receiptLabels'
import type { ReceiptStyles } from './receiptStyles'

/** One "label: value" line of the receipt. */
export interface Fact {
  label: string
  value: string
  strong?: boolean
}

const labelWidth = 150
const gap = 8
const full = (text: string, style: TextStyle): Cell => ({ text, x: margin.left, width: contentWidth, style })

/** The facts as two columns, labels on the left and values wrapped on the right. */
export function writeFacts(cursor: Cursor, styles: ReceiptStyles, facts: Fact[]): void {
  for (const fact of facts) {
    writeRow(cursor, [
      { text: `${fact.label}:`, x: margin.left, width: labelWidth, style: styles.label },
      { text: fact.value, x: margin.left + labelWidth + gap, width: contentWidth - labelWidth - gap, style: fact.strong ? styles.strong : styles.value },
    ])
    cursor.y -= 4
  }
}

/** The documents as a numbered list, each with its file name under it; a long list runs onto further pages. */
export function writeDocuments(cursor: Cursor, styles: ReceiptStyles, labels: ReceiptLabels, documents: { requirement: string; fileName: string }[]): void {
  cursor.y -= 8
  const heading = [full(`${labels.documents} (${documents.length}):`, styles.heading)]
  // Not a heading alone at the foot of a page.
  ensureSpace(cursor, rowHeight(heading) + 3 * lineHeight(styles.value))
  writeRow(cursor, heading)
  cursor.y -= 2
  if (documents.length === 0) writeRow(cursor, [full(labels.noDocuments, styles.value)])
  const indent = 26
  const text = { x: margin.left + indent, width: contentWidth - indent }
  documents.forEach((document, index) => {
    const name: Cell[] = [
      { text: `${index + 1}.`, x: margin.left, width: indent - 6, style: styles.value, align: 'right' },
      { ...text, text: document.requirement, style: styles.value },
    ]
    const file: Cell[] = [{ ...text, text: document.fileName, style: styles.fileName }]
    // A document's name and its file stay on the same page.
    ensureSpace(cursor, rowHeight(name) + rowHeight(file))
    writeRow(cursor, name)
    writeRow(cursor, file)
    cursor.y -= 3
  })
}

const qrSize = 96
// At least four QR modules of white around the code, which the PNG leaves out.
const qrQuietZone = 18

/** The QR code of the tracking URL, with its caption and the URL in print beside it for those who cannot scan. */
export function writeTracking(cursor: Cursor, styles: ReceiptStyles, labels: ReceiptLabels, qr: PDFImage, url: string): void {
  const text = { x: margin.left + qrSize + qrQuietZone, width: contentWidth - qrSize - qrQuietZone }
  const caption: Cell[] = [{ ...text, text: labels.qrCaption, style: styles.strong }]
  const link: Cell[] = [{ ...text, text: url, style: styles.link }]
  const textHeight = rowHeight(caption) + 4 + rowHeight(link)
  cursor.y -= qrQuietZone
  ensureSpace(cursor, Math.max(qrSize, textHeight))
  const top = cursor.y
  cursor.page.drawImage(qr, { x: margin.left, y: top - qrSize, width: qrSize, height: qrSize })
  const beside = { ...cursor, y: top - Math.max(0, (qrSize - textHeight) / 2) }
  writeRow(beside, caption)
  beside.y -= 4
  writeRow(beside, link)
  cursor.y = Math.min(top - qrSize, beside.y)
}

/** The closing note that the receipt was issued electronically. */
export function writeFootnote(cursor: Cursor, styles: ReceiptStyles, note: string): void {
  cursor.y -= 16
  writeRow(cursor, [full(note, styles.small)])
}
