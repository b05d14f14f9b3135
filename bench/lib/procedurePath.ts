/**
 * The Vietnamese page of a published procedure, found by its national code through the
 * portal's public REST API, so that it works on any running portal (`--url`).
 */
export async function procedurePath(origin: string, code: string): Promise<string> {
  const query = new URLSearchParams({ 'where[code][equals]': code, depth: '0', limit: '1', 'select[slug]': 'true' })
  const response = await fetch(`${origin}/api/procedures?${query}`)
  if (!response.ok) throw new Error(`${origin}/api/procedures answered ${response.status}`)
  const { docs } = (await response.json()) as { docs: Array<{ slug?: string | null }> }
  const slug = docs[0]?.slug
  if (!slug) throw new Error(`No published procedure with the code ${code} on ${origin}`)
  return `/thu-tuc/${encodeURIComponent(slug)}`
}
