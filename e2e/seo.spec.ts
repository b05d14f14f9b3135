import { expect, test } from '@playwright/test'

test('the sitemap lists every published procedure with its English alternate', async ({ request }) => {
  const response = await request.get('/sitemap.xml')
  expect(response.status()).toBe(200)
  const xml = await response.text()
  expect(xml.match(/<url>/g)?.length).toBe(2849 + 1)
  expect(xml).toContain('/thu-tuc/dang-ky-khai-sinh</loc>')
  expect(xml).toMatch(/hreflang="en"\s+href="[^"]*\/en\/procedures\/dang-ky-khai-sinh"/)
})

test('robots.txt opens the site, closes the admin and points at the sitemap', async ({ request }) => {
  const text = await (await request.get('/robots.txt')).text()
  expect(text).toContain('Disallow: /admin')
  expect(text).toMatch(/Sitemap: .*\/sitemap\.xml/)
})

test('a procedure page declares its canonical URL and language alternates', async ({ page }) => {
  await page.goto('/en/procedures/dang-ky-khai-sinh')
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/en\/procedures\/dang-ky-khai-sinh$/)
  await expect(page.locator('link[rel="alternate"][hreflang="vi"]')).toHaveAttribute('href', /\/thu-tuc\/dang-ky-khai-sinh$/)
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Thủ tục đăng ký khai sinh')
})

test('a procedure page carries GovernmentService and BreadcrumbList structured data', async ({ page }) => {
  await page.goto('/thu-tuc/dang-ky-khai-sinh')
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
  const data = blocks.map((b) => JSON.parse(b))
  const service = data.find((d) => d['@type'] === 'GovernmentService')
  expect(service).toMatchObject({
    name: 'Thủ tục đăng ký khai sinh',
    identifier: '1.001193',
    provider: { '@type': 'GovernmentOrganization', name: 'Bộ Tư pháp' },
    areaServed: { '@type': 'Country', name: 'Việt Nam' },
  })
  expect(service.availableChannel.map((c: { name: string }) => c.name).sort()).toEqual(['Dịch vụ bưu chính', 'Trực tiếp', 'Trực tuyến'])
  const breadcrumb = data.find((d) => d['@type'] === 'BreadcrumbList')
  expect(breadcrumb.itemListElement).toHaveLength(2)
})
