import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { levelOptions, onlineServiceLevelOptions, optionLabel, subjectOptions } from '@/lib/catalog/options'
import type { Procedure } from '@/payload-types'

const nameOf = (relation: unknown, key: 'name' | 'number' = 'name') =>
  relation && typeof relation === 'object' ? String((relation as Record<string, unknown>)[key] ?? '') : ''

/** The key facts of a procedure as a definition list. */
export async function ProcedureFacts({ procedure, locale }: { procedure: Procedure; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Procedure' })
  const date = new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'long', timeZone: 'Asia/Ho_Chi_Minh' })
  const facts: [string, string][] = [
    [t('code'), procedure.code],
    [t('ministry'), nameOf(procedure.ministry)],
    [t('field'), nameOf(procedure.field)],
    [t('levels'), (procedure.levels ?? []).map((l) => optionLabel(levelOptions, l, locale)).join(', ')],
    [t('subjects'), (procedure.subjects ?? []).map((s) => optionLabel(subjectOptions, s, locale)).join('; ')],
    [t('onlineLevel'), optionLabel(onlineServiceLevelOptions, procedure.onlineServiceLevel, locale)],
    [t('decision'), nameOf(procedure.publicationDecision, 'number')],
    [t('updated'), date.format(new Date(procedure.updatedAt))],
  ]
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {facts
        .filter(([, value]) => value)
        .map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold text-gray-700">{term}</dt>
            <dd className="mb-2 sm:mb-0">{value}</dd>
          </div>
        ))}
    </dl>
  )
}
