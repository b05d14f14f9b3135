import type { ReactNode } from 'react'

/** A titled box on the dossier's page in the admin, in the admin's own colours. */
export function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} style={{ margin: '1.5rem 0', padding: '1rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}>
      <h3 id={id} style={{ margin: '0 0 0.75rem' }}>{title}</h3>
      {children}
    </section>
  )
}
