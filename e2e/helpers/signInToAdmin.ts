import { expect, type Page } from '@playwright/test'
import { adminToken, e2eAdmin } from './adminToken'
import { primaryPort } from './ports'

/**
 * Signs in to the admin. Staff accounts without two-factor authentication go through the sign-in
 * form; the administrator (two-factor required) gets the session of its REST sign-in as a cookie,
 * so that tests do not compete for the one use of each code (e2e/admin.spec.ts signs in through
 * the form, code included).
 */
export async function signInToAdmin(page: Page, email = e2eAdmin.email, password = e2eAdmin.password): Promise<void> {
  if (email === e2eAdmin.email) {
    const token = await adminToken(page.request)
    await page.context().addCookies([{ name: 'payload-token', value: token, url: `http://localhost:${primaryPort}`, httpOnly: true, sameSite: 'Lax' }])
    await page.goto('/admin')
    await expect(page).toHaveURL(/\/admin$/)
    return
  }
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Mật khẩu').fill(password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page).toHaveURL(/\/admin$/)
}
