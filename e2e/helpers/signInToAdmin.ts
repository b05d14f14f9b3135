import { expect, type Page } from '@playwright/test'

/** Signs in to the admin, by default as the administrator that the e2e server creates. */
export async function signInToAdmin(page: Page, email = 'e2e-admin@portal.localhost', password = 'E2e-Kiem-thu-2026!'): Promise<void> {
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Mật khẩu').fill(password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page).toHaveURL(/\/admin$/)
}
