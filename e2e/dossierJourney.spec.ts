import { expect, type Page, test } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { adminHeaders } from './helpers/adminToken'
import { signInAtProvider } from './helpers/citizen'
import { officerActs, signInAsOfficer } from './helpers/officer'

/**
 * The whole loop of an online dossier: a test citizen signs in, applies for birth registration
 * (1.001193) step by step with a file, gets the code and the PDF receipt; an officer of the
 * handling agency asks for a supplement in the admin; the citizen supplements online; the officer
 * receives, processes, approves and returns the result with a document; the citizen sees the
 * result and the whole timeline, and was told each step by e-mail.
 */
test.describe.configure({ mode: 'serial' })
test.setTimeout(180_000)

const procedure = '1.001193'
const citizen = { name: 'Phạm Thị Hương', email: 'pham.thi.huong@example.vn' }
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n1 0 obj<<>>endobj\n% ${text}\ntrailer<<>>\n%%EOF\n`)

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze()
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
}

let dossierCode = ''

test('a citizen applies online with a file and gets the code and the PDF receipt', async ({ page }) => {
  await page.goto(`/nop-ho-so/${procedure}`)
  await expect(page).toHaveURL(/\/dang-nhap\?/)
  await page.getByRole('link', { name: 'Đăng nhập bằng tài khoản định danh điện tử' }).click()
  await signInAtProvider(page, citizen.name, 2)
  await expect(page.getByRole('heading', { name: 'Người nộp hồ sơ' })).toBeVisible()

  // A draft left by an earlier run of this test is continued; a new one starts with the consent to pre-fill.
  const resume = page.getByRole('link', { name: 'Tiếp tục khai hồ sơ' })
  if (await resume.isVisible()) await page.goto(`/nop-ho-so/${procedure}?buoc=1`)
  else {
    // Asked once: a citizen who agreed before (an earlier run) is told the form is pre-filled.
    const consent = page.getByLabel(/Dùng thông tin định danh của tôi/)
    if (await consent.isVisible()) await consent.check()
    await page.getByRole('button', { name: 'Bắt đầu khai hồ sơ' }).click()
  }
  await expect(page).toHaveURL(/buoc=1/)
  await expect(page.getByText('Bước 1 trên 6')).toBeVisible()
  await expect(page.getByLabel('Họ, chữ đệm và tên')).toHaveValue(citizen.name)
  await expect(page.getByLabel('Số định danh cá nhân')).toHaveValue('038168002468')
  await expectNoAxeViolations(page)

  // Continuing without an address: the error summary links to the province picker.
  await page.locator('#field-applicantResidence-province').selectOption('')
  await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click()
  const summary = page.getByRole('alert').filter({ hasText: 'Có mục chưa đúng' })
  await expect(summary).toBeVisible()
  await summary.getByRole('link', { name: /nơi cư trú/ }).click()
  await expect(page.locator('#field-applicantResidence-province')).toBeFocused()
  await expect(page.getByLabel('Họ, chữ đệm và tên')).toHaveValue(citizen.name)

  await page.locator('#field-applicantResidence-province').selectOption({ label: 'Thành phố Hà Nội' })
  await page.locator('#field-applicantResidence-commune').selectOption({ label: 'Phường Hoàn Kiếm' })
  await page.locator('#field-applicantResidence-street').fill('Số 5 phố Tràng Thi')
  await page.getByRole('radio', { name: 'Mẹ', exact: true }).check()
  await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click()

  await expect(page.getByRole('heading', { name: 'Người được khai sinh' })).toBeVisible()
  await page.getByLabel('Họ, chữ đệm và tên').fill('Phạm Minh Khôi')
  // Checked as the citizen leaves the field, with the server's rules; the message goes once it is right.
  await page.getByLabel('Ngày, tháng, năm sinh').fill('31/02/2026')
  await page.getByLabel('Ngày, tháng, năm sinh').press('Tab')
  const dateError = page.getByText('Ngày, tháng, năm sinh chưa đúng, nhập theo dạng ngày/tháng/năm')
  await expect(dateError).toBeVisible()
  await page.getByLabel('Ngày, tháng, năm sinh').fill('02/11/2026')
  await expect(dateError).toBeHidden()
  await page.getByRole('radio', { name: 'Nam', exact: true }).check()
  await page.getByLabel('Dân tộc').fill('Kinh')
  await page.getByLabel('Quốc tịch').fill('Việt Nam')
  await page.locator('#field-childBirthPlace-province').selectOption({ label: 'Thành phố Hà Nội' })
  await page.locator('#field-childBirthPlace-commune').selectOption({ label: 'Phường Hoàn Kiếm' })
  await page.locator('#field-childBirthPlace-street').fill('Bệnh viện Phụ sản Hà Nội')
  await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click()

  await expect(page.getByRole('heading', { name: 'Cha, mẹ' })).toBeVisible()
  await page.getByLabel('Họ, chữ đệm và tên người mẹ').fill(citizen.name)
  await page.getByLabel('Ngày sinh người mẹ').fill('20/08/1968')
  await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click()

  await expect(page.getByRole('heading', { name: 'Nhận kết quả' })).toBeVisible()
  await page.getByRole('radio', { name: 'Nhận bản điện tử trong tài khoản' }).check()
  await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click()

  await expect(page.getByRole('heading', { name: 'Tải lên giấy tờ' })).toBeVisible()
  // A text file named .pdf is refused by its content.
  const certificate = page.getByRole('listitem').filter({ hasText: 'Giấy chứng sinh' })
  await certificate.getByLabel('Chọn tệp').setInputFiles({ name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not a pdf at all') })
  await certificate.getByRole('button', { name: 'Tải lên' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'không phải PDF, JPG hoặc PNG' })).toBeVisible()
  await certificate.getByLabel('Chọn tệp').setInputFiles({ name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: pdf('giay chung sinh') })
  await certificate.getByRole('button', { name: 'Tải lên' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Đã tải lên tệp' })).toBeVisible()
  await expect(certificate.getByRole('list', { name: 'Đã tải lên' }).getByText(/^giay-chung-sinh\.pdf \(/).first()).toBeVisible()
  await page.getByRole('button', { name: 'Tiếp tục', exact: true }).click()

  await expect(page.getByRole('heading', { name: 'Xem lại và nộp hồ sơ' })).toBeVisible()
  await expect(page.getByText('Số 5 phố Tràng Thi, Phường Hoàn Kiếm, Thành phố Hà Nội')).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Nộp hồ sơ' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Đánh dấu vào ô cam đoan' })).toBeVisible()
  await page.getByLabel('Tôi đã đọc và cam đoan như trên').check()
  await page.getByRole('button', { name: 'Nộp hồ sơ' }).click()

  await expect(page.getByRole('heading', { name: 'Đã nộp hồ sơ' })).toBeVisible()
  dossierCode = /Hồ sơ (\S+)/.exec((await page.getByRole('heading', { level: 1 }).textContent()) ?? '')![1]!
  expect(dossierCode).toMatch(/^[A-Z0-9.]+-\d{6}-\d{4}$/)
  await expect(page.getByText('Chờ tiếp nhận')).toBeVisible()
  const receipt = await page.request.get((await page.getByRole('link', { name: 'Tải giấy tiếp nhận hồ sơ (PDF)' }).getAttribute('href'))!)
  expect(receipt.headers()['content-type']).toBe('application/pdf')
  expect((await receipt.body()).subarray(0, 5).toString()).toBe('%PDF-')
  await expectNoAxeViolations(page)
})

test('an officer asks for a supplement, the citizen supplements, and the result comes back with the timeline', async ({ page, browser, request }) => {
  expect(dossierCode, 'the previous test submitted a dossier').not.toBe('')
  const headers = await adminHeaders(request)
  const officer = await signInAsOfficer(browser, request, headers, dossierCode)
  await officerActs(officer, dossierCode, 'requestSupplement', { missing: 'Bản chụp rõ nét giấy chứng sinh' })

  await page.goto('/tai-khoan')
  if (page.url().includes('/dang-nhap')) {
    await page.getByRole('link', { name: 'Đăng nhập bằng tài khoản định danh điện tử' }).click()
    await signInAtProvider(page, citizen.name, 2)
  }
  await page.getByRole('link', { name: dossierCode }).click()
  const asked = page.getByRole('region', { name: 'Cần bổ sung' })
  await expect(asked.getByText('Bản chụp rõ nét giấy chứng sinh')).toBeVisible()
  await page.getByLabel('Ghi chú gửi cơ quan').fill('Gửi lại bản chụp rõ nét.')
  await page.getByLabel(/Tệp bổ sung/).setInputFiles({ name: 'giay-chung-sinh-ro.pdf', mimeType: 'application/pdf', buffer: pdf('ban ro net') })
  await page.getByRole('button', { name: 'Gửi bổ sung' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Đã gửi bổ sung' })).toBeVisible()

  for (const action of ['receive', 'process', 'approve'] as const) await officerActs(officer, dossierCode, action)
  await officerActs(officer, dossierCode, 'returnResult', { resultFile: { name: 'trich-luc-khai-sinh.pdf', buffer: pdf('trich luc khai sinh') } })
  await officer.close()

  await page.reload()
  await expect(page.getByText('Đã trả kết quả')).toBeVisible()
  const result = page.getByRole('link', { name: 'Tải trich-luc-khai-sinh.pdf' })
  const download = await page.request.get((await result.getAttribute('href'))!)
  expect(download.status()).toBe(200)
  expect((await download.body()).toString()).toContain('trich luc khai sinh')
  const timeline = page.getByRole('region', { name: 'Tiến trình giải quyết' })
  for (const step of ['Nộp hồ sơ trực tuyến', 'Yêu cầu bổ sung hồ sơ', 'Bổ sung hồ sơ', 'Tiếp nhận hồ sơ', 'Chuyển xử lý', 'Duyệt kết quả', 'Trả kết quả']) {
    await expect(timeline.getByText(step, { exact: true }).first()).toBeVisible()
  }
  await expect(timeline.getByText('Gửi lại bản chụp rõ nét.')).toBeVisible()

  // The citizen was told by e-mail (the local mail catcher keeps what the portal sent).
  await expect(async () => {
    const mail = (await (await request.get(`${process.env.E2E_MAIL_UI_URL ?? 'http://127.0.0.1:2599'}/api/messages?to=${citizen.email}`)).json()) as { subject: string }[]
    expect(mail.map((message) => message.subject).join('\n')).toContain(dossierCode)
    expect(mail.length).toBeGreaterThanOrEqual(6)
  }).toPass({ timeout: 90_000 })
})
