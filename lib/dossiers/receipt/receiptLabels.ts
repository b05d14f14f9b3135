export type ReceiptLocale = 'vi' | 'en'

export interface ReceiptLabels {
  nation: string
  motto: string
  title: string
  /** The PDF's title in a viewer's window and tab. */
  documentTitle: (code: string) => string
  code: string
  procedure: string
  procedureCode: string
  agency: string
  applicant: string
  personalId: string
  submittedAt: string
  appointment: string
  appointmentPending: string
  resultDelivery: string
  documents: string
  noDocuments: string
  qrCaption: string
  footnote: (portalName: string) => string
  page: (page: number, pages: number) => string
}

/** The receipt's fixed wording: the Vietnamese follows the form of "phiếu hẹn trả kết quả", the English translates it. */
export const receiptLabels: Record<ReceiptLocale, ReceiptLabels> = {
  vi: {
    nation: 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    title: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
    documentTitle: (code) => `Giấy tiếp nhận hồ sơ và hẹn trả kết quả ${code}`,
    code: 'Mã hồ sơ',
    procedure: 'Thủ tục hành chính',
    procedureCode: 'Mã thủ tục',
    agency: 'Cơ quan giải quyết',
    applicant: 'Người nộp hồ sơ',
    personalId: 'Số định danh cá nhân',
    submittedAt: 'Thời điểm nộp',
    appointment: 'Ngày hẹn trả kết quả',
    appointmentPending: 'Sẽ được xác định khi cơ quan giải quyết tiếp nhận hồ sơ',
    resultDelivery: 'Hình thức nhận kết quả',
    documents: 'Thành phần hồ sơ đã nộp',
    noDocuments: 'Không có giấy tờ đính kèm.',
    qrCaption: 'Quét mã để tra cứu tiến độ hồ sơ',
    footnote: (portalName) => `Giấy tiếp nhận này được cấp dưới dạng điện tử bởi ${portalName}.`,
    page: (page, pages) => `Trang ${page}/${pages}`,
  },
  en: {
    nation: 'SOCIALIST REPUBLIC OF VIET NAM',
    motto: 'Independence - Freedom - Happiness',
    title: 'RECEIPT OF DOSSIER AND APPOINTMENT FOR THE RESULT',
    documentTitle: (code) => `Receipt of dossier ${code} and appointment for the result`,
    code: 'Dossier code',
    procedure: 'Administrative procedure',
    procedureCode: 'Procedure code',
    agency: 'Handling agency',
    applicant: 'Applicant',
    personalId: 'Personal identification number',
    submittedAt: 'Submitted at',
    appointment: 'Appointment for the result',
    appointmentPending: 'To be set when the handling agency receives the dossier',
    resultDelivery: 'How the result will be received',
    documents: 'Documents submitted',
    noDocuments: 'No documents attached.',
    qrCaption: "Scan the code to track the dossier's progress",
    footnote: (portalName) => `This receipt was issued electronically by ${portalName}.`,
    page: (page, pages) => `Page ${page} of ${pages}`,
  },
}
