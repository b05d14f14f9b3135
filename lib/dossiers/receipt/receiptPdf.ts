import fontkit from '@pdf-lib/fontkit'
import { PDFDocument } from 'pdf-lib'
import { newPage } from './pageCursor'
import { writeDocuments, writeFacts, writeFootnote, writeTracking, type Fact } from './receiptBody'
import { receiptFontFiles } from './receiptFonts'
import { formatVietnamDateTime, maskPersonalId } from './receiptFormat'
import { writeHeader, writePageFooters } from './receiptFrame'
import { receiptLabels, type ReceiptLabels, type ReceiptLocale } from './receiptLabels'
import { receiptStyles } from './receiptStyles'
import { trackingQrPng } from './trackingQr'

/** What a receipt for an online submission shows (giấy tiếp nhận hồ sơ và hẹn trả kết quả), as plain data. */
export interface DossierReceipt {
  code: string
  procedure: { name: string; code: string }
  agencyName: string
  /** The full personal identification number: the receipt prints only its last four digits. */
  applicant: { fullName: string; personalId: string }
  submittedAt: Date
  /** Null until the agency receives the dossier and sets the date. */
  appointmentAt: Date | null
  documents: { requirement: string; fileName: string }[]
  /** How the applicant chose to receive the result, as a label in the receipt's language. */
  resultDelivery: string
  /** Absolute URL of the dossier's tracking page, printed and encoded in the QR code. */
  trackingUrl: string
  portalName: string
}

const factsOf = (receipt: DossierReceipt, labels: ReceiptLabels): Fact[] => [
  { label: labels.code, value: receipt.code, strong: true },
  { label: labels.procedure, value: receipt.procedure.name },
  { label: labels.procedureCode, value: receipt.procedure.code },
  { label: labels.agency, value: receipt.agencyName },
  { label: labels.applicant, value: receipt.applicant.fullName },
  { label: labels.personalId, value: maskPersonalId(receipt.applicant.personalId) },
  { label: labels.submittedAt, value: formatVietnamDateTime(receipt.submittedAt) },
  { label: labels.appointment, value: receipt.appointmentAt ? formatVietnamDateTime(receipt.appointmentAt) : labels.appointmentPending, strong: Boolean(receipt.appointmentAt) },
  { label: labels.resultDelivery, value: receipt.resultDelivery },
]

/** The receipt of an online submission as an A4 PDF in Vietnamese or English, with a QR code to track the dossier. */
export async function renderReceiptPdf(receipt: DossierReceipt, locale: ReceiptLocale): Promise<Uint8Array> {
  const labels = receiptLabels[locale]
  const [files, qrPng, doc] = await Promise.all([receiptFontFiles(), trackingQrPng(receipt.trackingUrl), PDFDocument.create()])
  doc.registerFontkit(fontkit)
  // Subsetting keeps only the glyphs used: a receipt of about 30 KB instead of 1 MB with the whole fonts.
  const [regular, bold, qr] = await Promise.all([doc.embedFont(files.regular, { subset: true }), doc.embedFont(files.bold, { subset: true }), doc.embedPng(qrPng)])
  const styles = receiptStyles({ regular, bold })

  doc.setTitle(labels.documentTitle(receipt.code), { showInWindowTitleBar: true })
  doc.setLanguage(locale)
  doc.setSubject(receipt.procedure.name)
  doc.setAuthor(receipt.portalName)
  doc.setCreator(receipt.portalName)
  doc.setProducer(receipt.portalName)

  const cursor = newPage(doc)
  writeHeader(cursor, styles, labels, receipt.portalName, locale)
  writeFacts(cursor, styles, factsOf(receipt, labels))
  writeDocuments(cursor, styles, labels, receipt.documents)
  writeTracking(cursor, styles, labels, qr, receipt.trackingUrl)
  writeFootnote(cursor, styles, labels.footnote(receipt.portalName))
  writePageFooters(doc, styles, labels, receipt.code)
  return doc.save()
}
