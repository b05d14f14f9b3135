import { readCookie, sessionCookie } from '@/lib/citizen/cookies'
import { sessionOf } from '@/lib/citizen/currentSession'
import { receiptOf } from '../receipt/receiptOf'
import { renderReceiptPdf } from '../receipt/receiptPdf'
import type { DossierDeps } from './deps'

const notFound = () => new Response('Không tìm thấy hồ sơ.\nNo such dossier.\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })

/** GET /api/applications/receipt/<code>?lang=vi|en: the PDF receipt of one of the signed-in citizen's dossiers (anyone else: 404). */
export async function downloadReceipt(request: Request, deps: DossierDeps, context: { params: Promise<{ code: string }> }): Promise<Response> {
  const { code } = await context.params
  const locale = new URL(request.url).searchParams.get('lang') === 'en' ? 'en' : 'vi'
  const found = await sessionOf(deps.payload, request, readCookie(request, sessionCookie))
  if (found.status !== 'active') return notFound()
  const receipt = await receiptOf(deps.payload, found.session.citizenId, decodeURIComponent(code), locale)
  if (!receipt) return notFound()
  const pdf = await renderReceiptPdf(receipt, locale)
  return new Response(Buffer.from(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="giay-tiep-nhan-${receipt.code}.pdf"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
