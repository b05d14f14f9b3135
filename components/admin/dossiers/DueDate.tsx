import { dueState, vietnamDateTime } from '@/lib/dossiers/dueState'

const badge = { display: 'inline-block', marginLeft: '0.5rem', padding: '0 0.4rem', borderRadius: 3, fontSize: '0.85em', fontWeight: 600 }

/** A due date in Vietnam time, with a red "overdue" badge while the dossier is open and late, or the days left. */
export function DueDate({ dueAt, closedAt, now, language }: { dueAt?: string | null; closedAt?: string | null; now: Date; language: 'vi' | 'en' }) {
  if (!dueAt) return <span>—</span>
  const { overdue, daysLeft } = dueState(dueAt, closedAt, now)
  const en = language === 'en'
  return (
    <span>
      <time dateTime={dueAt}>{vietnamDateTime(dueAt)}</time>
      {overdue && <strong style={{ ...badge, background: 'var(--theme-error-500)', color: 'var(--theme-elevation-0)' }}>{en ? 'Overdue' : 'Quá hạn'}</strong>}
      {daysLeft !== null && (
        <span style={{ ...badge, fontWeight: 400, border: '1px solid var(--theme-elevation-250)' }}>
          {daysLeft === 0 ? (en ? 'Due today' : 'Đến hạn hôm nay') : en ? `${daysLeft} day${daysLeft === 1 ? '' : 's'} left` : `Còn ${daysLeft} ngày`}
        </span>
      )}
    </span>
  )
}
