import { getTranslations } from 'next-intl/server'
import type React from 'react'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { levelOptions, onlineServiceLevelOptions, optionLabel, subjectOptions } from '@/lib/catalog/options'
import { formatDate } from '@/lib/site/formatDate'
import type { Procedure } from '@/payload-types'

type Related = { name?: string; number?: string; slug?: string | null }
const related = (relation: unknown): Related | null => (relation && typeof relation === 'object' ? (relation as Related) : null)

/** The key facts of a procedure as a definition list; ministry, field and decision link to their pages. */
export async function ProcedureFacts({ procedure, locale }: { procedure: Procedure; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Procedure' })
  const ministry = related(procedure.ministry)
  const field = related(procedure.field)
  const decision = related(procedure.publicationDecision)
  const facts: [string, React.ReactNode][] = [
    [t('code'), procedure.code],
    [t('ministry'), ministry?.slug ? <Link href={{ pathname: '/bo-nganh/[slug]', params: { slug: ministry.slug } }} className="link">{ministry.name}</Link> : ministry?.name],
    [t('field'), field?.slug ? <Link href={{ pathname: '/linh-vuc/[slug]', params: { slug: field.slug } }} className="link">{field.name}</Link> : field?.name],
    [t('levels'), (procedure.levels ?? []).map((l) => optionLabel(levelOptions, l, locale)).join(', ')],
    [t('subjects'), (procedure.subjects ?? []).map((s) => optionLabel(subjectOptions, s, locale)).join('; ')],
    [t('onlineLevel'), optionLabel(onlineServiceLevelOptions, procedure.onlineServiceLevel, locale)],
    [t('decision'), decision?.slug ? <Link href={{ pathname: '/quyet-dinh/[slug]', params: { slug: decision.slug } }} className="link">{decision.number}</Link> : decision?.number],
    [t('updated'), formatDate(procedure.updatedAt, locale)],
  ]
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {facts
        .filter(([, value]) => value)
        .map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold text-muted">{term}</dt>
            <dd className="mb-2 sm:mb-0">{value}</dd>
          </div>
        ))}
    </dl>
  )
}
