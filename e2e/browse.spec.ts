import { expect, test } from '@playwright/test'

test('a citizen browses from the home page by field, through the pages of a listing, to a procedure', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: 'Tất cả lĩnh vực' }).click()
  await expect(page).toHaveURL(/\/linh-vuc$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lĩnh vực')
  await page.getByRole('link', { name: 'Hộ tịch', exact: true }).click()
  await expect(page).toHaveURL(/\/linh-vuc\/ho-tich$/)
  await expect(page.getByTestId('listing-count')).toHaveText(/^Thủ tục 1–30 trong \d+$/)
  await page.getByRole('link', { name: 'Trang sau ›' }).click()
  await expect(page).toHaveURL(/\/linh-vuc\/ho-tich\/trang\/2$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hộ tịch (trang 2)')
  await expect(page.getByTestId('listing-count')).toHaveText(/^Thủ tục 31–\d+ trong \d+$/)
  await page.getByRole('link', { name: 'Trang 1', exact: true }).click()
  await expect(page).toHaveURL(/\/linh-vuc\/ho-tich$/)
  await page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thủ tục đăng ký khai sinh')
  // The breadcrumb leads back to the field.
  await expect(page.getByRole('navigation', { name: 'Đường dẫn' }).getByRole('link', { name: 'Hộ tịch' })).toHaveAttribute('href', '/linh-vuc/ho-tich')
})

test('the English listings live under English paths and mark the names that are only in Vietnamese', async ({ page }) => {
  await page.goto('/en/fields/ho-tich')
  await expect(page.getByTestId('listing-count')).toHaveText(/^Procedures 1–30 of \d+$/)
  await expect(page.getByText('Some of this page has no English translation yet and is shown in Vietnamese.')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh', exact: true })).toHaveAttribute('lang', 'vi')
  await page.getByRole('link', { name: 'Next ›' }).click()
  await expect(page).toHaveURL(/\/en\/fields\/ho-tich\/page\/2$/)
  await page.getByRole('link', { name: 'View in Vietnamese' }).click()
  await expect(page).toHaveURL(/\/linh-vuc\/ho-tich\/trang\/2$/)
})

test('listings by ministry, level and audience count their procedures', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: /^Thủ tục cấp xã/ }).click()
  await expect(page).toHaveURL(/\/cap-thuc-hien\/cap-xa$/)
  await expect(page.getByTestId('listing-count')).toHaveText(/trong \d/)
  await page.goto('/')
  await page.getByRole('link', { name: /^Thủ tục cho doanh nghiệp/ }).click()
  await expect(page).toHaveURL(/\/doi-tuong\/doanh-nghiep$/)
  await page.goto('/bo-nganh')
  await page.getByRole('link', { name: 'Bộ Tư pháp' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bộ Tư pháp')
  await expect(page.getByTestId('listing-count')).toHaveText(/trong \d/)
})

test('past the last page and page 1 by number: 404 and a redirect', async ({ page }) => {
  expect((await page.goto('/linh-vuc/ho-tich/trang/99'))?.status()).toBe(404)
  expect((await page.goto('/linh-vuc/ho-tich/trang/abc'))?.status()).toBe(404)
  await page.goto('/linh-vuc/ho-tich/trang/1')
  await expect(page).toHaveURL(/\/linh-vuc\/ho-tich$/)
})

test('a life event groups the procedures of one moment of life', async ({ page }) => {
  await page.goto('/su-kien')
  await page.getByRole('link', { name: /^Sinh con/ }).click()
  await expect(page).toHaveURL(/\/su-kien\/sinh-con$/)
  await expect(page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh', exact: true })).toBeVisible()
  await page.goto('/en/life-events/sinh-con')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Having a baby')
})

test('a procedure links to its publication decision, which lists the procedures it published', async ({ page }) => {
  await page.goto('/thu-tuc/dang-ky-khai-sinh')
  const decision = page.getByRole('definition').getByRole('link').filter({ hasText: /QĐ/ })
  const number = (await decision.textContent())!.trim()
  await decision.click()
  await expect(page).toHaveURL(/\/quyet-dinh\//)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Quyết định số ${number}`)
  await expect(page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh', exact: true })).toBeVisible()
  await page.getByRole('navigation', { name: 'Đường dẫn' }).getByRole('link', { name: 'Quyết định công bố thủ tục hành chính' }).click()
  await expect(page.getByTestId('listing-count')).toHaveText(/^\d+ quyết định$/)
})

test('FAQs filter by field and answer with links to the procedures', async ({ page }) => {
  await page.goto('/hoi-dap')
  await page.getByRole('navigation', { name: 'Lọc theo lĩnh vực' }).getByRole('link', { name: 'Hộ tịch' }).click()
  await expect(page).toHaveURL(/\/hoi-dap\/linh-vuc\/ho-tich$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hỏi đáp: Hộ tịch')
  await page.getByRole('link', { name: 'Đăng ký khai sinh cần những giấy tờ gì?' }).click()
  await expect(page.getByText('giấy chứng sinh', { exact: false }).first()).toBeVisible()
  await page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh', exact: true }).click()
  await expect(page).toHaveURL(/\/thu-tuc\/dang-ky-khai-sinh$/)
})

test('the footer leads to the terms of use and the accessibility statement in both languages', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('contentinfo').getByRole('link', { name: 'Điều khoản sử dụng' }).click()
  await expect(page).toHaveURL(/\/trang\/dieu-khoan-su-dung$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Điều khoản sử dụng')
  await page.goto('/en')
  await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility' }).click()
  await expect(page).toHaveURL(/\/en\/pages\/tuyen-bo-tiep-can$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement')
})

test('content pages tell a CDN how long it may keep them', async ({ request }) => {
  for (const path of ['/', '/linh-vuc/ho-tich', '/thu-tuc/dang-ky-khai-sinh', '/hoi-dap', '/en/faq']) {
    const response = await request.get(path)
    expect(response.headers()['cache-control'], path).toMatch(/^s-maxage=300, stale-while-revalidate=\d+$/)
    expect(response.headers()['set-cookie'], path).toBeUndefined()
  }
})
