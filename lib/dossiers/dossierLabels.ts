import type { Bilingual } from './forms/types'
import type { ResultDelivery } from './availableActions'
import { type DossierAction, type DossierState, stateVi } from './dossierWorkflow'

/** The states' names in English (Vietnamese: stateVi, beside the state machine). */
export const stateEn: Record<DossierState, string> = {
  submitted: 'Awaiting receipt',
  supplementRequested: 'Supplement requested',
  received: 'Received',
  processing: 'Processing',
  approved: 'Result ready',
  returned: 'Result returned',
  refused: 'Refused',
  withdrawn: 'Withdrawn',
}

/** A state's name in both languages, for the admin. */
export const stateLabel = (state: DossierState): Bilingual => ({ vi: stateVi[state], en: stateEn[state] })

/** The officers' and citizens' actions as the timeline and the officers' buttons name them. */
export const actionLabel: Record<'submit' | DossierAction, Bilingual> = {
  submit: { vi: 'Nộp hồ sơ trực tuyến', en: 'Submitted online' },
  receive: { vi: 'Tiếp nhận hồ sơ', en: 'Receive' },
  requestSupplement: { vi: 'Yêu cầu bổ sung hồ sơ', en: 'Ask for a supplement' },
  supplement: { vi: 'Bổ sung hồ sơ', en: 'Supplemented' },
  refuse: { vi: 'Từ chối giải quyết', en: 'Refuse' },
  process: { vi: 'Chuyển xử lý', en: 'Start processing' },
  transfer: { vi: 'Chuyển cơ quan khác giải quyết', en: 'Transfer to another agency' },
  apologize: { vi: 'Xin lỗi và hẹn lại ngày trả kết quả', en: 'Apologise and set a new date' },
  approve: { vi: 'Duyệt kết quả', en: 'Approve the result' },
  returnResult: { vi: 'Trả kết quả', en: 'Return the result' },
  withdraw: { vi: 'Rút hồ sơ', en: 'Withdrawn' },
}

/** How a result is handed over. */
export const resultLabel: Record<ResultDelivery, Bilingual> = {
  online: { vi: 'Bản điện tử trong tài khoản của người nộp', en: 'Electronic copy in the applicant’s account' },
  inPerson: { vi: 'Người nộp nhận trực tiếp tại cơ quan', en: 'Collected in person at the agency' },
  post: { vi: 'Gửi qua dịch vụ bưu chính', en: 'Sent by post' },
}
