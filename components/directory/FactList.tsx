import type React from 'react'

export interface Fact {
  term: string
  value: React.ReactNode
}

/** Terms and values side by side on wide screens, stacked on phones; facts without a value are left out. */
export function FactList({ facts }: { facts: Fact[] }) {
  const shown = facts.filter((f) => f.value !== null && f.value !== undefined && f.value !== '')
  if (shown.length === 0) return null
  return (
    <dl className="grid gap-x-6 sm:grid-cols-[max-content_minmax(0,1fr)]">
      {shown.map((fact) => (
        <div key={fact.term} className="contents">
          <dt className="font-semibold text-ink sm:py-1">{fact.term}</dt>
          <dd className="mb-3 min-w-0 [overflow-wrap:anywhere] sm:mb-0 sm:py-1">{fact.value}</dd>
        </div>
      ))}
    </dl>
  )
}
