import { getPathname } from '@/i18n/paths'
import type { Locale } from '@/i18n/routing'
import { consentHistory, hasConsent, recordConsent } from '@/lib/citizen/consents'
import { forbidden, localeOf, seeOther } from '@/lib/citizen/http/responses'
import { requester } from '@/lib/citizen/requestInfo'
import { checkDraft } from '../applications/checkDraft'
import { attachFile, filesOfDraft, removeDraftFile } from '../applications/draftFiles'
import { findDraft, openDraft, type RawAnswers, saveStep } from '../applications/drafts'
import { prefillAnswers } from '../applications/prefill'
import { type ApplicationStage, nextStage, previousStage, stageOf, stageParam } from '../applications/steps'
import { loadAddressBook } from '../forms/addressBook'
import { loadDossierForm } from '../forms/loadDossierForm'
import { validateStep } from '../forms/validateAnswers'
import { submissionProcedure } from '../submissionProcedure'
import { byKey, submitDossier } from '../submitDossier'
import { citizenOfForm } from './citizenRequest'
import type { DossierDeps } from './deps'

/** Form inputs that are not answers. */
const controls = new Set(['csrf', 'locale', 'procedure', 'action', 'step', 'go', 'key', 'document', 'file', 'declaration', 'prefill'])

const rawAnswers = (form: FormData): RawAnswers =>
  Object.fromEntries([...form.entries()].filter(([name, value]) => !controls.has(name) && typeof value === 'string') as [string, string][])

/**
 * POST /api/applications: every step of an online application, from the application pages, with
 * or without JavaScript. Actions: `start` (opens the draft, pre-filled if the citizen agrees),
 * `save` (a step's answers; `go` = next, back or refresh), `upload` and `remove-file` (documents),
 * `documents-done`, `submit` (declaration, then the dossier). Each answers with a redirect to the
 * page to show next; refused answers come back with the page's error summary (`loi=1`), the
 * answers themselves being kept in the draft.
 */
export async function handleApplicationForm(request: Request, deps: DossierDeps): Promise<Response> {
  const { payload } = deps
  const form = await request.formData().catch(() => null)
  if (!form) return forbidden({ vi: 'Không đọc được nội dung gửi lên.', en: 'The form could not be read.' }, 400)
  const locale: Locale = localeOf(form.get('locale'))
  const code = String(form.get('procedure') ?? '')
  const base = getPathname({ href: { pathname: '/nop-ho-so/[code]', params: { code } }, locale })
  const at = (stage: ApplicationStage, query = '') => seeOther(`${base}?buoc=${stageParam(stage)}${query}`)
  const action = String(form.get('action') ?? '')
  const who = await citizenOfForm(payload, request, form, { locale, returnTo: base, action: `application_${action}` })
  if ('response' in who) return who.response
  const citizenId = who.session.citizenId

  const procedure = await submissionProcedure(payload, code)
  const definition = procedure && (await loadDossierForm(payload, procedure.id))
  if (!procedure || !definition) return forbidden({ vi: 'Thủ tục này không có biểu mẫu nộp trực tuyến.', en: 'This procedure has no online form.' }, 404)
  if (who.session.level < Number(procedure.minimumAssuranceLevel ?? 1)) return seeOther(base)

  if (action === 'start') {
    if (form.get('prefill') === 'on') await recordConsent(payload, citizenId, 'identity_prefill', true, requester(request).ip)
    const agreed = hasConsent(await consentHistory(payload, citizenId), 'identity_prefill')
    const citizen = await payload.findByID({ collection: 'citizens', id: citizenId, depth: 0, overrideAccess: true })
    await openDraft(payload, citizenId, procedure.id, agreed ? prefillAnswers(definition, citizen) : {})
    return at({ kind: 'step', index: 1 })
  }

  const draft = await findDraft(payload, citizenId, procedure.id)
  if (!draft) {
    // Submitted already (a second click, or another tab): show that dossier.
    const done = action === 'submit' && (await byKey(payload, citizenId, String(form.get('key') ?? '')))
    return seeOther(done ? getPathname({ href: { pathname: '/tai-khoan/ho-so/[code]', params: { code: done.code } }, locale }) : base)
  }
  const stage = stageOf(definition, form.get('step')) ?? { kind: 'step', index: 1 }

  if (action === 'save' && stage.kind === 'step') {
    const step = definition.steps[stage.index - 1]!
    const raw = rawAnswers(form)
    const checked = validateStep(step, raw, await loadAddressBook(payload))
    const passed = Object.keys(checked.errors).length === 0
    await saveStep(payload, draft, definition, step.key, raw, passed)
    const go = form.get('go')
    if (go === 'back') {
      const previous = previousStage(definition, stage)
      return previous ? at(previous) : seeOther(base)
    }
    if (go === 'refresh') return at(stage, '#dia-chi')
    return passed ? at(nextStage(definition, stage)) : at(stage, '&loi=1#loi')
  }
  if (action === 'upload') {
    const document = definition.documents.find((candidate) => candidate.key === form.get('document'))
    const file = form.get('file')
    if (!document) return at({ kind: 'documents' })
    if (!(file instanceof File) || file.size === 0) return at({ kind: 'documents' }, `&tep=empty&tai-lieu=${document.key}#loi`)
    const attached = await attachFile(payload, deps, { draft, citizenId, document, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
    return attached.ok ? at({ kind: 'documents' }, `&tep=ok&tai-lieu=${document.key}#tai-lieu-${document.key}`) : at({ kind: 'documents' }, `&tep=${attached.problem}&tai-lieu=${document.key}#loi`)
  }
  if (action === 'remove-file') {
    await removeDraftFile(payload, deps, draft, Number(form.get('file')))
    return at({ kind: 'documents' })
  }
  if (action === 'documents-done') {
    const files = await filesOfDraft(payload, draft.id)
    const missing = definition.documents.some((document) => document.required && !files.some((file) => file.documentKey === document.key))
    return missing ? at({ kind: 'documents' }, '&loi=1#loi') : at({ kind: 'review' })
  }
  if (action === 'submit') {
    const checked = checkDraft(definition, draft, await filesOfDraft(payload, draft.id), await loadAddressBook(payload))
    if (!checked.complete) return at({ kind: 'review' }, '&loi=1#loi')
    if (form.get('declaration') !== 'on') return at({ kind: 'review' }, '&loi=cam-doan#loi')
    const submitted = await submitDossier(payload, { citizenId, procedureId: procedure.id, procedure, data: checked.values, idempotencyKey: draft.submissionKey, draftId: draft.id })
    if (!submitted.ok) return forbidden({ vi: submitted.reasonVi, en: submitted.reason }, submitted.status)
    return seeOther(`${getPathname({ href: { pathname: '/tai-khoan/ho-so/[code]', params: { code: submitted.dossier.code } }, locale })}?moi=1`)
  }
  return forbidden({ vi: 'Thao tác không hợp lệ.', en: 'Unknown action.' }, 400)
}
