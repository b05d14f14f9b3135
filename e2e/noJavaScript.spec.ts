import { expect, test } from '@playwright/test'

test.use({ javaScriptEnabled: false })

test('without JavaScript a citizen browses from the home page to a procedure and its English version', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh', exact: true }).click()
  await expect(page).toHaveURL(/\/thu-tuc\/dang-ky-khai-sinh$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thủ tục đăng ký khai sinh')
  await expect(page.getByRole('table')).toBeVisible()
  await page.getByRole('link', { name: 'Xem bằng tiếng Anh' }).click()
  await expect(page).toHaveURL(/\/en\/procedures\/dang-ky-khai-sinh$/)
  await expect(page.getByRole('heading', { level: 2, name: 'How to apply' })).toBeVisible()
})

test('without JavaScript the search box submits to the search page', async ({ page }) => {
  await page.goto('/')
  const search = page.getByRole('search', { name: 'Tra cứu thủ tục hành chính' })
  await search.getByRole('searchbox').fill('khai sinh')
  await search.getByRole('button', { name: 'Tìm kiếm' }).click()
  await expect(page).toHaveURL(/\/tim-kiem\?q=khai\+sinh$/)
})

test('without JavaScript a citizen browses fields, the pages of a listing, life events and FAQs', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Thủ tục' }).click()
  await page.getByRole('link', { name: 'Hộ tịch', exact: true }).click()
  await page.getByRole('link', { name: 'Trang sau ›' }).click()
  await expect(page).toHaveURL(/\/linh-vuc\/ho-tich\/trang\/2$/)
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Sự kiện cuộc sống' }).click()
  await page.getByRole('link', { name: /^Kết hôn/ }).click()
  await page.getByRole('link', { name: 'Thủ tục đăng ký kết hôn', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thủ tục đăng ký kết hôn')
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Hỏi đáp' }).click()
  await page.getByRole('navigation', { name: 'Lọc theo lĩnh vực' }).getByRole('link', { name: 'Hộ tịch' }).click()
  await expect(page).toHaveURL(/\/hoi-dap\/linh-vuc\/ho-tich$/)
})
