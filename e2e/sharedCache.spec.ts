import { expect, type Page, test } from '@playwright/test'
import { adminToken } from './helpers/adminToken'
import { primaryPort, secondPort } from './helpers/ports'

// Two `next start` processes on one build and one database, as behind a load balancer.
const instanceA = `http://localhost:${primaryPort}`
const instanceB = `http://localhost:${secondPort}`
const path = '/thu-tuc/dang-ky-ket-hon'
const name = 'Thủ tục đăng ký kết hôn'

async function headingOn(page: Page, instance: string): Promise<string | null> {
  await page.goto(`${instance}${path}`)
  return page.getByRole('heading', { level: 1 }).textContent()
}

test.beforeAll(async ({ request }) => {
  await expect.poll(async () => (await request.get(`${instanceB}/api/health`).catch(() => null))?.status(), { timeout: 30_000 }).toBe(200)
})

test('an edit saved on one instance reaches the page on another at once, and both share the new page', async ({ page, request }) => {
  const token = await adminToken(request, instanceA)
  const headers = { Authorization: `JWT ${token}` }
  const found = await request.get(`${instanceA}/api/procedures?where[code][equals]=1.000894&depth=0`, { headers })
  const id = (await found.json()).docs[0].id
  const rename = (to: string) => request.patch(`${instanceA}/api/procedures/${id}?locale=vi`, { data: { name: to }, headers })
  try {
    expect(await headingOn(page, instanceB)).toBe(name)

    expect((await rename(`${name} (đã cập nhật)`)).ok()).toBeTruthy()
    // Instance B never saw the request: only the shared cache can tell it.
    await expect(async () => expect(await headingOn(page, instanceB)).toBe(`${name} (đã cập nhật)`)).toPass({ timeout: 10_000 })

    // The page B rendered is in the shared cache: A serves it without rendering.
    const fromA = await request.get(`${instanceA}${path}`)
    expect(fromA.headers()['x-nextjs-cache']).toBe('HIT')
    expect(await fromA.text()).toContain(`${name} (đã cập nhật)`)
  } finally {
    await rename(name)
  }
  await expect(async () => expect(await headingOn(page, instanceB)).toBe(name)).toPass({ timeout: 10_000 })
})
