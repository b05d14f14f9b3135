import type React from 'react'

type Props = { title: string; lead?: React.ReactNode; children?: React.ReactNode; lang?: string }

/** The page's single h1 (`lang` when it is a Vietnamese fallback), an optional lead and extra content (counts). */
export function PageHeading({ title, lead, children, lang }: Props) {
  return (
    <div className="mb-6">
      <h1 className="text-2xl font-bold text-ink sm:text-3xl" lang={lang}>{title}</h1>
      {lead ? <p className="mt-2 text-muted">{lead}</p> : null}
      {children}
    </div>
  )
}
