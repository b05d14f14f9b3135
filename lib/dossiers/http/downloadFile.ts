import { readCookie, sessionCookie } from '@/lib/citizen/cookies'
import { sessionOf } from '@/lib/citizen/currentSession'
import { checkFileLink } from '@/lib/files/signedLink'
import type { DossierFile } from '@/payload-types'
import type { DossierDeps } from './deps'

const refusal = (status: number, vi: string, en: string) =>
  new Response(`${vi}\n${en}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })

/** The file, if the request comes from its applicant (citizen session) or from staff who may read its dossier (agency tree). */
async function readableFile(request: Request, deps: DossierDeps, id: number): Promise<DossierFile | null> {
  const { payload } = deps
  const found = await sessionOf(payload, request, readCookie(request, sessionCookie))
  if (found.status === 'active') {
    const file = await payload.findByID({ collection: 'dossierFiles', id, depth: 0, overrideAccess: true, disableErrors: true })
    if (file && file.applicant === found.session.citizenId && (file.dossier || file.draft)) return file
  }
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return null
  // The collection's read access: officers of the handling agency's tree (dossierAccess).
  return payload.findByID({ collection: 'dossierFiles', id, depth: 0, overrideAccess: false, user, disableErrors: true })
}

/**
 * GET /api/files/<id>?expires=…&signature=…: a dossier's file, through a link that the page gave
 * someone allowed to read it, valid for five minutes, and only for that person (the session is
 * checked again). Anything else is "not found", so that file numbers reveal nothing.
 */
export async function downloadFile(request: Request, deps: DossierDeps, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const id = Number((await context.params).id)
  const query = new URL(request.url).searchParams
  if (!Number.isInteger(id) || id <= 0) return refusal(404, 'Không tìm thấy tệp.', 'No such file.')
  const link = checkFileLink(id, query.get('expires'), query.get('signature'))
  if (link === 'expired') return refusal(410, 'Liên kết tải tệp đã hết hạn; hãy tải lại trang hồ sơ.', 'The download link has expired; reload the dossier page.')
  if (link !== 'ok') return refusal(404, 'Không tìm thấy tệp.', 'No such file.')
  const file = await readableFile(request, deps, id)
  const bytes = file && (await deps.storage.get(file.storageKey))
  if (!file || !bytes) return refusal(404, 'Không tìm thấy tệp.', 'No such file.')
  return new Response(Buffer.from(bytes), {
    headers: {
      'Content-Type': file.mime,
      'Content-Length': String(bytes.length),
      'Content-Disposition': `attachment; filename="${file.name.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
