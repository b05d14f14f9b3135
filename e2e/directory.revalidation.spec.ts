import { expect, type APIRequestContext, type Page, test } from '@playwright/test'

import { adminHeaders } from './helpers/adminToken'

// Runs with the other content-changing tests (its name matches their pattern in playwright.config.ts).


async function agencyId(request: APIRequestContext, slug: string): Promise<number> {
  const response = await request.get(`/api/agencies?where[slug][equals]=${slug}&depth=0`)
  return (await response.json()).docs[0].id
}

/** Reloads until the page shows what the edit changed: revalidation expires it at once, rendering may take a moment. */
const eventually = (page: Page, path: string, check: () => Promise<void>) =>
  expect(async () => {
    await page.goto(path)
    await check()
  }).toPass({ timeout: 15_000 })

test('contacts saved in the CMS reach the agency page as tel:, mailto: and website links', async ({ page, request }) => {
  const headers = await adminHeaders(request)
  const id = await agencyId(request, 'bo-tu-phap')
  const setContacts = (contacts: Record<string, string | null>) => request.patch(`/api/agencies/${id}?locale=vi`, { data: { contacts }, headers })
  try {
    const saved = await setContacts({ address: '58-60 Trần Phú, Ba Đình, Hà Nội', phone: '024 6273 9718; 0243 8253 203', email: 'vanthu@moj.gov.vn', website: 'moj.gov.vn' })
    expect(saved.ok()).toBeTruthy()
    await eventually(page, '/co-quan/bo-tu-phap', async () => {
      await expect(page.getByRole('link', { name: 'Gọi 024 6273 9718' })).toHaveAttribute('href', 'tel:02462739718', { timeout: 500 })
    })
    await expect(page.getByRole('link', { name: 'Gọi 0243 8253 203' })).toHaveAttribute('href', 'tel:02438253203')
    await expect(page.getByRole('link', { name: 'vanthu@moj.gov.vn' })).toHaveAttribute('href', 'mailto:vanthu@moj.gov.vn')
    await expect(page.getByRole('link', { name: 'moj.gov.vn', exact: true })).toHaveAttribute('href', 'https://moj.gov.vn')
    await expect(page.getByText('58-60 Trần Phú, Ba Đình, Hà Nội')).toBeVisible()
    await page.goto('/co-quan')
    await expect(page.getByRole('link', { name: 'Gọi 024 6273 9718' })).toHaveAttribute('href', 'tel:02462739718')
  } finally {
    await setContacts({ address: null, phone: null, email: null, website: null })
  }
  await eventually(page, '/co-quan/bo-tu-phap', async () => {
    await expect(page.getByText('Cơ quan này chưa công bố thông tin liên hệ trên Cổng.')).toBeVisible({ timeout: 500 })
  })
})

test('a hotline attached to an agency appears on its page and on the hotlines page, and goes when deleted', async ({ page, request }) => {
  const headers = await adminHeaders(request)
  const agency = await agencyId(request, 'bo-tu-phap')
  const created = await request.post('/api/hotlines?locale=vi', {
    data: { name: 'Đường dây nóng lý lịch tư pháp', phone: '19001234', hours: 'Giờ hành chính', agency, order: 99 },
    headers,
  })
  expect(created.ok()).toBeTruthy()
  const id = (await created.json()).doc.id
  try {
    await eventually(page, '/co-quan/bo-tu-phap', async () => {
      await expect(page.getByRole('heading', { level: 3, name: 'Đường dây nóng lý lịch tư pháp' })).toBeVisible({ timeout: 500 })
    })
    await expect(page.getByRole('link', { name: 'Gọi 1900 1234' })).toHaveAttribute('href', 'tel:19001234')
    await eventually(page, '/duong-day-nong', async () => {
      await expect(page.getByRole('heading', { level: 2, name: 'Đường dây nóng lý lịch tư pháp' })).toBeVisible({ timeout: 500 })
    })
    await expect(page.getByRole('link', { name: 'Bộ Tư pháp' })).toHaveAttribute('href', '/co-quan/bo-tu-phap')
  } finally {
    expect((await request.delete(`/api/hotlines/${id}`, { headers })).ok()).toBeTruthy()
  }
  await eventually(page, '/duong-day-nong', async () => {
    await expect(page.getByRole('heading', { level: 2, name: 'Đường dây nóng lý lịch tư pháp' })).toHaveCount(0, { timeout: 500 })
  })
})
