import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { filesPerDocument } from '@/lib/dossiers/applications/draftFiles'
import type { FormDocument } from '@/lib/dossiers/forms/types'
import type { DossierFile } from '@/payload-types'
import { ApplicationForm } from './ApplicationForm'
import { ErrorSummary } from './ErrorSummary'

type Props = {
  documents: FormDocument[]
  files: DossierFile[]
  locale: Locale
  csrf: string
  procedure: string
  /** After an upload: its outcome and which document it was for. */
  outcome?: { problem: string; document: string }
  /** After a refused "continue": required documents without a file. */
  showMissing: boolean
}

const kindNames = { pdf: 'PDF', jpeg: 'JPG', png: 'PNG' } as const
const uploadProblems = ['ok', 'empty', 'too_large', 'wrong_type', 'infected', 'too_many'] as const

/**
 * The documents of the application: for each, the files uploaded so far (with "remove") and a
 * small upload form of its own, so that each upload is checked and kept before the next one.
 */
export async function DocumentsStep({ documents, files, locale, csrf, procedure, outcome, showMissing }: Props) {
  const t = await getTranslations({ locale, namespace: 'Apply' })
  const problem = uploadProblems.find((known) => known === outcome?.problem)
  const outcomeDocument = documents.find((document) => document.key === outcome?.document)
  const missing = showMissing ? documents.filter((document) => document.required && !files.some((file) => file.documentKey === document.key)) : []
  const summary = [
    ...(problem && problem !== 'ok' && outcomeDocument ? [{ href: `#tep-${outcomeDocument.key}`, text: t(`uploadProblems.${problem}`, { document: outcomeDocument.name[locale] }) }] : []),
    ...missing.map((document) => ({ href: `#tep-${document.key}`, text: t('missingDocument', { document: document.name[locale] }) })),
  ]
  return (
    <>
      <ErrorSummary title={t('errorSummary')} items={summary} />
      {problem === 'ok' && outcomeDocument ? (
        <p role="status" className="mb-4 rounded border-l-4 border-green-700 bg-green-50 p-3">{t('uploadProblems.ok', { document: outcomeDocument.name[locale] })}</p>
      ) : null}
      <p className="mb-4">{t('documentsLead', { size: Math.max(...documents.map((document) => document.maxSizeMb)) })}</p>
      <ol className="space-y-6">
        {documents.map((document) => {
          const mine = files.filter((file) => file.documentKey === document.key)
          return (
            <li key={document.key} id={`tai-lieu-${document.key}`} className="rounded border border-line p-4">
              <h2 className="text-lg font-bold">
                {document.name[locale]} {document.required ? null : <span className="font-normal text-muted">{t('optional')}</span>}
              </h2>
              <p className="text-muted">{t('accepts', { types: document.accept.map((kind) => kindNames[kind]).join(', '), size: document.maxSizeMb })}</p>
              {mine.length ? (
                <ul className="mt-2 space-y-1" aria-label={t('uploaded')}>
                  {mine.map((file) => (
                    <li key={file.id} className="flex flex-wrap items-center gap-3">
                      <span>{file.name} ({t('fileSize', { size: Math.ceil(file.size / 1024) })})</span>
                      <ApplicationForm action="remove-file" csrf={csrf} locale={locale} procedure={procedure} fields={{ step: 'tai-lieu', file: String(file.id) }}>
                        <button type="submit" className="link">{t('remove', { name: file.name })}</button>
                      </ApplicationForm>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="mt-2">{t('noFileYet')}</p>
              )}
              {mine.length < filesPerDocument ? (
                <ApplicationForm action="upload" upload csrf={csrf} locale={locale} procedure={procedure} fields={{ step: 'tai-lieu', document: document.key }} className="mt-3 flex flex-wrap items-end gap-3">
                  <div>
                    <label htmlFor={`tep-${document.key}`} className="block font-semibold">{t('chooseFile')}</label>
                    <input id={`tep-${document.key}`} name="file" type="file" accept={document.accept.map((kind) => `.${kind === 'jpeg' ? 'jpg,.jpeg' : kind}`).join(',')} className="mt-1 block" />
                  </div>
                  <button type="submit" className="rounded border-2 border-brand px-4 py-2 font-semibold text-brand">{t('upload')}</button>
                </ApplicationForm>
              ) : null}
            </li>
          )
        })}
      </ol>
      <ApplicationForm action="documents-done" csrf={csrf} locale={locale} procedure={procedure} fields={{ step: 'tai-lieu' }} className="mt-6">
        <button type="submit" className="rounded bg-brand px-5 py-2 font-semibold text-white">{t('documentsNext')}</button>
      </ApplicationForm>
    </>
  )
}
