import { expect, type Page } from '@playwright/test'

/** On the local test identity provider's page: picks the test citizen and the assurance level, and signs in. */
export async function signInAtProvider(page: Page, citizen: string, level: 1 | 2) {
  await expect(page.getByText('MÔI TRƯỜNG THỬ NGHIỆM')).toBeVisible()
  await page.getByRole('radio', { name: new RegExp(citizen) }).check()
  await page.getByRole('radio', { name: new RegExp(`mức ${level}`) }).check()
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
}
