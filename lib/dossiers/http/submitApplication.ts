import { z } from 'zod'
import { readCookie, sessionCookie } from '@/lib/citizen/cookies'
import { checkCsrf } from '@/lib/citizen/csrf'
import { sessionOf } from '@/lib/citizen/currentSession'
import { checkDraft } from '../applications/checkDraft'
import type { RawAnswers } from '../applications/drafts'
import { loadAddressBook } from '../forms/addressBook'
import { loadDossierForm } from '../forms/loadDossierForm'
import { recordingStored, storeUploads, type Upload } from '../storeUploads'
import { submissionProcedure } from '../submissionProcedure'
import { submitDossier } from '../submitDossier'
import type { DossierDeps } from './deps'

const json = (status: number, body: unknown) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })
const problem = (status: number, error: string, message: string, extra: Record<string, unknown> = {}) => json(status, { error, message, ...extra })

const bodyShape = z.object({
  procedure: z.string().min(1).max(40),
  idempotencyKey: z.string(),
  answers: z.record(z.string(), z.string()),
})

/** The request's fields and files: JSON (no files), or multipart with `answers` as JSON and each file in `document.<key>`. */
async function readBody(request: Request): Promise<{ fields: unknown; files: { key: string; file: File }[]; csrf: unknown } | null> {
  const type = request.headers.get('content-type') ?? ''
  if (type.startsWith('application/json')) {
    const body = (await request.json().catch(() => null)) as Record<string, unknown> | null
    return body && { fields: body, files: [], csrf: request.headers.get('x-csrf-token') }
  }
  const form = await request.formData().catch(() => null)
  if (!form) return null
  let answers: unknown
  try {
    answers = JSON.parse(String(form.get('answers') ?? '{}'))
  } catch {
    answers = null
  }
  const files = [...form.entries()].filter(([name, value]) => name.startsWith('document.') && value instanceof File).map(([name, value]) => ({ key: name.slice(9), file: value as File }))
  return { fields: { procedure: form.get('procedure'), idempotencyKey: form.get('idempotencyKey'), answers }, files, csrf: request.headers.get('x-csrf-token') ?? form.get('csrf') }
}

/**
 * POST /api/applications/submit: submits a whole application in one request, for clients that
 * do not go through the pages' steps (apps, and bench/submit). The citizen's session cookie and its
 * CSRF token (header X-CSRF-Token) are required. The answers are checked as the pages check them;
 * the files are checked, stored, then recorded in the submission's transaction (and removed if it
 * fails). The same idempotency key answers with the same dossier (200 instead of 201).
 */
export async function submitApplication(request: Request, deps: DossierDeps): Promise<Response> {
  const { payload } = deps
  const found = await sessionOf(payload, request, readCookie(request, sessionCookie))
  if (found.status !== 'active') return problem(401, 'unauthenticated', 'Sign in first: no valid citizen session cookie.')
  const body = await readBody(request)
  if (!body) return problem(400, 'unreadable', 'The body must be JSON or multipart/form-data.')
  if (checkCsrf(request, body.csrf, found.session.tokenHash) !== 'ok') return problem(403, 'csrf', 'Missing or wrong X-CSRF-Token, or a cross-site request.')
  const parsed = bodyShape.safeParse(body.fields)
  if (!parsed.success) return problem(400, 'invalid_body', parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '))
  const { procedure: code, idempotencyKey, answers } = parsed.data
  const citizenId = found.session.citizenId

  const procedure = await submissionProcedure(payload, code)
  const form = procedure && (await loadDossierForm(payload, procedure.id))
  if (!procedure || !form) return problem(404, 'no_form', `Procedure ${code} has no online form.`)
  if (found.session.level < Number(procedure.minimumAssuranceLevel ?? 1)) return problem(403, 'assurance_level', `Procedure ${code} needs assurance level ${procedure.minimumAssuranceLevel}.`)

  const unknown = body.files.find((entry) => !form.documents.some((document) => document.key === entry.key))
  if (unknown) return problem(400, 'unknown_document', `The form of ${code} has no document "${unknown.key}".`)
  const pseudoFiles = body.files.map((entry) => ({ documentKey: entry.key }))
  const checked = checkDraft(form, { answers: answers as RawAnswers }, pseudoFiles, await loadAddressBook(payload))
  if (!checked.complete) return problem(422, 'incomplete', 'Some answers are refused or required documents are missing.', { errors: checked.errors, missingDocuments: checked.missingDocuments })

  const uploads: Upload[] = await Promise.all(
    body.files.map(async ({ key, file }) => {
      const document = form.documents.find((candidate) => candidate.key === key)!
      return { documentKey: key, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), accept: document.accept, maxSizeMb: document.maxSizeMb }
    }),
  )
  const stored = await storeUploads(deps, uploads)
  if (!stored.ok) return problem(422, `file_${stored.problem}`, `File "${stored.name}" for "${stored.documentKey}" refused: ${stored.problem}.`)
  const submitted = await recordingStored(
    deps,
    stored.stored,
    () => submitDossier(payload, { citizenId, procedureId: procedure.id, procedure, data: checked.values, idempotencyKey, files: stored.stored }),
    (result) => result.ok && result.created,
  )
  if (!submitted.ok) return problem(submitted.status, 'refused', submitted.reason)
  const { dossier } = submitted
  return json(submitted.created ? 201 : 200, { code: dossier.code, status: dossier.status, submittedAt: dossier.submittedAt, dueAt: dossier.dueAt ?? null, receipt: `/api/applications/receipt/${dossier.code}` })
}
