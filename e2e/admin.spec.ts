import { expect, test } from '@playwright/test'
import { adminToken, e2eAdmin, freshCodes, nextPeriod } from './helpers/adminToken'
import { signInToAdmin } from './helpers/signInToAdmin'

// An English browser: the admin must still open in Vietnamese by default.
test.use({ locale: 'en-US' })

test('the admin login page is in Vietnamese', async ({ page }) => {
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/login/)
  await expect(page.getByLabel('Email')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible()
})

test('the administrator signs in with the password and the two-factor code', async ({ page }) => {
  test.setTimeout(120_000)
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(e2eAdmin.email)
  await page.getByLabel('Mật khẩu').fill(e2eAdmin.password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page.getByText('Nhập mã xác thực hai bước từ ứng dụng xác thực.')).toBeVisible()
  await expect(page).toHaveURL(/\/admin\/login/)
  // Each code is accepted once: if another test has just used this one, the next period's will do.
  for (let round = 0; round < 2 && !/\/admin$/.test(page.url()); round++) {
    if (round > 0) await nextPeriod()
    for (const code of await freshCodes()) {
      await page.getByLabel('Mã xác thực hai bước').fill(code)
      await page.getByRole('button', { name: 'Đăng nhập' }).click()
      if (await page.waitForURL(/\/admin$/, { timeout: 5_000 }).then(() => true, () => false)) break
    }
  }
  await expect(page).toHaveURL(/\/admin$/)
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

test('an editor of a ministry works in the admin within that ministry', async ({ page, request }) => {
  const token = await adminToken(request)
  const headers = { Authorization: `JWT ${token}` }
  const found = await request.get(`/api/agencies?where[name][equals]=${encodeURIComponent('Bộ Tư pháp')}&limit=1&depth=0`)
  const ministry = ((await found.json()) as { docs: { id: number }[] }).docs[0]!.id
  const email = 'e2e-editor-btp@portal.localhost'
  const password = 'Bien-tap-vien-2026!'
  const created = await request.post('/api/users', { headers, data: { email, password, role: 'editor', agency: ministry } })
  // A retry of this test finds the account already there.
  expect([201, 400]).toContain(created.status())
  await signInToAdmin(page, email, password)
  await page.goto('/admin/collections/procedures')
  await expect(page.getByText('2849', { exact: false }).first()).toBeVisible()
  await page.goto('/admin/collections/users')
  await expect(page.getByRole('link', { name: email })).toBeVisible()
  await expect(page.getByRole('link', { name: 'e2e-admin@portal.localhost' })).toHaveCount(0)
  await page.goto('/admin/collections/procedures/create')
  await expect(page.locator('input[name="code"]')).toBeVisible()
})
