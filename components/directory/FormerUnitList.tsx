import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { type FormerUnit, groupFormerUnits } from '@/lib/directory/groupFormerUnits'

type Props = { units: FormerUnit[]; unitName: string; locale: Locale }

/**
 * The pre-2025 units merged into a unit, grouped by their old district, each marked as merged
 * whole or in part. Old names are Vietnamese proper names: marked `lang="vi"` on English pages.
 */
export async function FormerUnitList({ units, unitName, locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'Directory' })
  if (units.length === 0) return <p className="text-muted">{t('noFormerUnits', { name: unitName })}</p>
  const lang = locale === 'vi' ? undefined : 'vi'
  return (
    <>
      <p className="mb-3">{t('formerUnitsLead', { name: unitName })}</p>
      {groupFormerUnits(units).map((group) => (
        <div key={group.place} className="mb-4">
          {group.place ? (
            <h3 className="mb-1 font-bold" lang={lang}>
              {group.place}
            </h3>
          ) : null}
          <ul className="divide-y divide-line border-y border-line">
            {group.units.map((unit) => (
              <li key={unit.code} className="flex flex-wrap items-baseline justify-between gap-x-4 py-2">
                <span lang={lang}>{unit.fullName}</span>
                {unit.mergeType ? (
                  <span className={`text-sm ${unit.mergeType === 'partial' ? 'font-semibold text-brand-dark' : 'text-muted'}`}>{t(`mergeType.${unit.mergeType}`)}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {units.some((u) => u.mergeType === 'partial') ? <p className="text-sm text-muted">{t('partialNote', { name: unitName })}</p> : null}
    </>
  )
}
