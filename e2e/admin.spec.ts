import { expect, test } from '@playwright/test'
import { signInToAdmin } from './helpers/signInToAdmin'

// An English browser: the admin must still open in Vietnamese by default.
test.use({ locale: 'en-US' })

test('the admin login page is in Vietnamese', async ({ page }) => {
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/login/)
  await expect(page.getByLabel('Email')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible()
})

test('the first administrator signs in and sees the 2,849 imported procedures', async ({ page }) => {
  await signInToAdmin(page)
  await page.goto('/admin/collections/procedures')
  await expect(page.getByText('2849', { exact: false }).first()).toBeVisible()
})

test('an imported procedure opens in the admin with its fields and review flags', async ({ page }) => {
  await signInToAdmin(page)
  await page.goto('/admin/collections/procedures?search=1.001193')
  await page.getByRole('link', { name: '1.001193' }).click()
  await expect(page.locator('input[name="code"]')).toHaveValue('1.001193')
  await expect(page.locator('input[name="name"]')).toHaveValue('Thủ tục đăng ký khai sinh')
  await expect(page.locator('#field-needsReview')).toBeChecked()
  await expect(page.getByText('Vấn đề cần rà soát')).toBeVisible()
})
