import type { BeforeListServerProps } from 'payload'
import { activeQueueFilter, queueFilterHref, queueFilters } from '@/lib/dossiers/queueFilters'
import { requestLanguage } from '@/lib/payload/requestLanguage'

const pill = { padding: '0.35rem 0.85rem', borderRadius: 999, border: '1px solid var(--theme-elevation-250)', textDecoration: 'none', color: 'inherit' }

/**
 * Above the dossier queue: one link per everyday question (to receive, to supplement, in progress,
 * ready, overdue). Plain links that load the list afresh: the list keeps its query in client state
 * and would merge a filter left from before into a client-side navigation.
 */
export function QueueFilters({ i18n, payload, searchParams }: BeforeListServerProps) {
  const language = requestLanguage({ i18n })
  const active = activeQueueFilter(searchParams ?? {})
  const listPath = `${payload.config.routes.admin}/collections/dossiers`
  // Rendered on the server with the list: "overdue" compares with the moment the queue is loaded.
  const now = new Date()
  return (
    <nav aria-label={language === 'en' ? 'Quick filters' : 'Lọc nhanh'} className="gutter--left gutter--right" style={{ margin: 'calc(var(--base) * 0.5) 0' }}>
      <ul style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', listStyle: 'none', margin: 0, padding: 0 }}>
        {queueFilters.map((filter) => {
          const current = filter.key === active
          return (
            <li key={filter.key}>
              <a
                href={queueFilterHref(listPath, filter, now)}
                aria-current={current ? 'page' : undefined}
                style={{ ...pill, ...(current ? { background: 'var(--theme-elevation-800)', color: 'var(--theme-elevation-0)', borderColor: 'var(--theme-elevation-800)' } : {}), ...(filter.key === 'overdue' && !current ? { color: 'var(--theme-error-500)', borderColor: 'var(--theme-error-500)' } : {}) }}
              >
                {filter.label[language]}
              </a>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
