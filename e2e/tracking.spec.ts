import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

/** Public tracking of a dossier by its code and the last four digits (the full journey comes with online submission). */
test('tracking answers one message for a code and digits that match nothing, and explains bad input', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tra cứu hồ sơ' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Tra cứu hồ sơ' })).toBeVisible()
  await page.getByLabel('Mã hồ sơ').fill('G06-261124-0001')
  await page.getByLabel('4 số cuối số định danh cá nhân hoặc số điện thoại của người nộp').fill('1234')
  await page.getByRole('button', { name: 'Tra cứu' }).click()
  await expect(page).toHaveURL(/\/tra-cuu-ho-so\?ma=G06-261124-0001&so=1234$/)
  await expect(page.getByRole('alert').filter({ hasText: 'Không tìm thấy' })).toContainText('Không tìm thấy hồ sơ với mã và 4 số cuối này.')
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  expect(results.violations.map((v) => v.id)).toEqual([])

  await page.goto('/en/track?ma=G06-261124-0001&so=12')
  await expect(page.getByRole('alert').filter({ hasText: '4 digits' })).toContainText('Enter the application code and exactly 4 digits.')
})
