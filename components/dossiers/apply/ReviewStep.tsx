import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import type { DraftCheck } from '@/lib/dossiers/applications/checkDraft'
import type { AddressBook } from '@/lib/dossiers/forms/addressBook'
import { describeAnswers } from '@/lib/dossiers/forms/describeAnswers'
import type { DossierFormDefinition } from '@/lib/dossiers/forms/types'
import type { DossierFile } from '@/payload-types'
import { ApplicationForm } from './ApplicationForm'
import { ErrorSummary } from './ErrorSummary'
import { midSentence } from './fieldIds'

type Props = {
  form: DossierFormDefinition
  check: DraftCheck
  files: DossierFile[]
  locale: Locale
  csrf: string
  procedure: string
  submissionKey: string
  /** After a refused submission: "incomplete" or "declaration". */
  refusal?: 'incomplete' | 'declaration'
  stepHref: (param: string) => string
}

/** The review before submitting: every answer with a "change" link, the documents, the declaration and "submit". */
export async function ReviewStep({ form, check, files, locale, csrf, procedure, submissionKey, refusal, stepHref, addressBook }: Props & { addressBook: AddressBook }) {
  const t = await getTranslations({ locale, namespace: 'Apply' })
  const problems = refusal === 'declaration'
    ? [{ href: '#cam-doan', text: t('declarationMissing') }]
    : refusal === 'incomplete'
      ? [
          ...form.steps.flatMap((step, index) =>
            Object.entries(check.errors[step.key] ?? {}).map(([name, code]) => {
              const label = step.fields.find((field) => field.name === name)?.label[locale] ?? name
              return { href: stepHref(String(index + 1)), text: t('incompleteStep', { step: step.title[locale], message: t(`fieldErrors.${code}`, { label, name: midSentence(label) }) }) }
            }),
          ),
          ...check.missingDocuments.map((key) => ({ href: stepHref('tai-lieu'), text: t('missingDocument', { document: form.documents.find((document) => document.key === key)?.name[locale] ?? key }) })),
        ]
      : []
  return (
    <>
      <ErrorSummary title={refusal === 'incomplete' ? t('incomplete') : t('errorSummary')} items={problems} />
      {/* Only the form's own steps: answers the form no longer names are not part of this application. */}
      {describeAnswers(form, check.values, locale, addressBook).filter((step) => step.key !== '_other').map((step, index) => (
        <section key={step.key} aria-labelledby={`xem-lai-${step.key}`} className="mb-6">
          <h2 id={`xem-lai-${step.key}`} className="mb-2 text-xl font-bold">{step.title}</h2>
          <dl className="divide-y divide-line border-y border-line">
            {step.answers.map((answer) => (
              <div key={answer.name} className="grid gap-1 py-2 sm:grid-cols-[1fr_1.5fr_auto] sm:gap-4">
                <dt className="font-semibold">{answer.label}</dt>
                <dd>{answer.value ?? <span className="text-muted">{t('notAnswered')}</span>}</dd>
                <dd>
                  <a href={`${stepHref(String(index + 1))}#field-${answer.name}`} className="link">
                    {t('change')}<span className="sr-only"> {midSentence(answer.label)}</span>
                  </a>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <section aria-labelledby="xem-lai-tai-lieu" className="mb-6">
        <h2 id="xem-lai-tai-lieu" className="mb-2 text-xl font-bold">{t('documentsTitle')}</h2>
        {form.documents.length ? (
          <ul className="list-disc space-y-1 pl-6">
            {form.documents.map((document) => (
              <li key={document.key}>
                {document.name[locale]}: {files.filter((file) => file.documentKey === document.key).map((file) => file.name).join(', ') || <span className="text-muted">{t('noFileYet')}</span>}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('noDocuments')}</p>
        )}
        {form.documents.length ? <p className="mt-2"><a href={stepHref('tai-lieu')} className="link">{t('change')}<span className="sr-only"> {t('documentsTitle')}</span></a></p> : null}
      </section>
      <ApplicationForm action="submit" csrf={csrf} locale={locale} procedure={procedure} fields={{ step: 'xem-lai', key: submissionKey }} className="rounded border-2 border-ink p-4">
        <h2 className="mb-2 text-xl font-bold">{t('declarationTitle')}</h2>
        <p>{form.declaration[locale]}</p>
        <label className={`mt-3 flex items-center gap-3 font-semibold ${refusal === 'declaration' ? 'text-red-800' : ''}`}>
          <input id="cam-doan" type="checkbox" name="declaration" className="h-6 w-6" aria-invalid={refusal === 'declaration' || undefined} />
          {t('declare')}
        </label>
        <button type="submit" className="mt-4 rounded bg-brand px-6 py-3 text-lg font-bold text-white">{t('submit')}</button>
      </ApplicationForm>
    </>
  )
}
