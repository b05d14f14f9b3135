import { expect, test } from '@playwright/test'
import { signInAtProvider } from './helpers/citizen'
import { adminHeaders } from './helpers/adminToken'

/**
 * A procedure that requires a level-2 electronic identity: a citizen signed in at level 1 is
 * refused and told how to go on; signing in again at level 2 lets them in. Changes a procedure,
 * so it runs with the content-changing tests, and puts it back.
 */
test('a procedure requiring level 2 refuses a level-1 sign-in and accepts a level-2 one', async ({ page, request }) => {
  const headers = await adminHeaders(request)
  const found = (await (await request.get('/api/procedures?where[onlineServiceLevel][equals]=full&where[status][equals]=published&sort=code&limit=1&depth=0', { headers })).json()) as {
    docs: { id: number; code: string; name: string }[]
  }
  const procedure = found.docs[0]!
  expect((await request.patch(`/api/procedures/${procedure.id}`, { headers, data: { minimumAssuranceLevel: '2' } })).ok()).toBeTruthy()
  try {
    await expect(async () => {
      await page.goto(`/nop-ho-so/${procedure.code}`)
      await expect(page).toHaveURL(/\/dang-nhap\?/, { timeout: 1_000 })
    }).toPass({ timeout: 20_000 })
    await page.getByRole('link', { name: 'Đăng nhập bằng tài khoản định danh điện tử' }).click()
    await signInAtProvider(page, 'Nguyễn Văn An', 1)

    await expect(page).toHaveURL(new RegExp(`/nop-ho-so/${procedure.code.replace('.', '\\.')}$`))
    await expect(page.getByRole('heading', { level: 2, name: 'Thủ tục này yêu cầu tài khoản định danh điện tử mức 2' })).toBeVisible()
    await expect(page.getByText('Bạn đang đăng nhập với mức 1.', { exact: false })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Người nộp hồ sơ' })).toHaveCount(0)

    await page.getByRole('link', { name: 'Đăng nhập lại với mức 2' }).click()
    // The provider asks again (step-up), with level 2 chosen for the citizen.
    await expect(page.getByRole('radio', { name: /mức 2/ })).toBeChecked()
    await signInAtProvider(page, 'Nguyễn Văn An', 2)
    await expect(page.getByRole('heading', { name: 'Người nộp hồ sơ' })).toBeVisible()
    await expect(page.getByText('001085012345')).toBeVisible()
  } finally {
    await request.patch(`/api/procedures/${procedure.id}`, { headers, data: { minimumAssuranceLevel: '1' } })
  }
})
