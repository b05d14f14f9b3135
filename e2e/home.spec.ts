import { expect, test } from '@playwright/test'

test('the Vietnamese home page shows the search box and the real procedure count', async ({ page }) => {
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tra cứu thủ tục hành chính')
  // With JavaScript the search box is a combobox that suggests as one types (e2e/search.spec.ts).
  await expect(page.getByRole('combobox', { name: 'Bạn cần làm thủ tục gì?' })).toBeVisible()
  await expect(page.getByTestId('procedure-stats')).toContainText('2.849 thủ tục hành chính')
  await expect(page.getByRole('heading', { name: 'Thủ tục theo bộ, ngành' })).toBeVisible()
  await expect(page.getByText('Bộ Tư pháp')).toBeVisible()
})

test('the English home page lives under /en', async ({ page }) => {
  await page.goto('/en')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Find an administrative procedure')
  await expect(page.getByTestId('procedure-stats')).toContainText('2,849 administrative procedures')
})

test('the language link switches between Vietnamese and English', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: 'Xem bằng tiếng Anh' }).click()
  await expect(page).toHaveURL(/\/en$/)
  await page.getByRole('link', { name: 'View in Vietnamese' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
})

test('an unknown page answers 404 in Vietnamese', async ({ page }) => {
  const response = await page.goto('/khong-co-trang-nay')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang')
})
