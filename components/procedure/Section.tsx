import type React from 'react'

type Props = { id: string; title: string; children: React.ReactNode }

/** A titled section of a procedure page; the id is the target of the contents list. */
export function Section({ id, title, children }: Props) {
  return (
    <section aria-labelledby={`${id}-title`} className="mt-8 break-inside-avoid-page">
      <h2 id={`${id}-title`} className="mb-3 border-b border-gray-300 pb-1 text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  )
}
