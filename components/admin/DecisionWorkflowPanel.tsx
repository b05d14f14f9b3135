'use client'
import { useAuth, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useId, useState } from 'react'
import type { DecisionReport } from '@/lib/workflow/decisionReport'

type Action = 'submit' | 'withdraw' | 'return' | 'approve' | 'publish'

const words = {
  title: ['Kiểm tra và xử lý quyết định', 'Checking and workflow'],
  saveFirst: ['Lưu quyết định trước, rồi kiểm tra và trình.', 'Save the decision first, then check and submit it.'],
  loading: ['Đang kiểm tra…', 'Checking…'],
  signed: ['Văn bản đã ký', 'Signed decision'],
  open: ['Mở PDF', 'Open the PDF'],
  items: ['Nội dung đã nhập', 'What was entered'],
  noItems: ['Chưa có thủ tục nào.', 'No procedure yet.'],
  missing: ['Còn thiếu hoặc sai', 'Missing or wrong'],
  warnings: ['Lưu ý', 'Note'],
  ready: ['Đủ điều kiện trình, duyệt và công bố.', 'Ready to be submitted, approved and published.'],
  changes: ['Thay đổi so với bản đang công khai', 'Changes against the published version'],
  field: ['Trường', 'Field'],
  before: ['Đang công khai', 'Published'],
  after: ['Sửa đổi', 'Amended'],
  comment: ['Ý kiến (bắt buộc khi trả lại)', 'Comment (required when returning)'],
  position: ['STT', 'No.'],
  action: ['Loại', 'Action'],
  procedure: ['Thủ tục', 'Procedure'],
  problems: ['Vấn đề', 'Problems'],
  none: ['Không', 'None'],
} satisfies Record<string, [string, string]>

const actionLabels: Record<Action, [string, string]> = {
  submit: ['Trình kiểm duyệt', 'Submit for checking'],
  withdraw: ['Rút lại', 'Withdraw'],
  return: ['Trả lại để sửa', 'Return for correction'],
  approve: ['Duyệt', 'Approve'],
  publish: ['Công bố ngay', 'Publish now'],
}

const itemActions: Record<string, [string, string]> = { publish: ['Công bố mới', 'New'], amend: ['Sửa đổi, bổ sung', 'Amended'], abolish: ['Bãi bỏ', 'Abolished'] }

/** What can be done from each state (the server decides who may; see lib/workflow/decisionWorkflow.ts). */
const offered: Record<string, Action[]> = { draft: ['submit'], returned: ['submit'], submitted: ['approve', 'return', 'withdraw'], approved: ['publish'], published: [] }

async function fetchReport(id: number | string, language: string): Promise<DecisionReport | null> {
  const response = await fetch(`/api/publicationDecisions/${id}/check`, { credentials: 'include', headers: { 'Accept-Language': language } })
  return response.ok ? ((await response.json()) as DecisionReport) : null
}

/**
 * Shown on a publication decision in the admin: the signed PDF beside what was entered, each
 * amendment's field-level changes, what is missing (GET …/check), and the workflow's buttons
 * (POST …/workflow). The page reloads after a step so that the form shows the new state.
 */
export function DecisionWorkflowPanel() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const en = i18n.language === 'en'
  const t = (key: keyof typeof words) => words[key][en ? 1 : 0]
  const [report, setReport] = useState<DecisionReport | null>(null)
  const [comment, setComment] = useState('')
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const commentId = useId()

  // Incremented to check again after a refused step (the report may have changed).
  const [checks, setChecks] = useState(0)
  useEffect(() => {
    if (!id) return
    let current = true
    void fetchReport(id, i18n.language).then((fetched) => {
      if (current && fetched) setReport(fetched)
    })
    return () => {
      current = false
    }
  }, [id, i18n.language, checks])

  if (!id) return <p style={{ margin: '1rem 0' }}>{t('saveFirst')}</p>

  const run = async (action: Action) => {
    setBusy(true)
    setMessage(null)
    const response = await fetch(`/api/publicationDecisions/${id}/workflow`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action, comment: comment || undefined }),
    })
    const body = (await response.json().catch(() => ({}))) as { message?: string; messageVi?: string }
    setBusy(false)
    setMessage({ ok: response.ok, text: (en ? body.message : (body.messageVi ?? body.message)) ?? String(response.status) })
    if (response.ok) window.location.reload()
    else setChecks((n) => n + 1)
  }

  const actions = report ? (offered[report.decision.status] ?? []) : []
  return (
    <section aria-labelledby="decision-check-title" style={{ margin: '1.5rem 0', padding: '1rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}>
      <h3 id="decision-check-title" style={{ marginTop: 0 }}>{t('title')}</h3>
      {!report && <p>{t('loading')}</p>}
      {report && (
        <div style={{ display: 'grid', gap: '1rem', gridTemplateColumns: report.decision.document ? 'repeat(auto-fit, minmax(22rem, 1fr))' : '1fr' }}>
          {report.decision.document && (
            <div>
              <h4>
                {t('signed')} · <a href={report.decision.document.url} target="_blank" rel="noreferrer">{t('open')}</a>
              </h4>
              <iframe title={t('signed')} src={report.decision.document.url} style={{ width: '100%', height: '32rem', border: '1px solid var(--theme-elevation-150)' }} />
            </div>
          )}
          <div>
            {(report.problems.length > 0 || report.items.some((i) => i.problems.length > 0)) && (
              <div role="alert" style={{ borderLeft: '4px solid var(--theme-error-500)', padding: '0.5rem 1rem', marginBottom: '1rem' }}>
                <strong>{t('missing')}</strong>
                <ul>
                  {report.problems.map((p) => <li key={p}>{p}</li>)}
                  {report.items.flatMap((item) => item.problems.map((p) => <li key={`${item.position}-${p}`}>#{item.position} {item.procedure?.code}: {p}</li>))}
                </ul>
              </div>
            )}
            {report.ready && <p style={{ borderLeft: '4px solid var(--theme-success-500)', padding: '0.5rem 1rem' }}>{t('ready')}</p>}
            {report.warnings.length > 0 && (
              <p style={{ borderLeft: '4px solid var(--theme-warning-500)', padding: '0.5rem 1rem' }}>
                <strong>{t('warnings')}:</strong> {report.warnings.join(' ')}
              </p>
            )}
            <h4>{t('items')}</h4>
            {report.items.length === 0 ? (
              <p>{t('noItems')}</p>
            ) : (
              <table style={{ width: '100%', borderCollapse: 'collapse' }}>
                <thead>
                  <tr>
                    <th scope="col" style={{ textAlign: 'left' }}>{t('position')}</th>
                    <th scope="col" style={{ textAlign: 'left' }}>{t('action')}</th>
                    <th scope="col" style={{ textAlign: 'left' }}>{t('procedure')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.items.map((item) => (
                    <tr key={item.position} style={{ borderTop: '1px solid var(--theme-elevation-150)', verticalAlign: 'top' }}>
                      <td>{item.position}</td>
                      <td>{itemActions[item.action]?.[en ? 1 : 0] ?? item.action}</td>
                      <td>
                        {item.procedure ? (
                          <a href={`/admin/collections/procedures/${item.procedure.id}`}>{item.procedure.code} · {item.procedure.name}</a>
                        ) : (
                          '—'
                        )}
                        {item.changes && item.changes.length > 0 && (
                          <details open style={{ marginTop: '0.5rem' }}>
                            <summary>{t('changes')} ({item.changes.length})</summary>
                            <table style={{ width: '100%', borderCollapse: 'collapse', marginTop: '0.5rem' }}>
                              <thead>
                                <tr>
                                  <th scope="col" style={{ textAlign: 'left' }}>{t('field')}</th>
                                  <th scope="col" style={{ textAlign: 'left' }}>{t('before')}</th>
                                  <th scope="col" style={{ textAlign: 'left' }}>{t('after')}</th>
                                </tr>
                              </thead>
                              <tbody>
                                {item.changes.map((change) => (
                                  <tr key={change.field} style={{ borderTop: '1px solid var(--theme-elevation-100)', verticalAlign: 'top' }}>
                                    <th scope="row" style={{ textAlign: 'left', fontWeight: 600 }}>{change.field}</th>
                                    <td style={{ whiteSpace: 'pre-wrap' }}><del>{change.before}</del></td>
                                    <td style={{ whiteSpace: 'pre-wrap' }}><ins>{change.after}</ins></td>
                                  </tr>
                                ))}
                              </tbody>
                            </table>
                          </details>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        </div>
      )}
      {user && actions.length > 0 && (
        <div style={{ marginTop: '1rem' }}>
          {actions.includes('return') && (
            <div style={{ marginBottom: '0.5rem' }}>
              <label htmlFor={commentId} style={{ display: 'block' }}>{t('comment')}</label>
              <textarea id={commentId} value={comment} onChange={(e) => setComment(e.target.value)} rows={3} style={{ width: '100%' }} />
            </div>
          )}
          <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
            {actions.map((action) => (
              <button key={action} type="button" className="btn btn--style-secondary btn--size-medium" disabled={busy} onClick={() => void run(action)}>
                {actionLabels[action][en ? 1 : 0]}
              </button>
            ))}
          </div>
        </div>
      )}
      <p role="status" style={{ color: message?.ok ? undefined : 'var(--theme-error-500)' }}>{message?.text}</p>
    </section>
  )
}
