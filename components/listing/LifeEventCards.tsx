import { Link } from '@/i18n/navigation'
import type { LifeEventSummary } from '@/lib/payload/getLifeEvents'

type Props = { events: LifeEventSummary[]; countLabel: (count: number) => string }

/** Life events as cards: name, what they cover, how many procedures. The whole card is one link. */
export function LifeEventCards({ events, countLabel }: Props) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {events.map((event) => (
        <li key={event.slug}>
          <Link
            href={{ pathname: '/su-kien/[slug]', params: { slug: event.slug } }}
            className="block h-full rounded-lg border border-line bg-white p-4 hover:border-brand hover:bg-brand-soft"
          >
            <span className="block font-bold text-brand-dark underline underline-offset-4" lang={event.name.fallbackLang}>
              {event.name.text}
            </span>
            <span className="mt-1 block text-sm text-ink" lang={event.summary.fallbackLang}>
              {event.summary.text}
            </span>
            <span className="mt-2 block text-sm text-muted">{countLabel(event.procedureCount)}</span>
          </Link>
        </li>
      ))}
    </ul>
  )
}
