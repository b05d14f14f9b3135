import type { RefObject } from 'react'
import { type ActionInput, type ResultDelivery, resultDeliveries, resultFile } from '@/lib/dossiers/availableActions'
import { resultLabel } from '@/lib/dossiers/dossierLabels'

/** The largest result file the endpoint accepts. */
export const maxResultMb = resultFile.maxSizeMb

/** The action panel's words in both languages of the admin. */
export const words = {
  reason: ['Lý do (người nộp hồ sơ sẽ được thông báo)', 'Reason (the applicant is told)'],
  note: ['Ghi chú gửi người nộp hồ sơ (không bắt buộc)', 'Note to the applicant (optional)'],
  missing: ['Giấy tờ, nội dung cần bổ sung', 'Papers or information to supplement'],
  missingHint: ['Mỗi dòng một mục, ghi rõ để người nộp bổ sung một lần là đủ.', 'One item per line, precise enough for a single supplement.'],
  agency: ['Cơ quan nhận hồ sơ', 'Agency taking the dossier over'],
  agencyLoading: ['Đang tải danh sách cơ quan…', 'Loading the agencies…'],
  choose: ['— Chọn cơ quan —', '— Choose an agency —'],
  newDueAt: ['Ngày hẹn trả kết quả mới', 'New date for the result'],
  newDueAtHint: ['Giờ Việt Nam; phải sau ngày hẹn hiện tại.', 'Vietnam time; after the current due date.'],
  result: ['Hình thức trả kết quả', 'How the result is handed over'],
  file: ['Tệp kết quả', 'Result file'],
  fileHint: [`PDF, JPG hoặc PNG, tối đa ${maxResultMb} MB.`, `PDF, JPEG or PNG, up to ${maxResultMb} MB.`],
  fileTooLarge: [`Tệp kết quả lớn hơn ${maxResultMb} MB.`, `The result file is larger than ${maxResultMb} MB.`],
  confirm: ['Xác nhận', 'Confirm'],
  cancel: ['Huỷ', 'Cancel'],
  sure: ['Thao tác này kết thúc hồ sơ và không thể hoàn tác. Bạn chắc chắn?', 'This closes the dossier and cannot be undone. Are you sure?'],
  yes: ['Có, thực hiện', 'Yes, go ahead'],
  sending: ['Đang gửi…', 'Sending…'],
  done: ['Đã thực hiện', 'Done'],
  failed: ['Không gửi được yêu cầu; hãy thử lại.', 'The request could not be sent; try again.'],
  actions: ['Thao tác', 'Actions'],
} satisfies Record<string, [string, string]>

/** What the officer typed for the chosen action. */
export interface ActionValues {
  note: string
  missing: string
  agency: string
  newDueAt: string
  result: ResultDelivery
}

const control = { display: 'block', width: '100%', marginTop: '0.25rem', padding: '0.5rem', border: '1px solid var(--theme-elevation-250)', borderRadius: 3, background: 'var(--theme-input-bg)', color: 'var(--theme-text)' }
const hint = { display: 'block', margin: '0.25rem 0 0', color: 'var(--theme-elevation-500)' }

interface Props {
  /** Prefix of the inputs' ids. */
  id: string
  needs: ActionInput[]
  values: ActionValues
  set: (name: keyof ActionValues) => (event: { target: { value: string } }) => void
  agencies: { id: number; name: string }[] | null
  fileInput: RefObject<HTMLInputElement | null>
  t: (key: keyof typeof words) => string
  language: 'vi' | 'en'
}

/** The inputs an action needs (the state machine's `needs`), and the note that every action may carry. */
export function ActionInputs({ id, needs: required, values, set, agencies, fileInput, t, language }: Props) {
  const needs = (input: ActionInput) => required.includes(input)
  return (
    <>
      {needs('missing') && (
        <p style={{ marginTop: 0 }}>
          <label htmlFor={`${id}-missing`}>{t('missing')}</label>
          <textarea id={`${id}-missing`} aria-required aria-describedby={`${id}-missing-hint`} rows={4} value={values.missing} onChange={set('missing')} style={control} />
          <span id={`${id}-missing-hint`} style={hint}>{t('missingHint')}</span>
        </p>
      )}
      {needs('agency') && (
        <p style={{ marginTop: 0 }}>
          <label htmlFor={`${id}-agency`}>{t('agency')}</label>
          <select id={`${id}-agency`} aria-required value={values.agency} onChange={set('agency')} disabled={agencies === null} style={control}>
            <option value="">{agencies === null ? t('agencyLoading') : t('choose')}</option>
            {agencies?.map((agency) => <option key={agency.id} value={agency.id}>{agency.name}</option>)}
          </select>
        </p>
      )}
      {needs('newDueAt') && (
        <p style={{ marginTop: 0 }}>
          <label htmlFor={`${id}-due`}>{t('newDueAt')}</label>
          <input id={`${id}-due`} type="datetime-local" aria-required aria-describedby={`${id}-due-hint`} value={values.newDueAt} onChange={set('newDueAt')} style={control} />
          <span id={`${id}-due-hint`} style={hint}>{t('newDueAtHint')}</span>
        </p>
      )}
      {needs('result') && (
        <fieldset style={{ border: 0, padding: 0, margin: '0 0 1rem' }}>
          <legend>{t('result')}</legend>
          {resultDeliveries.map((delivery) => (
            <label key={delivery} style={{ display: 'block', marginTop: '0.25rem' }}>
              <input type="radio" name={`${id}-result`} value={delivery} checked={values.result === delivery} onChange={set('result')} /> {resultLabel[delivery][language]}
            </label>
          ))}
          {values.result === 'online' && (
            <p style={{ marginBottom: 0 }}>
              <label htmlFor={`${id}-file`}>{t('file')}</label>
              <input id={`${id}-file`} ref={fileInput} type="file" aria-required aria-describedby={`${id}-file-hint`} accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" style={{ display: 'block', marginTop: '0.25rem' }} />
              <span id={`${id}-file-hint`} style={hint}>{t('fileHint')}</span>
            </p>
          )}
        </fieldset>
      )}
      <p style={{ marginTop: 0 }}>
        <label htmlFor={`${id}-note`}>{needs('reason') ? t('reason') : t('note')}</label>
        <textarea id={`${id}-note`} aria-required={needs('reason')} rows={3} value={values.note} onChange={set('note')} style={control} />
      </p>
    </>
  )
}
