import { Link } from '@/i18n/navigation'
import type { FaqSummary } from '@/lib/payload/getContent'

/** Questions as links, each with its field. */
export function FaqList({ faqs }: { faqs: FaqSummary[] }) {
  return (
    <ul className="divide-y divide-line border-y border-line">
      {faqs.map((faq) => (
        <li key={faq.slug} className="py-3">
          <Link href={{ pathname: '/hoi-dap/[slug]', params: { slug: faq.slug } }} className="link font-semibold" lang={faq.question.fallbackLang}>
            {faq.question.text}
          </Link>
          {faq.field ? (
            <p className="text-sm text-muted" lang={faq.field.name.fallbackLang}>
              {faq.field.name.text}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
