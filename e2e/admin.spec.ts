import { expect, test } from '@playwright/test'

// An English browser: the admin must still open in Vietnamese by default.
test.use({ locale: 'en-US' })

test('the admin login page is in Vietnamese', async ({ page }) => {
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/login/)
  await expect(page.getByLabel('Email')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible()
})

test('the first administrator signs in and sees the 2,849 imported procedures', async ({ page }) => {
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill('e2e-admin@portal.localhost')
  await page.getByLabel('Mật khẩu').fill('e2e-Admin-password-1')
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page).toHaveURL(/\/admin$/)
  await page.goto('/admin/collections/procedures')
  await expect(page.getByText('2849', { exact: false }).first()).toBeVisible()
})
