import { expect, type APIRequestContext, test } from '@playwright/test'
import { adminToken } from './helpers/adminToken'

const codesFor = async (request: APIRequestContext, q: string): Promise<string[]> => {
  const response = await request.get(`/api/search?q=${encodeURIComponent(q)}&type=procedure`, { headers: { 'x-forwarded-for': '192.0.2.44' } })
  expect(response.status()).toBe(200)
  return (await response.json()).hits.map((hit: { code: string }) => hit.code)
}

test('an edit in the CMS reaches search within seconds, and an unpublished procedure leaves it', async ({ request }) => {
  const token = await adminToken(request)
  const found = await request.get('/api/procedures?where[code][equals]=1.000656&depth=0', { headers: { Authorization: `JWT ${token}` } })
  const { id, name } = (await found.json()).docs[0] as { id: number; name: string }
  const patch = (data: Record<string, unknown>) => request.patch(`/api/procedures/${id}?locale=vi`, { data, headers: { Authorization: `JWT ${token}` } })
  try {
    expect((await patch({ name: `${name} (ngoclantay)` })).ok()).toBeTruthy()
    await expect(async () => expect(await codesFor(request, 'ngoclantay')).toEqual(['1.000656'])).toPass({ timeout: 10_000 })

    expect((await patch({ status: 'draft' })).ok()).toBeTruthy()
    await expect(async () => expect(await codesFor(request, 'ngoclantay')).toEqual([])).toPass({ timeout: 10_000 })
  } finally {
    await patch({ name, status: 'published' })
  }
  // Back, first for its code (other tests' procedures may mention the code too).
  await expect(async () => expect((await codesFor(request, '1.000656'))[0]).toBe('1.000656')).toPass({ timeout: 10_000 })
})
