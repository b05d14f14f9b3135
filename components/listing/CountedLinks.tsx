import { type Href, Link } from '@/i18n/navigation'
import type { LocalizedText } from '@/lib/site/localized'

export interface CountedLink {
  key: string | number
  name: LocalizedText
  href: Href
  count: number
}

type Props = { items: CountedLink[]; countLabel: (count: number) => string; columns?: boolean }

/** Catalog entries as links with their procedure counts. */
export function CountedLinks({ items, countLabel, columns = false }: Props) {
  return (
    <ul className={columns ? 'grid gap-x-8 sm:grid-cols-2' : undefined}>
      {items.map((item) => (
        <li key={item.key} className="flex items-baseline justify-between gap-4 border-b border-line py-2">
          <Link href={item.href} className="link" lang={item.name.fallbackLang}>
            {item.name.text}
          </Link>
          <span className="shrink-0 text-sm text-muted">{countLabel(item.count)}</span>
        </li>
      ))}
    </ul>
  )
}
