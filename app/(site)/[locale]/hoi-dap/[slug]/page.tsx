import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { RichTextBody } from '@/components/content/RichTextBody'
import { JsonLd } from '@/components/seo/JsonLd'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { FallbackNotice } from '@/components/ui/FallbackNotice'
import { PageHeading } from '@/components/ui/PageHeading'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { lexicalToPlainText } from '@/lib/content/lexicalToPlainText'
import { getFaq, getFaqs } from '@/lib/payload/getContent'
import { formatDate } from '@/lib/site/formatDate'
import { alternatesFor } from '@/lib/site/siteUrl'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export const revalidate = 300

export async function generateStaticParams() {
  return (await getFaqs('vi')).map((f) => ({ slug: f.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const faq = await getFaq(decodeURIComponent(slug), locale)
  if (!faq) return {}
  const alternates = alternatesFor({ pathname: '/hoi-dap/[slug]', params: { slug: faq.slug } }, locale)
  return { title: faq.question.text, description: lexicalToPlainText(faq.answer).slice(0, 200), alternates, openGraph: { title: faq.question.text, type: 'article', url: alternates.canonical } }
}

/** One question and its answer, with the procedures it is about. */
export default async function FaqDetailPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const [t, faq] = await Promise.all([getTranslations({ locale, namespace: 'Faq' }), getFaq(decodeURIComponent(slug), locale)])
  if (!faq) notFound()
  const crumbs = [{ label: t('title'), href: '/hoi-dap' as const }, { label: faq.question.text, href: { pathname: '/hoi-dap/[slug]' as const, params: { slug: faq.slug } } }]
  return (
    <>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'FAQPage',
          mainEntity: [{ '@type': 'Question', name: faq.question.text, acceptedAnswer: { '@type': 'Answer', text: lexicalToPlainText(faq.answer) } }],
        }}
      />
      <Breadcrumbs items={crumbs} />
      <FallbackNotice show={Boolean(faq.question.fallbackLang || faq.answerLang)} />
      <PageHeading title={faq.question.text} lang={faq.question.fallbackLang}>
        {faq.field ? (
          <p className="mt-2 text-muted">
            {t('field')}:{' '}
            <Link href={{ pathname: '/hoi-dap/linh-vuc/[field]', params: { field: faq.field.slug } }} className="link" lang={faq.field.name.fallbackLang}>
              {faq.field.name.text}
            </Link>
          </p>
        ) : null}
      </PageHeading>
      {faq.answer ? <RichTextBody data={faq.answer} lang={faq.answerLang} /> : null}
      {faq.procedures.length > 0 ? (
        <section aria-labelledby="faq-procedures" className="mt-8">
          <h2 id="faq-procedures" className="mb-2 text-xl font-bold">
            {t('procedures')}
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            {faq.procedures.map((p) => (
              <li key={p.code}>
                <Link href={{ pathname: '/thu-tuc/[slug]', params: { slug: p.slug } }} className="link" lang={p.name.fallbackLang}>
                  {p.name.text}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="mt-8 text-sm text-muted">
        {t('updated')}: {formatDate(faq.updatedAt, locale)}
      </p>
    </>
  )
}
