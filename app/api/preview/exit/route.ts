import { draftMode } from 'next/headers'
import { z } from 'zod'
import { getPathname } from '@/i18n/paths'

export const dynamic = 'force-dynamic'

const query = z.object({ slug: z.string().min(1).max(300).optional(), locale: z.enum(['vi', 'en']).default('vi') })

/** GET /api/preview/exit?slug=&locale=: leaves draft mode and returns to the public page (only ever a path of this site). */
export async function GET(request: Request) {
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams))
  const { slug, locale } = parsed.success ? parsed.data : { slug: undefined, locale: 'vi' as const }
  ;(await draftMode()).disable()
  const path = slug ? getPathname({ href: { pathname: '/thu-tuc/[slug]', params: { slug } }, locale }) : getPathname({ href: '/', locale })
  return new Response(null, { status: 303, headers: { Location: path, 'Cache-Control': 'no-store' } })
}
