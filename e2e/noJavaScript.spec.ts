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
  await page.getByRole('searchbox').fill('khai sinh')
  await page.getByRole('button', { name: 'Tìm kiếm' }).click()
  await expect(page).toHaveURL(/\/tim-kiem\?q=khai\+sinh$/)
})
