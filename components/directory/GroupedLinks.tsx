import { type Href, Link } from '@/i18n/navigation'
import type { LocalizedText } from '@/lib/site/localized'

export interface LinkGroup {
  id: string
  heading: string
  /** Shown after the heading, e.g. "168 xã, phường, đặc khu". */
  count?: string
  links: { key: string | number; href: Href; name: LocalizedText }[]
}

/** Headed lists of links in columns (agencies by type, communes by kind); every heading is an anchor. */
export function GroupedLinks({ groups, headingLevel: Heading }: { groups: LinkGroup[]; headingLevel: 'h2' | 'h3' }) {
  return groups.map((group) => (
    <section key={group.id} aria-labelledby={group.id} className="mt-6">
      <Heading id={group.id} className="mb-2 text-lg font-bold">
        {group.heading}
        {group.count ? <span className="ml-2 text-base font-normal text-muted">({group.count})</span> : null}
      </Heading>
      <ul className="grid gap-x-8 sm:grid-cols-2 lg:grid-cols-3">
        {group.links.map((link) => (
          <li key={link.key} className="border-b border-line">
            <Link href={link.href} className="link block py-2" lang={link.name.fallbackLang}>
              {link.name.text}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  ))
}
