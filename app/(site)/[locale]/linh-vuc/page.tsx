import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { CountedLinks } from '@/components/listing/CountedLinks'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { FallbackNotice } from '@/components/ui/FallbackNotice'
import { PageHeading } from '@/components/ui/PageHeading'
import type { Locale } from '@/i18n/routing'
import { countProcedures } from '@/lib/payload/countProcedures'
import { getFields } from '@/lib/payload/getCatalogs'
import { alternatesFor } from '@/lib/site/siteUrl'

type Props = { params: Promise<{ locale: Locale }> }

export const revalidate = 300

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Browse' })
  return { title: t('fields'), description: t('fieldsLead'), alternates: alternatesFor('/linh-vuc', locale) }
}

/** Every field with procedures, by name. */
export default async function FieldsPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, fields, counts] = await Promise.all([getTranslations({ locale, namespace: 'Browse' }), getFields(locale), countProcedures()])
  const items = fields
    .filter((f) => counts.byField[f.id])
    .map((f) => ({ key: f.id, name: f.name, href: { pathname: '/linh-vuc/[slug]' as const, params: { slug: f.slug } }, count: counts.byField[f.id] }))
  return (
    <>
      <Breadcrumbs items={[{ label: t('fields'), href: '/linh-vuc' }]} />
      <PageHeading title={t('fields')} lead={t('fieldsLead')}>
        <p className="mt-2 font-semibold">{t('fieldCount', { count: items.length })}</p>
      </PageHeading>
      <FallbackNotice show={items.some((i) => i.name.fallbackLang)} />
      <CountedLinks items={items} columns countLabel={(count) => t('procedureCount', { count })} />
    </>
  )
}
