import { expect, test } from '@playwright/test'

test('a procedure page gives a citizen everything needed to act', async ({ page }) => {
  await page.goto('/thu-tuc/dang-ky-khai-sinh')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thủ tục đăng ký khai sinh')
  await expect(page.getByText('1.001193', { exact: true })).toBeVisible()
  for (const heading of ['Trình tự thực hiện', 'Cách thức thực hiện', 'Thành phần hồ sơ', 'Kết quả thực hiện', 'Căn cứ pháp lý'])
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible()
  const channels = page.getByRole('table')
  await expect(channels.getByRole('rowheader', { name: 'Trực tuyến' })).toBeVisible()
  await expect(page.getByText('Giấy khai sinh (Mã kết quả: KQ.G15.000031)')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' })).toHaveAttribute('href', '/nop-ho-so/1.001193')
})

test('the English page of an untranslated procedure shows the Vietnamese text, marked as such', async ({ page }) => {
  await page.goto('/en/procedures/dang-ky-khai-sinh')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByText('This procedure has not been translated into English yet')).toBeVisible()
  await expect(page.locator('article')).toHaveAttribute('lang', 'vi')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thủ tục đăng ký khai sinh')
  await expect(page.getByRole('heading', { level: 2, name: 'How to apply' })).toBeVisible()
})

test('a citizen goes from the home page to a procedure', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: 'Thủ tục đăng ký kết hôn', exact: true }).click()
  await expect(page).toHaveURL(/\/thu-tuc\/dang-ky-ket-hon$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thủ tục đăng ký kết hôn')
})

test('an unknown procedure answers 404', async ({ page }) => {
  const response = await page.goto('/thu-tuc/khong-co-thu-tuc-nay')
  expect(response?.status()).toBe(404)
})
