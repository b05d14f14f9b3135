import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'
import { signInAtProvider } from './helpers/citizen'

/**
 * A citizen signs in through the local test identity provider (OpenID Connect), uses the account
 * area, and signs out here and at the provider.
 */

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcag).analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

test('a test citizen signs in, uses the account area, and signs out here and at the provider', async ({ page }) => {
  // Anonymous: sent to the sign-in page, which brings the citizen back afterwards.
  await page.goto('/tai-khoan')
  await expect(page).toHaveURL(/\/dang-nhap\?/)
  await expect(page.getByText('Bạn cần đăng nhập để tiếp tục.')).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('link', { name: 'Đăng nhập bằng tài khoản định danh điện tử' }).click()
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/interaction\//)
  await signInAtProvider(page, 'Trần Thị Bích Ngọc', 1)

  await expect(page).toHaveURL(/\/tai-khoan$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Tài khoản của tôi' })).toBeVisible()
  await expect(page.getByText('Xin chào, Trần Thị Bích Ngọc')).toBeVisible()
  const identity = page.getByRole('region', { name: 'Thông tin định danh' })
  await expect(identity).toContainText('079192004567')
  await expect(identity).toContainText('45 đường Lê Lợi, phường Sài Gòn, Thành phố Hồ Chí Minh')
  await expect(identity).toContainText('Mức 1')
  await expect(page.getByRole('region', { name: 'Hồ sơ của tôi' })).toContainText('Bạn chưa nộp hồ sơ trực tuyến nào.')
  await expect(page.getByRole('region', { name: 'Phiên đăng nhập' })).toContainText('Phiên này')
  await expectAccessible(page)

  // Contact preferences: a wrong number is refused with a summary that links to the field, and kept to be corrected.
  const contact = page.getByRole('region', { name: 'Liên hệ và thông báo' })
  await contact.getByLabel('Số điện thoại di động nhận thông báo').fill('12345')
  await contact.getByRole('button', { name: 'Lưu' }).click()
  await expect(contact.getByRole('alert')).toContainText('Số điện thoại di động chưa đúng')
  await expect(contact.getByLabel('Số điện thoại di động nhận thông báo')).toHaveValue('12345')
  await expect(contact.getByLabel('Số điện thoại di động nhận thông báo')).toHaveAttribute('aria-invalid', 'true')
  await contact.getByLabel('Số điện thoại di động nhận thông báo').fill('0987 654 322')
  await contact.getByRole('button', { name: 'Lưu' }).click()
  await expect(contact.getByText('Đã lưu thay đổi.')).toBeVisible()
  await expect(contact.getByLabel('Số điện thoại di động nhận thông báo')).toHaveValue('0987654322')

  // A consent, recorded with its history.
  const consents = page.getByRole('region', { name: 'Đồng ý xử lý dữ liệu cá nhân' })
  await consents.getByRole('button', { name: 'Đồng ý' }).first().click()
  await expect(consents.getByRole('button', { name: 'Rút lại đồng ý' })).toBeVisible()
  await expect(consents.getByRole('table')).toContainText('Đã đồng ý')

  // The data download.
  const download = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Tải dữ liệu (JSON)' }).click()
  const data = JSON.parse(await (await (await download).createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8')))
  expect(data.identity.personalId).toBe('079192004567')
  expect(data.contactPreferences.phone).toBe('0987654322')

  // Sign out: here, then at the provider, back to the portal's "signed out" page.
  await page.getByRole('button', { name: 'Đăng xuất', exact: true }).click()
  await expect(page).toHaveURL(/\/da-dang-xuat$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Bạn đã đăng xuất' })).toBeVisible()
  await page.goto('/tai-khoan')
  await expect(page).toHaveURL(/\/dang-nhap\?/)
  // The provider asks again: its session ended too.
  await page.getByRole('link', { name: 'Đăng nhập bằng tài khoản định danh điện tử' }).click()
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/interaction\//)
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible()
})

test('the English account area, and a cancelled sign-in explained', async ({ page }) => {
  await page.goto('/en/account')
  await expect(page).toHaveURL(/\/en\/sign-in\?/)
  await page.getByRole('link', { name: 'Sign in with your electronic identity account' }).click()
  await page.getByRole('button', { name: 'Huỷ' }).click()
  await expect(page).toHaveURL(/\/en\/sign-in\?loi=cancelled/)
  // (Next.js's route announcer is an alert too.)
  await expect(page.getByRole('alert').filter({ hasText: 'You are not signed in' })).toContainText('You cancelled signing in.')
  await page.getByRole('link', { name: 'Sign in with your electronic identity account' }).click()
  await signInAtProvider(page, 'Lê Hoàng Minh', 2)
  await expect(page).toHaveURL(/\/en\/account$/)
  await expect(page.getByText('Hello, Lê Hoàng Minh')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Identity' })).toContainText('Level 2')
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Sign out everywhere' }).click()
  await expect(page).toHaveURL(/\/da-dang-xuat$|\/en\/signed-out$/)
})
