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
