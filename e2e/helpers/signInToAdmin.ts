import { expect, type Page } from '@playwright/test'

/** Signs in to the admin as the administrator that the e2e server creates. */
export async function signInToAdmin(page: Page): Promise<void> {
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill('e2e-admin@portal.localhost')
  await page.getByLabel('Mật khẩu').fill('E2e-Kiem-thu-2026!')
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page).toHaveURL(/\/admin$/)
}
