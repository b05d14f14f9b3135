import { rgb, type PDFFont } from 'pdf-lib'
import type { TextStyle } from './pageCursor'

export interface ReceiptFonts {
  regular: PDFFont
  bold: PDFFont
}

const ink = rgb(0, 0, 0)
const muted = rgb(0.33, 0.33, 0.33)
const link = rgb(0.05, 0.25, 0.6)

/** The few type styles of the receipt, in one place so that its sections look alike. */
export const receiptStyles = (fonts: ReceiptFonts) =>
  ({
    header: { font: fonts.bold, size: 10.5, color: ink },
    motto: { font: fonts.bold, size: 11.5, color: ink },
    title: { font: fonts.bold, size: 14, color: ink },
    label: { font: fonts.regular, size: 10.5, color: muted },
    value: { font: fonts.regular, size: 10.5, color: ink },
    strong: { font: fonts.bold, size: 10.5, color: ink },
    heading: { font: fonts.bold, size: 11, color: ink },
    fileName: { font: fonts.regular, size: 9, color: muted },
    link: { font: fonts.regular, size: 9.5, color: link },
    small: { font: fonts.regular, size: 8.5, color: muted },
  }) satisfies Record<string, TextStyle>

export type ReceiptStyles = ReturnType<typeof receiptStyles>
