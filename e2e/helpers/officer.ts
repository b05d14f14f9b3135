import { type APIRequestContext, type Browser, expect, type Page } from '@playwright/test'
import { actionLabel } from '@/lib/dossiers/dossierLabels'
import type { DossierAction } from '@/lib/dossiers/dossierWorkflow'
import { primaryPort } from './ports'
import { signInToAdmin } from './signInToAdmin'

const dossierIds = new Map<string, number>()

/**
 * An officer of the agency that handles the dossier (a new account, created by the e2e
 * administrator), signed in to the admin in a browser context of their own.
 */
export async function signInAsOfficer(browser: Browser, request: APIRequestContext, headers: Record<string, string>, dossierCode: string): Promise<Page> {
  const found = (await (await request.get(`/api/dossiers?where[code][equals]=${dossierCode}&depth=0`, { headers })).json()) as { docs: { id: number; agency: number }[] }
  const dossier = found.docs[0]!
  dossierIds.set(dossierCode, dossier.id)
  const email = `e2e-officer-${Date.now()}@portal.localhost`
  const password = 'Can-bo-Kiem-thu-2026!'
  const created = await request.post('/api/users', { headers, data: { email, password, role: 'officer', agency: dossier.agency } })
  expect(created.ok(), await created.text()).toBeTruthy()
  const context = await browser.newContext({ baseURL: `http://localhost:${primaryPort}`, locale: 'vi-VN' })
  const page = await context.newPage()
  await signInToAdmin(page, email, password)
  return page
}

/** The officer acts on the dossier from its page in the admin (the action panel), and sees it done. */
export async function officerActs(page: Page, dossierCode: string, action: DossierAction, inputs: { missing?: string; note?: string; resultFile?: { name: string; buffer: Buffer } } = {}) {
  await page.goto(`/admin/collections/dossiers/${dossierIds.get(dossierCode)}`)
  const label = actionLabel[action].vi
  await page.getByRole('group', { name: 'Thao tác' }).getByRole('button', { name: label, exact: true }).click()
  if (inputs.missing) await page.getByLabel('Giấy tờ, nội dung cần bổ sung').fill(inputs.missing)
  if (inputs.note) await page.getByLabel(/Ghi chú gửi người nộp hồ sơ|Lý do/).fill(inputs.note)
  if (inputs.resultFile) await page.getByLabel('Tệp kết quả').setInputFiles({ name: inputs.resultFile.name, mimeType: 'application/pdf', buffer: inputs.resultFile.buffer })
  await page.getByRole('button', { name: `Xác nhận: ${label}` }).click()
  await expect(page.getByRole('status').filter({ hasText: `Đã thực hiện: ${label}.` })).toBeVisible()
}
