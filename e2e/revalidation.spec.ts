import { expect, type APIRequestContext, test } from '@playwright/test'

const path = '/thu-tuc/dang-ky-khai-tu'

async function adminToken(request: APIRequestContext): Promise<string> {
  const response = await request.post('/api/users/login', { data: { email: 'e2e-admin@portal.localhost', password: 'e2e-Admin-password-1' } })
  expect(response.ok()).toBeTruthy()
  return (await response.json()).token
}

async function procedureId(request: APIRequestContext, token: string): Promise<number> {
  const response = await request.get('/api/procedures?where[code][equals]=1.000656&depth=0', { headers: { Authorization: `JWT ${token}` } })
  return (await response.json()).docs[0].id
}

test('an edit in the CMS reaches the public page within seconds, and unpublishing makes it 404', async ({ page, request }) => {
  const token = await adminToken(request)
  const id = await procedureId(request, token)
  const patch = (data: Record<string, unknown>) =>
    request.patch(`/api/procedures/${id}?locale=vi`, { data, headers: { Authorization: `JWT ${token}` } })
  try {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thủ tục đăng ký khai tử')

    expect((await patch({ name: 'Thủ tục đăng ký khai tử (đã cập nhật)' })).ok()).toBeTruthy()
    await expect(async () => {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thủ tục đăng ký khai tử (đã cập nhật)', { timeout: 500 })
    }).toPass({ timeout: 10_000 })

    expect((await patch({ status: 'draft' })).ok()).toBeTruthy()
    await expect(async () => {
      const response = await page.goto(path)
      expect(response?.status()).toBe(404)
    }).toPass({ timeout: 10_000 })
  } finally {
    await patch({ name: 'Thủ tục đăng ký khai tử', status: 'published' })
  }
  await expect(async () => {
    const response = await page.goto(path)
    expect(response?.status()).toBe(200)
  }).toPass({ timeout: 10_000 })
})
