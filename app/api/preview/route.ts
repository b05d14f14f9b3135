import { draftMode } from 'next/headers'
import { z } from 'zod'
import { getPathname } from '@/i18n/paths'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'

export const dynamic = 'force-dynamic'

const query = z.object({ id: z.coerce.number().int().positive(), locale: z.enum(['vi', 'en']).default('vi') })

/**
 * GET /api/preview?id=<procedure>&locale=vi|en: the admin's Preview button. A signed-in staff
 * member who may read the procedure's draft (their agency tree) is switched to draft mode and sent
 * to the procedure's public page, which then shows the latest draft on the real layout.
 */
export async function GET(request: Request) {
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams))
  if (!parsed.success) {
    return Response.json({ error: 'invalid_query', message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') }, { status: 400 })
  }
  const { id, locale } = parsed.data
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) {
    const back = `/api/preview?id=${id}&locale=${locale}`
    return Response.redirect(new URL(`/admin/login?redirect=${encodeURIComponent(back)}`, request.url), 303)
  }
  const procedure = await payload
    .findByID({ collection: 'procedures', id, draft: true, depth: 0, overrideAccess: false, user, select: { slug: true } })
    .catch(() => null)
  if (!procedure?.slug) return Response.json({ error: 'not_found', message: `No procedure ${id} that you can preview.` }, { status: 404 })
  ;(await draftMode()).enable()
  const path = getPathname({ href: { pathname: '/thu-tuc/[slug]', params: { slug: procedure.slug } }, locale })
  return new Response(null, { status: 303, headers: { Location: path, 'Cache-Control': 'no-store' } })
}
