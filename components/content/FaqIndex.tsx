import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { Breadcrumbs, type Crumb } from '@/components/ui/Breadcrumbs'
import { FallbackNotice } from '@/components/ui/FallbackNotice'
import { PageHeading } from '@/components/ui/PageHeading'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { getFaqs } from '@/lib/payload/getContent'
import { FaqList } from './FaqList'

/**
 * The FAQ list, all of it or one field's. The field filter is a set of links (one static page
 * per field), so it works without JavaScript and every filtered list has its own URL.
 */
export async function FaqIndex({ locale, fieldSlug }: { locale: Locale; fieldSlug?: string }) {
  const [t, faqs] = await Promise.all([getTranslations({ locale, namespace: 'Faq' }), getFaqs(locale)])
  const fields = [...new Map(faqs.flatMap((f) => (f.field ? [[f.field.slug, f.field] as const] : []))).values()].sort((a, b) => a.name.text.localeCompare(b.name.text, 'vi'))
  const field = fieldSlug ? fields.find((f) => f.slug === fieldSlug) : undefined
  if (fieldSlug && !field) notFound()
  const shown = field ? faqs.filter((f) => f.field?.slug === field.slug) : faqs
  const crumbs: Crumb[] = [{ label: t('title'), href: '/hoi-dap' }]
  if (field) crumbs.push({ label: field.name.text, href: { pathname: '/hoi-dap/linh-vuc/[field]', params: { field: field.slug } } })
  const chip = 'inline-flex min-h-11 items-center rounded-full border px-4'
  return (
    <>
      <Breadcrumbs items={crumbs} />
      <PageHeading title={field ? t('titleForField', { field: field.name.text }) : t('title')} lead={t('lead')}>
        <p className="mt-2 font-semibold" data-testid="listing-count">
          {t('count', { count: shown.length })}
        </p>
      </PageHeading>
      <FallbackNotice show={shown.some((f) => f.question.fallbackLang)} />
      <nav aria-label={t('filterByField')} className="mb-6">
        <h2 className="mb-2 font-semibold">{t('filterByField')}</h2>
        <ul className="flex flex-wrap gap-2">
          <li>
            {field ? (
              <Link href="/hoi-dap" className={`${chip} border-line link`}>
                {t('allFields')}
              </Link>
            ) : (
              <span aria-current="page" className={`${chip} border-brand bg-brand font-semibold text-white`}>
                {t('allFields')}
              </span>
            )}
          </li>
          {fields.map((f) => (
            <li key={f.slug}>
              {f.slug === field?.slug ? (
                <span aria-current="page" className={`${chip} border-brand bg-brand font-semibold text-white`}>
                  {f.name.text}
                </span>
              ) : (
                <Link href={{ pathname: '/hoi-dap/linh-vuc/[field]', params: { field: f.slug } }} className={`${chip} border-line link`} lang={f.name.fallbackLang}>
                  {f.name.text}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <FaqList faqs={shown} />
    </>
  )
}
