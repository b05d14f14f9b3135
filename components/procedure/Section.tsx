import type React from 'react'

type Props = { id: string; title: string; children: React.ReactNode }

/** A titled section of a procedure page; the id is the target of the contents list. */
export function Section({ id, title, children }: Props) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="mt-8 scroll-mt-4 break-inside-avoid-page">
      <h2 id={`${id}-title`} className="mb-3 border-b border-line pb-1 text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  )
}
