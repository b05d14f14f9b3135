import { loadAddressBook } from '@/lib/dossiers/forms/addressBook'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'

export const dynamic = 'force-dynamic'

/** GET /api/administrative-units/communes?province=01: the communes of a province, for the address pickers of the online forms. */
export async function GET(request: Request): Promise<Response> {
  const province = new URL(request.url).searchParams.get('province') ?? ''
  const book = await loadAddressBook(await getPayloadClient())
  if (!book.isProvince(province)) return Response.json({ error: `No province with code "${province}".` }, { status: 404 })
  return Response.json(book.communesOf(province), { headers: { 'Cache-Control': 'public, max-age=3600' } })
}
