import type { UIFieldServerProps } from 'payload'
import { hasRole } from '@/access/roles'
import { availableActions, destructiveActions, inputsOf } from '@/lib/dossiers/availableActions'
import { actionLabel, stateLabel } from '@/lib/dossiers/dossierLabels'
import { finalStates } from '@/lib/dossiers/dossierWorkflow'
import { DossierActionForm } from './DossierActionForm.client'
import { dossierPanelProps, idOf } from './dossierProps'
import { DueDate } from './DueDate'
import { Panel } from './Panel'

/**
 * Where the dossier stands (state, due date, what the citizen must supplement) and the actions the
 * state machine allows an officer from here, each with the inputs it needs. The endpoint decides
 * again; this only offers what would be accepted.
 */
export function DossierActions(props: UIFieldServerProps) {
  const { dossier, language } = dossierPanelProps(props)
  if (!dossier) return null
  const en = language === 'en'
  const mayAct = hasRole(props.req, 'admin', 'agencyAdmin', 'officer', 'reviewer')
  const actions = mayAct ? availableActions(dossier.status) : []
  const missing = dossier.status === 'supplementRequested' && Array.isArray(dossier.missing) ? dossier.missing.map(String) : []
  const idle = finalStates.includes(dossier.status)
    ? en ? 'The dossier is closed: nothing more to do.' : 'Hồ sơ đã kết thúc; không còn thao tác nào.'
    : !mayAct
      ? en ? 'Your account does not handle dossiers.' : 'Tài khoản không có quyền xử lý hồ sơ.'
      : en ? 'Waiting for the applicant.' : 'Đang chờ người nộp hồ sơ.'
  return (
    <Panel id="dossier-actions" title={en ? 'Handling' : 'Xử lý hồ sơ'}>
      <p style={{ margin: '0 0 0.75rem' }}>
        {en ? 'Status' : 'Trạng thái'}: <strong>{stateLabel(dossier.status)[language]}</strong> · {en ? 'Result due' : 'Hẹn trả kết quả'}:{' '}
        {/* Rendered on the server for each request: "now" is the moment the officer opens the dossier. */}
        <DueDate dueAt={dossier.dueAt} closedAt={dossier.closedAt} now={new Date()} language={language} />
      </p>
      {missing.length > 0 && (
        <div style={{ marginBottom: '0.75rem' }}>
          {en ? 'The applicant was asked to supplement:' : 'Người nộp được yêu cầu bổ sung:'}
          <ul>{missing.map((item, index) => <li key={index}>{item}</li>)}</ul>
        </div>
      )}
      {actions.length === 0 ? (
        <p style={{ marginBottom: 0 }}>{idle}</p>
      ) : (
        <DossierActionForm
          dossierId={dossier.id}
          currentAgency={idOf(dossier.agency)}
          language={language}
          actions={actions.map((action) => ({ action, label: actionLabel[action][language], needs: inputsOf(action), destructive: destructiveActions.includes(action) }))}
        />
      )}
    </Panel>
  )
}
