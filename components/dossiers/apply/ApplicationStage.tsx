import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { consentHistory, hasConsent } from '@/lib/citizen/consents'
import { csrfTokenFor } from '@/lib/citizen/csrf'
import type { CitizenSession } from '@/lib/citizen/sessions'
import { checkDraft } from '@/lib/dossiers/applications/checkDraft'
import { filesOfDraft } from '@/lib/dossiers/applications/draftFiles'
import { findDraft } from '@/lib/dossiers/applications/drafts'
import { previousStage, stageOf, stageParam } from '@/lib/dossiers/applications/steps'
import { loadAddressBook } from '@/lib/dossiers/forms/addressBook'
import type { DossierFormDefinition } from '@/lib/dossiers/forms/types'
import { validateStep } from '@/lib/dossiers/forms/validateAnswers'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'
import type { Citizen, Procedure } from '@/payload-types'
import { ApplyStart } from './ApplyStart'
import { DocumentsStep } from './DocumentsStep'
import { ReviewStep } from './ReviewStep'
import { StepForm } from './StepForm'

type Props = {
  locale: Locale
  procedure: Procedure
  form: DossierFormDefinition
  session: CitizenSession
  citizen: Citizen
  query: Record<string, string | string[] | undefined>
  base: string
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** The stage of the application the address names (`?buoc=`), or its start when there is no draft. */
export async function ApplicationStage({ locale, procedure, form, session, citizen, query, base }: Props) {
  const payload = await getPayloadClient()
  const t = await getTranslations({ locale, namespace: 'Apply' })
  const csrf = csrfTokenFor(session.tokenHash)
  const draft = await findDraft(payload, citizen.id, procedure.id)
  const stage = draft ? stageOf(form, one(query.buoc)) : null
  const href = (param: string) => `${base}?buoc=${param}`
  if (!draft || !stage) {
    const firstOpen = form.steps.findIndex((step) => !draft?.completedSteps.includes(step.key))
    const continueHref = href(firstOpen === -1 ? (form.documents.length ? 'tai-lieu' : 'xem-lai') : String(firstOpen + 1))
    const agreed = hasConsent(await consentHistory(payload, citizen.id), 'identity_prefill')
    return <ApplyStart locale={locale} csrf={csrf} procedure={procedure.code} steps={form.steps.length} draft={draft ? { savedAt: draft.updatedAt, continueHref } : null} prefillAgreed={agreed} />
  }
  const addressBook = await loadAddressBook(payload)
  const total = form.steps.length + (form.documents.length ? 2 : 1)
  const position = stage.kind === 'step' ? stage.index : stage.kind === 'documents' ? form.steps.length + 1 : total
  const title = stage.kind === 'step' ? form.steps[stage.index - 1]!.title[locale] : stage.kind === 'documents' ? t('documentsTitle') : t('reviewTitle')
  const previous = previousStage(form, stage)
  return (
    <>
      <p className="text-muted">{t('progress', { current: position, total })}</p>
      <h2 className="mb-4 text-2xl font-bold">{title}</h2>
      {stage.kind === 'step' ? (
        <StepForm
          step={form.steps[stage.index - 1]!}
          index={stage.index}
          locale={locale}
          csrf={csrf}
          procedure={procedure.code}
          answers={draft.answers}
          errors={one(query.loi) ? validateStep(form.steps[stage.index - 1]!, draft.answers, addressBook).errors : {}}
          addressBook={addressBook}
        />
      ) : stage.kind === 'documents' ? (
        <DocumentsStep
          documents={form.documents}
          files={await filesOfDraft(payload, draft.id)}
          locale={locale}
          csrf={csrf}
          procedure={procedure.code}
          outcome={one(query.tep) ? { problem: one(query.tep)!, document: one(query['tai-lieu']) ?? '' } : undefined}
          showMissing={one(query.loi) === '1'}
        />
      ) : (
        await reviewOf()
      )}
      {stage.kind !== 'step' && previous ? <p className="mt-6"><a href={href(stageParam(previous))} className="link">{t('back')}</a></p> : null}
    </>
  )

  async function reviewOf() {
    const files = await filesOfDraft(payload, draft!.id)
    const loi = one(query.loi)
    return (
      <ReviewStep
        form={form}
        check={checkDraft(form, draft!, files, addressBook)}
        files={files}
        locale={locale}
        csrf={csrf}
        procedure={procedure.code}
        submissionKey={draft!.submissionKey}
        refusal={loi === 'cam-doan' ? 'declaration' : loi ? 'incomplete' : undefined}
        stepHref={href}
        addressBook={addressBook}
      />
    )
  }
}
