import { expect, test } from '@playwright/test'

test('the sitemap lists every public page with its English alternate', async ({ request }) => {
  const response = await request.get('/sitemap.xml')
  expect(response.status()).toBe(200)
  const xml = await response.text()
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname)
  expect(locs.filter((l) => l.startsWith('/thu-tuc/'))).toHaveLength(2849)
  for (const path of ['/', '/linh-vuc', '/linh-vuc/ho-tich', '/linh-vuc/ho-tich/trang/2', '/bo-nganh/bo-tu-phap', '/cap-thuc-hien/cap-xa', '/doi-tuong/cong-dan', '/su-kien/sinh-con', '/hoi-dap', '/hoi-dap/linh-vuc/ho-tich', '/hoi-dap/dang-ky-ket-hon-o-dau', '/quyet-dinh', '/quyet-dinh/trang/2', '/quyet-dinh/1722-qd-btc', '/trang/gioi-thieu', '/co-quan', '/co-quan/bo-tu-phap', '/dia-phuong', '/dia-phuong/phuong-ba-dinh', '/duong-day-nong'])
    expect(locs, path).toContain(path)
  expect(new Set(locs).size).toBe(locs.length)
  expect(xml).toMatch(/hreflang="en"\s+href="[^"]*\/en\/procedures\/dang-ky-khai-sinh"/)
  // The listed pages exist: a sample of every kind except the procedures, checked above in their own tests.
  for (const path of locs.filter((l) => !l.startsWith('/thu-tuc/')).filter((_, i) => i % 40 === 0)) expect((await request.get(path)).status(), path).toBe(200)
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
  expect(breadcrumb.itemListElement.map((i: { name: string }) => i.name)).toEqual(['Trang chủ', 'Hộ tịch', 'Thủ tục đăng ký khai sinh'])
})
