import { expect, type APIRequestContext, test } from '@playwright/test'
import { adminToken } from './helpers/adminToken'

const path = '/thu-tuc/dang-ky-khai-tu'

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

test('unpublishing a procedure takes it out of its field listing and the sitemap at once', async ({ page, request }) => {
  const token = await adminToken(request)
  const id = await procedureId(request, token)
  const patch = (data: Record<string, unknown>) => request.patch(`/api/procedures/${id}?locale=vi`, { data, headers: { Authorization: `JWT ${token}` } })
  const countIn = async (listing: string) => {
    await page.goto(listing)
    return Number((await page.getByTestId('listing-count').textContent())!.match(/trong ([\d.]+)/)![1].replace('.', ''))
  }
  const before = await countIn('/linh-vuc/ho-tich')
  try {
    expect((await patch({ status: 'draft' })).ok()).toBeTruthy()
    await expect(async () => expect(await countIn('/linh-vuc/ho-tich')).toBe(before - 1)).toPass({ timeout: 10_000 })
    await expect(page.getByRole('link', { name: 'Thủ tục đăng ký khai tử', exact: true })).toHaveCount(0)
    expect(await (await request.get('/sitemap.xml')).text()).not.toContain('/thu-tuc/dang-ky-khai-tu<')
  } finally {
    await patch({ status: 'published' })
  }
  await expect(async () => expect(await countIn('/linh-vuc/ho-tich')).toBe(before)).toPass({ timeout: 10_000 })
})

test('an FAQ edited in the CMS changes on its page and in the list; unpublished, it answers 404', async ({ page, request }) => {
  const token = await adminToken(request)
  const headers = { Authorization: `JWT ${token}` }
  const { docs } = await (await request.get('/api/faqs?where[slug][equals]=dang-ky-ket-hon-o-dau&depth=0', { headers })).json()
  const id = docs[0].id
  const patch = (data: Record<string, unknown>) => request.patch(`/api/faqs/${id}?locale=vi`, { data, headers })
  const path = '/hoi-dap/dang-ky-ket-hon-o-dau'
  try {
    expect((await patch({ question: 'Đăng ký kết hôn ở cơ quan nào?' })).ok()).toBeTruthy()
    await expect(async () => {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng ký kết hôn ở cơ quan nào?', { timeout: 500 })
    }).toPass({ timeout: 10_000 })
    await page.goto('/hoi-dap')
    await expect(page.getByRole('link', { name: 'Đăng ký kết hôn ở cơ quan nào?' })).toBeVisible()
    expect((await patch({ status: 'draft' })).ok()).toBeTruthy()
    await expect(async () => expect((await page.goto(path))?.status()).toBe(404)).toPass({ timeout: 10_000 })
  } finally {
    await patch({ question: 'Đăng ký kết hôn ở đâu?', status: 'published' })
  }
  await expect(async () => expect((await page.goto(path))?.status()).toBe(200)).toPass({ timeout: 10_000 })
})

test('a decision lists the procedures it amended and, without links, those it abolished', async ({ page, request }) => {
  const token = await adminToken(request)
  const headers = { Authorization: `JWT ${token}` }
  const procedure = async (code: string) => (await (await request.get(`/api/procedures?where[code][equals]=${code}&depth=0`, { headers })).json()).docs[0]
  const birth = await procedure('1.001193')
  const amended = await procedure('1.000894')
  const abolished = await procedure('1.001022')
  const decisionId = birth.publicationDecision as number
  const decision = await (await request.get(`/api/publicationDecisions/${decisionId}?depth=0`, { headers })).json()
  const path = `/quyet-dinh/${decision.slug}`
  try {
    expect((await request.patch(`/api/procedures/${abolished.id}`, { data: { status: 'abolished' }, headers })).ok()).toBeTruthy()
    const items = [
      { action: 'amend', procedure: amended.id },
      { action: 'abolish', procedure: abolished.id },
    ]
    expect((await request.patch(`/api/publicationDecisions/${decisionId}`, { data: { items }, headers })).ok()).toBeTruthy()
    await expect(async () => {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 2, name: /Thủ tục được sửa đổi, bổ sung theo quyết định này \(1\)/ })).toBeVisible({ timeout: 500 })
    }).toPass({ timeout: 10_000 })
    const amendedList = page.getByRole('region', { name: /sửa đổi, bổ sung/ })
    await expect(amendedList.getByRole('link', { name: amended.name, exact: true })).toBeVisible()
    const abolishedList = page.getByRole('region', { name: /bị bãi bỏ/ })
    await expect(abolishedList.getByText(abolished.name, { exact: true })).toBeVisible()
    await expect(abolishedList.getByRole('link')).toHaveCount(0)
  } finally {
    await request.patch(`/api/publicationDecisions/${decisionId}`, { data: { items: [] }, headers })
    await request.patch(`/api/procedures/${abolished.id}`, { data: { status: 'published' }, headers })
  }
})
