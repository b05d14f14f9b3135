import { getPathname } from '@/i18n/paths'
import { forbidden, localeOf, seeOther } from '@/lib/citizen/http/responses'
import { actOnDossier } from '../actOnDossier'
import { recordingStored, storeUploads } from '../storeUploads'
import { citizenOfForm } from './citizenRequest'
import type { DossierDeps } from './deps'

/** What a supplement may carry: papers as PDF or pictures, 10 MB each, 10 files. */
const supplementFiles = { accept: ['pdf', 'jpeg', 'png'] as const, maxSizeMb: 10, most: 10 }

/**
 * POST /api/applications/dossier: the applicant acts on a submitted dossier from its page
 * (/tai-khoan/ho-so/<code>), with or without JavaScript: `supplement` (a note and files answering
 * what the agency asked for) or `withdraw` (before the agency receives it). The files are checked
 * and stored first, then recorded with the action in its transaction; a refused action removes them.
 */
export async function handleCitizenDossierForm(request: Request, deps: DossierDeps): Promise<Response> {
  const { payload } = deps
  const form = await request.formData().catch(() => null)
  if (!form) return forbidden({ vi: 'Không đọc được nội dung gửi lên.', en: 'The form could not be read.' }, 400)
  const locale = localeOf(form.get('locale'))
  const code = String(form.get('code') ?? '')
  const page = getPathname({ href: { pathname: '/tai-khoan/ho-so/[code]', params: { code } }, locale })
  const action = form.get('action')
  const who = await citizenOfForm(payload, request, form, { locale, returnTo: page, action: `dossier_${String(action)}` })
  if ('response' in who) return who.response
  const { docs } = await payload.find({ collection: 'dossiers', where: { and: [{ code: { equals: code } }, { applicant: { equals: who.session.citizenId } }] }, limit: 1, depth: 0, overrideAccess: true })
  const dossier = docs[0]
  if (!dossier) return forbidden({ vi: 'Không tìm thấy hồ sơ.', en: 'No such dossier.' }, 404)
  const actor = { type: 'citizen' as const, citizenId: who.session.citizenId }

  if (action === 'withdraw') {
    const done = await actOnDossier(payload, { dossierId: dossier.id, action: 'withdraw', actor, note: String(form.get('note') ?? '').slice(0, 2000) })
    return seeOther(`${page}?${done.ok ? 'xong=withdraw' : 'loi=state'}#trang-thai`)
  }
  if (action === 'supplement') {
    const files = form.getAll('file').filter((entry): entry is File => entry instanceof File && entry.size > 0)
    const note = String(form.get('note') ?? '').trim().slice(0, 4000)
    if (!files.length && !note) return seeOther(`${page}?loi=supplement_empty#bo-sung`)
    if (files.length > supplementFiles.most) return seeOther(`${page}?loi=too_many#bo-sung`)
    const uploads = await Promise.all(
      files.map(async (file) => ({ documentKey: 'supplement', name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), accept: [...supplementFiles.accept], maxSizeMb: supplementFiles.maxSizeMb })),
    )
    const stored = await storeUploads(deps, uploads)
    if (!stored.ok) return seeOther(`${page}?loi=${stored.problem}#bo-sung`)
    const done = await recordingStored(deps, stored.stored, () => actOnDossier(payload, { dossierId: dossier.id, action: 'supplement', actor, note, files: stored.stored }), (result) => result.ok)
    return seeOther(`${page}?${done.ok ? 'xong=supplement' : 'loi=state'}#${done.ok ? 'trang-thai' : 'bo-sung'}`)
  }
  return forbidden({ vi: 'Thao tác không hợp lệ.', en: 'Unknown action.' }, 400)
}
