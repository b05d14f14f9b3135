import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test'
import { adminHeaders } from './helpers/adminToken'
import { primaryPort } from './helpers/ports'
import { signInToAdmin } from './helpers/signInToAdmin'

/**
 * The editorial workflow in the admin, on the real catalogue: an editor of the Ministry of
 * Justice enters a new procedure and an amendment as drafts, previews the amendment on the public
 * page, enters a publication decision and submits it; a reviewer returns it with a comment, the
 * editor submits it again, the reviewer approves and publishes it; the public site and search
 * show the result.
 */

const password = 'Quy-trinh-2026!'
const run = Date.now().toString(36)
const accounts = { editor: `e2e-wf-editor-${run}@portal.localhost`, reviewer: `e2e-wf-reviewer-${run}@portal.localhost` }

async function api(request: APIRequestContext) {
  const headers = await adminHeaders(request)
  const get = async (path: string) => (await (await request.get(path, { headers })).json()) as { docs: Record<string, unknown>[] } & Record<string, unknown>
  return { headers, get }
}

/** Picks an option of a Payload select or relationship field, typing to search when the list is long. */
async function choose(page: Page, fieldId: string, option: string, search?: string) {
  const field = page.locator(`#${fieldId}`)
  // A new array row can come up collapsed (Payload keeps rows' collapsed state in the user's preferences).
  if (fieldId.startsWith('field-items__') && !(await field.isVisible())) await page.getByRole('button', { name: 'Hiển thị toàn bộ' }).first().click()
  await field.locator('.rs__control').click()
  if (search) await page.keyboard.type(search)
  await page.locator('.rs__option', { hasText: option }).first().click()
}

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN', baseURL: `http://localhost:${primaryPort}` })
  const page = await context.newPage()
  await signInToAdmin(page, email, password)
  return page
}

async function step(page: Page, decision: number, button: string, comment?: string) {
  await page.goto(`/admin/collections/publicationDecisions/${decision}`)
  const panel = page.getByRole('region', { name: 'Kiểm tra và xử lý quyết định' })
  if (comment) await panel.getByLabel('Ý kiến (bắt buộc khi trả lại)').fill(comment)
  // After a step the panel reloads the page; wait for that, or the test's next navigation would be interrupted by it.
  const reloaded = page.waitForEvent('load')
  await panel.getByRole('button', { name: button }).click()
  await reloaded
}

test('a decision with a new and an amended procedure goes from entry through a return to publication', async ({ browser, request }) => {
  test.setTimeout(300_000)
  const { headers, get } = await api(request)
  const ministry = (await get(`/api/agencies?where[name][equals]=${encodeURIComponent('Bộ Tư pháp')}&limit=1&depth=0`)).docs[0]!.id as number
  for (const [role, email] of Object.entries(accounts)) {
    const created = await request.post('/api/users', { headers, data: { email, password, role, agency: ministry } })
    expect(created.status()).toBe(201)
  }
  // A published procedure of the ministry that other tests do not look at.
  const target = (await get(`/api/procedures?where[ministry][equals]=${ministry}&where[status][equals]=published&sort=-code&limit=1&depth=0`)).docs[0] as { id: number; code: string; name: string; slug: string }
  const newCode = `1.9${String(Date.now()).slice(-5)}`
  const newName = `Thủ tục thử nghiệm quy trình ${run}`
  const amendedAddress = `Bộ phận Một cửa, số ${run} phố Thử nghiệm, Hà Nội`
  // A failed earlier attempt leaves its editor's lock on the target, which would block this one.
  expect((await request.delete('/api/payload-locked-documents?where[id][exists]=true', { headers })).ok()).toBeTruthy()

  // The editor enters a new procedure and an amendment, as drafts.
  const editor = await signedIn(browser, accounts.editor)
  await editor.goto('/admin/collections/procedures/create')
  await editor.locator('input[name="code"]').fill(newCode)
  await editor.locator('input[name="name"]').fill(newName)
  await choose(editor, 'field-ministry', 'Bộ Tư pháp', 'Bộ Tư pháp')
  await editor.getByRole('button', { name: 'Lưu bản nháp' }).click()
  await expect(editor).toHaveURL(/\/admin\/collections\/procedures\/\d+$/)
  const fresh = Number(editor.url().split('/').pop())

  await editor.goto(`/admin/collections/procedures/${target.id}`)
  await editor.locator('#field-receivingAddress').fill(amendedAddress)
  await editor.getByRole('button', { name: 'Lưu bản nháp' }).click()
  await expect(editor.getByText(/thành công|đã lưu/i).first()).toBeVisible()
  // Editors cannot publish a procedure themselves.
  await expect(editor.getByRole('button', { name: 'Xuất bản tài liệu' })).toHaveCount(0)

  // The preview shows the draft on the public page; the public still sees the published version.
  await editor.goto(`/api/preview?id=${target.id}&locale=vi`)
  await expect(editor.getByText('Bản xem trước', { exact: true })).toBeVisible()
  await expect(editor.getByText(amendedAddress)).toBeVisible()
  await editor.getByRole('link', { name: 'Thoát xem trước' }).click()
  await expect(editor.getByText(amendedAddress)).toHaveCount(0)

  // The editor enters the decision with its two items and submits it.
  await editor.goto('/admin/collections/publicationDecisions/create')
  await editor.locator('input[name="number"]').fill(`${run}/QĐ-BTP`)
  await choose(editor, 'field-issuer', 'Bộ Tư pháp', 'Bộ Tư pháp')
  const today = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date())
  await editor.locator('#field-effectiveDate input').fill(today)
  await editor.keyboard.press('Escape')
  await editor.getByRole('button', { name: 'Thêm: Thủ tục' }).click()
  await choose(editor, 'field-items__0__procedure', newName, run)
  await editor.getByRole('button', { name: 'Thêm: Thủ tục' }).click()
  await choose(editor, 'field-items__1__action', 'Sửa đổi, bổ sung')
  await choose(editor, 'field-items__1__procedure', target.name, target.name.slice(0, 40))
  await editor.getByRole('button', { name: 'Lưu', exact: true }).click()
  await expect(editor).toHaveURL(/\/admin\/collections\/publicationDecisions\/\d+$/)
  const decision = Number(editor.url().split('/').pop())
  const status = async () => ((await (await request.get(`/api/publicationDecisions/${decision}?depth=0`, { headers })).json()) as { status: string }).status

  const panel = editor.getByRole('region', { name: 'Kiểm tra và xử lý quyết định' })
  await expect(panel.getByText('Đủ điều kiện trình, duyệt và công bố.')).toBeVisible()
  await step(editor, decision, 'Trình kiểm duyệt')
  await expect.poll(status).toBe('submitted')

  // The reviewer sees what the amendment changes, and returns the decision with a comment.
  const reviewer = await signedIn(browser, accounts.reviewer)
  await reviewer.goto(`/admin/collections/publicationDecisions/${decision}`)
  const check = reviewer.getByRole('region', { name: 'Kiểm tra và xử lý quyết định' })
  await expect(check.getByRole('row', { name: /receivingAddress/ })).toContainText(amendedAddress)
  await step(reviewer, decision, 'Trả lại để sửa', 'Đối chiếu lại số quyết định với bản ký.')
  await expect.poll(status).toBe('returned')

  // The editor submits it again; the reviewer approves and publishes it.
  await step(editor, decision, 'Trình kiểm duyệt')
  await expect.poll(status).toBe('submitted')
  await step(reviewer, decision, 'Duyệt')
  await expect.poll(status).toBe('approved')
  // In effect today: the reviewer publishes at once (the scheduled job may already have done it).
  await reviewer.goto(`/admin/collections/publicationDecisions/${decision}`)
  const publish = check.getByRole('button', { name: 'Công bố ngay' })
  if (await publish.isVisible()) await publish.click()
  await expect.poll(status, { timeout: 90_000 }).toBe('published')

  // The public site shows the new procedure and the amendment; search finds the new one.
  const created = (await (await request.get(`/api/procedures/${fresh}?depth=0`)).json()) as { slug: string; status: string }
  expect(created.status).toBe('published')
  const visitor = await (await browser.newContext({ baseURL: `http://localhost:${primaryPort}` })).newPage()
  await expect(async () => {
    await visitor.goto(`/thu-tuc/${created.slug}`)
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(newName, { timeout: 1_000 })
  }).toPass({ timeout: 20_000 })
  await expect(async () => {
    await visitor.goto(`/thu-tuc/${target.slug}`)
    await expect(visitor.getByText(amendedAddress)).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 20_000 })
  await expect(async () => {
    const search = await request.get(`/api/search?q=${encodeURIComponent(`thử nghiệm quy trình ${run}`)}&type=procedure`, { headers: { 'x-forwarded-for': '192.0.2.55' } })
    expect(((await search.json()) as { hits: { code: string }[] }).hits.map((h) => h.code)).toContain(newCode)
  }).toPass({ timeout: 20_000 })

  // Leave the catalogue as the other tests expect it (2,849 procedures) when the suite runs again.
  // The decision first: a procedure that a decision lists cannot be deleted.
  expect((await request.delete(`/api/procedures/${fresh}`, { headers })).status()).toBe(409)
  expect((await request.delete(`/api/publicationDecisions/${decision}`, { headers })).ok()).toBeTruthy()
  expect((await request.delete(`/api/procedures/${fresh}`, { headers })).ok()).toBeTruthy()
})

test('an abolished procedure leaves search, and its address says which decision abolished it', async ({ page, request }) => {
  test.setTimeout(120_000)
  const { headers, get } = await api(request)
  const ministry = (await get(`/api/agencies?where[name][equals]=${encodeURIComponent('Bộ Tư pháp')}&limit=1&depth=0`)).docs[0]!.id as number
  const staff: Record<'editor' | 'reviewer', string> = { editor: `e2e-ab-editor-${run}@portal.localhost`, reviewer: `e2e-ab-reviewer-${run}@portal.localhost` }
  const tokens: Record<string, string> = {}
  for (const [role, email] of Object.entries(staff)) {
    expect((await request.post('/api/users', { headers, data: { email, password, role, agency: ministry } })).status()).toBe(201)
    tokens[role] = (await (await request.post('/api/users/login', { data: { email, password } })).json()).token
  }
  const as = (role: 'editor' | 'reviewer') => ({ Authorization: `JWT ${tokens[role]}` })
  // The ministry's published procedure with the highest code but one (the other test amends the highest).
  const target = (await get(`/api/procedures?where[ministry][equals]=${ministry}&where[status][equals]=published&sort=-code&limit=2&depth=0`)).docs[1] as { id: number; code: string; name: string; slug: string }
  const number = `${run}-BB/QĐ-BTP`
  const created = await request.post('/api/publicationDecisions', {
    headers: as('editor'),
    data: { number, issuer: ministry, effectiveDate: new Date().toISOString(), items: [{ action: 'abolish', procedure: target.id }] },
  })
  expect(created.status()).toBe(201)
  const decision = (await created.json()).doc as { id: number; slug: string }
  const act = (role: 'editor' | 'reviewer', action: string) => request.post(`/api/publicationDecisions/${decision.id}/workflow`, { headers: as(role), data: { action } })
  expect((await act('editor', 'submit')).status()).toBe(200)
  expect((await act('reviewer', 'approve')).status()).toBe(200)
  // The scheduled job may publish it first; either way it ends up published once.
  await act('reviewer', 'publish')
  await expect.poll(async () => ((await get(`/api/publicationDecisions/${decision.id}?depth=0`)) as unknown as { status: string }).status).toBe('published')

  try {
    await expect(async () => {
      await page.goto(`/thu-tuc/${target.slug}`)
      await expect(page.getByText('Thủ tục này đã bị bãi bỏ.')).toBeVisible({ timeout: 1_000 })
    }).toPass({ timeout: 20_000 })
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.name)
    await expect(page.getByRole('link', { name: `Quyết định ${number}` })).toHaveAttribute('href', `/quyet-dinh/${decision.slug}`)
    await expect(async () => {
      const search = await request.get(`/api/search?q=${encodeURIComponent(target.code)}&type=procedure`, { headers: { 'x-forwarded-for': '192.0.2.56' } })
      expect(((await search.json()) as { hits: { code: string }[] }).hits.map((h) => h.code)).not.toContain(target.code)
    }).toPass({ timeout: 20_000 })
  } finally {
    // Put the catalogue back for the next run: the decision goes, the procedure is published again.
    await request.delete(`/api/publicationDecisions/${decision.id}`, { headers })
    await request.patch(`/api/procedures/${target.id}`, { headers, data: { status: 'published', abolishedBy: null } })
  }
})
