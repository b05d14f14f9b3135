import type { UIFieldServerProps } from 'payload'
import { actionLabel, resultLabel, stateLabel } from '@/lib/dossiers/dossierLabels'
import { vietnamDateTime } from '@/lib/dossiers/dueState'
import type { ResultDelivery } from '@/lib/dossiers/availableActions'
import { dossierPanelProps, idOf } from './dossierProps'
import { Panel } from './Panel'

const muted = { color: 'var(--theme-elevation-500)' }
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : [])

/** The dossier's timeline for the officers: every step with when, who (officer's e-mail), which agency, the states and what the citizen was told. */
export async function DossierTimelinePanel(props: UIFieldServerProps) {
  const { dossier, language } = dossierPanelProps(props)
  if (!dossier) return null
  const { payload, req } = props
  const { docs: events } = await payload.find({ collection: 'dossierEvents', where: { dossier: { equals: dossier.id } }, sort: 'at', pagination: false, depth: 0, overrideAccess: false, user: req.user })
  const userIds = [...new Set(events.map((event) => idOf(event.actor)).filter((id) => id !== null))]
  const agencyIds = [...new Set(events.flatMap((event) => [idOf(event.agency), idOf((event.detail as { fromAgency?: unknown } | null)?.fromAgency)]).filter((id) => id !== null))]
  const [users, agencies] = await Promise.all([
    // Only the e-mail of whoever acted on a dossier this officer may read: staff accounts are otherwise out of their reach.
    userIds.length ? payload.find({ collection: 'users', where: { id: { in: userIds } }, select: { email: true }, pagination: false, depth: 0, overrideAccess: true }) : null,
    agencyIds.length ? payload.find({ collection: 'agencies', where: { id: { in: agencyIds } }, select: { name: true }, pagination: false, depth: 0, locale: language, fallbackLocale: 'vi', overrideAccess: true }) : null,
  ])
  const email = new Map(users?.docs.map((user) => [user.id, user.email]) ?? [])
  const agencyName = new Map(agencies?.docs.map((agency) => [agency.id, agency.name]) ?? [])
  const en = language === 'en'
  const t = (vi: string, english: string) => (en ? english : vi)
  return (
    <Panel id="dossier-timeline" title={t('Tiến trình xử lý', 'Timeline')}>
      <ol style={{ margin: 0, paddingLeft: '1.25rem' }}>
        {events.map((event, index) => {
          const detail = (event.detail ?? {}) as { missing?: unknown; files?: unknown; result?: unknown; fromAgency?: unknown }
          const by = event.actorType === 'officer' ? (email.get(idOf(event.actor) ?? -1) ?? t('Cán bộ', 'Officer')) : event.actorType === 'citizen' ? t('Người nộp hồ sơ', 'Applicant') : t('Hệ thống', 'System')
          const fromAgency = idOf(detail.fromAgency)
          const missing = strings(detail.missing)
          const files = strings(detail.files)
          const result = typeof detail.result === 'string' ? resultLabel[detail.result as ResultDelivery]?.[language] ?? detail.result : null
          return (
            <li key={event.id} style={{ marginBottom: '0.75rem' }}>
              <strong>{actionLabel[event.action][language]}</strong>{' '}
              <span style={muted}>
                · <time dateTime={event.at}>{vietnamDateTime(event.at)}</time> · {by}
                {idOf(event.agency) !== null && ` · ${agencyName.get(idOf(event.agency)!) ?? ''}`}
              </span>
              <div>
                {event.fromState ? `${stateLabel(event.fromState)[language]} → ` : ''}
                {stateLabel(event.toState)[language]}
                {/* The due date as this step set it: shown where it changed. */}
                {event.dueAt && event.dueAt !== events[index - 1]?.dueAt && ` · ${t('hẹn trả', 'due')} ${vietnamDateTime(event.dueAt)}`}
              </div>
              {fromAgency !== null && <div>{t('Chuyển từ', 'Transferred from')}: {agencyName.get(fromAgency) ?? fromAgency}</div>}
              {event.note && <div style={{ whiteSpace: 'pre-wrap' }}>{event.note}</div>}
              {missing.length > 0 && (
                <div>
                  {t('Cần bổ sung', 'To supplement')}:
                  <ul style={{ margin: 0 }}>{missing.map((item, index) => <li key={index}>{item}</li>)}</ul>
                </div>
              )}
              {result && <div>{t('Hình thức trả kết quả', 'Result handed over')}: {result}</div>}
              {files.length > 0 && <div>{t('Tệp', 'Files')}: {files.join(', ')}</div>}
            </li>
          )
        })}
      </ol>
    </Panel>
  )
}
