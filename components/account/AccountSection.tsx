import type React from 'react'

type Props = { id: string; title: string; lead?: string; children?: React.ReactNode }

/** A titled section of the account page; its id is the target of the page's own links and of redirects after a form. */
export function AccountSection({ id, title, lead, children }: Props) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="mt-8 scroll-mt-4">
      <h2 id={`${id}-title`} className="mb-2 border-b border-line pb-1 text-xl font-bold">{title}</h2>
      {lead ? <p className="mb-3 text-muted">{lead}</p> : null}
      {children}
    </section>
  )
}
