import type { Locale } from '@/i18n/routing'
import type { DossierState } from '@/lib/dossiers/dossierWorkflow'
import { vietnamDay } from '@/lib/workdays/days'
import en from '@/messages/en.json'
import vi from '@/messages/vi.json'
import type { DossierNotice, DossierNotificationEvent } from './types'

interface EventText {
  subject: (code: string) => string
  lead: (notice: DossierNotice) => string
  /** A paragraph after the facts. */
  after?: string
}

export interface NoticeTexts {
  portal: string
  labels: Record<
    'code' | 'procedure' | 'agency' | 'status' | 'submittedAt' | 'receivedAt' | 'dueAt' | 'provisionalDueAt' | 'newDueAt' | 'missing' | 'reason' | 'note' | 'tracking' | 'account',
    string
  >
  /** The state names the tracking page shows (messages/*.json). */
  states: Record<DossierState, string>
  events: Record<DossierNotificationEvent, EventText>
  footer: string
}

/** A day as dd/mm/yyyy, in Vietnam's time zone (as the citizen reads it on the receipt). */
export const formatDay = (at: string | Date) => vietnamDay(new Date(at)).split('-').reverse().join('/')

const textsVi: NoticeTexts = {
  portal: 'Cổng Dịch vụ công quốc gia',
  labels: {
    code: 'Mã hồ sơ',
    procedure: 'Thủ tục',
    agency: 'Cơ quan giải quyết',
    status: 'Trạng thái',
    submittedAt: 'Ngày nộp',
    receivedAt: 'Ngày tiếp nhận',
    dueAt: 'Ngày hẹn trả kết quả',
    provisionalDueAt: 'Ngày hẹn trả kết quả (dự kiến)',
    newDueAt: 'Ngày hẹn trả kết quả mới',
    missing: 'Nội dung cần bổ sung',
    reason: 'Lý do',
    note: 'Ghi chú của cơ quan giải quyết',
    tracking: 'Tra cứu tiến độ hồ sơ',
    account: 'Tài khoản của bạn',
  },
  states: vi.Tracking.states,
  events: {
    submitted: {
      subject: (code) => `Hồ sơ ${code} đã được nộp thành công`,
      lead: () => 'Hồ sơ của bạn đã được nộp thành công và đang chờ cơ quan giải quyết tiếp nhận.',
      after: 'Hãy giữ mã hồ sơ để tra cứu tiến độ giải quyết.',
    },
    receive: { subject: (code) => `Hồ sơ ${code} đã được tiếp nhận`, lead: () => 'Hồ sơ của bạn đã được tiếp nhận.' },
    requestSupplement: {
      subject: (code) => `Hồ sơ ${code} cần bổ sung`,
      lead: () => 'Cơ quan giải quyết đề nghị bạn bổ sung, hoàn thiện hồ sơ.',
      after: 'Thời gian giải quyết được tạm dừng cho đến khi bạn bổ sung đủ. Hãy đăng nhập vào tài khoản để bổ sung hồ sơ.',
    },
    supplement: { subject: (code) => `Hồ sơ ${code} đã được bổ sung`, lead: () => 'Hồ sơ của bạn đã được bổ sung và chuyển lại cho cơ quan giải quyết.' },
    refuse: { subject: (code) => `Hồ sơ ${code} bị từ chối giải quyết`, lead: () => 'Cơ quan giải quyết đã từ chối giải quyết hồ sơ của bạn.' },
    transfer: {
      subject: (code) => `Hồ sơ ${code} được chuyển sang cơ quan khác giải quyết`,
      lead: (notice) => `Hồ sơ của bạn đã được chuyển đến ${notice.agency} để giải quyết.`,
    },
    process: { subject: (code) => `Hồ sơ ${code} đang được giải quyết`, lead: () => 'Hồ sơ của bạn đã được chuyển đến bộ phận chuyên môn và đang được giải quyết.' },
    apologize: {
      subject: (code) => `Xin lỗi và hẹn lại ngày trả kết quả hồ sơ ${code}`,
      lead: () => 'Cơ quan giải quyết thành thật xin lỗi vì chưa thể trả kết quả hồ sơ của bạn đúng hẹn và xin hẹn lại ngày trả kết quả.',
    },
    approve: { subject: (code) => `Hồ sơ ${code} đã có kết quả`, lead: () => 'Hồ sơ của bạn đã được giải quyết xong và đã có kết quả.' },
    returnResult: { subject: (code) => `Đã trả kết quả hồ sơ ${code}`, lead: () => 'Kết quả giải quyết hồ sơ của bạn đã được trả.' },
    withdraw: { subject: (code) => `Hồ sơ ${code} đã được rút`, lead: () => 'Hồ sơ của bạn đã được rút theo yêu cầu của bạn và sẽ không được tiếp tục giải quyết.' },
  },
  footer:
    'Thư này được gửi tự động từ Cổng Dịch vụ công quốc gia, vui lòng không trả lời. Bạn nhận được thư vì đã chọn nhận thông báo qua thư điện tử; ' +
    'bạn có thể thay đổi lựa chọn này trong mục “Liên hệ và thông báo” của tài khoản.',
}

const textsEn: NoticeTexts = {
  portal: 'National Public Service Portal',
  labels: {
    code: 'Application code',
    procedure: 'Procedure',
    agency: 'Handling agency',
    status: 'Status',
    submittedAt: 'Submitted',
    receivedAt: 'Received',
    dueAt: 'Result due',
    provisionalDueAt: 'Result due (provisional)',
    newDueAt: 'New result date',
    missing: 'What is needed',
    reason: 'Reason',
    note: 'Note from the handling agency',
    tracking: 'Track the application',
    account: 'Your account',
  },
  states: en.Tracking.states,
  events: {
    submitted: {
      subject: (code) => `Application ${code} submitted`,
      lead: () => 'Your application has been submitted and is waiting to be received by the handling agency.',
      after: 'Keep the application code to track its progress.',
    },
    receive: { subject: (code) => `Application ${code} received`, lead: () => 'Your application has been received.' },
    requestSupplement: {
      subject: (code) => `Application ${code}: more documents needed`,
      lead: () => 'The handling agency asks you to complete your application.',
      after: 'The processing time is paused until you have supplied everything. Sign in to your account to complete the application.',
    },
    supplement: {
      subject: (code) => `Application ${code}: documents supplemented`,
      lead: () => 'The documents you supplied have been added to your application, which is back with the handling agency.',
    },
    refuse: { subject: (code) => `Application ${code} refused`, lead: () => 'The handling agency has refused your application.' },
    transfer: {
      subject: (code) => `Application ${code} transferred to another agency`,
      lead: (notice) => `Your application has been transferred to ${notice.agency}, which will handle it.`,
    },
    process: { subject: (code) => `Application ${code} is being processed`, lead: () => 'Your application has been passed to the officials in charge and is being processed.' },
    apologize: {
      subject: (code) => `Application ${code}: apology and new result date`,
      lead: () => 'The handling agency apologises that the result of your application is not ready on the date given, and sets a new date.',
    },
    approve: { subject: (code) => `Result ready for application ${code}`, lead: () => 'Your application has been decided and the result is ready.' },
    returnResult: { subject: (code) => `Result of application ${code} returned`, lead: () => 'The result of your application has been returned to you.' },
    withdraw: { subject: (code) => `Application ${code} withdrawn`, lead: () => 'Your application has been withdrawn at your request and will not be processed further.' },
  },
  footer:
    'This message was sent automatically by the National Public Service Portal; please do not reply. You receive it because you chose to get notices by e-mail; ' +
    'you can change this under “Contact and notices” in your account.',
}

/** The notices' wording in a language. */
export const noticeTexts = (locale: Locale): NoticeTexts => (locale === 'en' ? textsEn : textsVi)
