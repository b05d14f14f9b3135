import { getTranslations } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { levelOptions, optionLabel } from '@/lib/catalog/options'
import type { ProcedureSummary } from '@/lib/payload/listProcedures'

/** Procedures as a list of links with their code, levels and whether they can be done online. */
export async function ProcedureList({ items, locale }: { items: ProcedureSummary[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Listing' })
  return (
    <ul className="divide-y divide-line border-y border-line">
      {items.map((p) => (
        <li key={p.code} className="py-3">
          <Link href={{ pathname: '/thu-tuc/[slug]', params: { slug: p.slug } }} className="link font-semibold" lang={p.name.fallbackLang}>
            {p.name.text}
          </Link>
          <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm text-muted">
            <span>
              {t('code')} {p.code}
            </span>
            {p.levels.length > 0 ? <span>{p.levels.map((l) => optionLabel(levelOptions, l, locale)).join(', ')}</span> : null}
            {p.onlineServiceLevel === 'full' || p.onlineServiceLevel === 'partial' ? (
              <span className="rounded bg-green-50 px-1.5 font-semibold text-green-800">{t(p.onlineServiceLevel === 'full' ? 'onlineFull' : 'onlinePartial')}</span>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  )
}
