import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

/** One page of every type, in both languages. */
const pages = [
  ['/', '/en'],
  ['/thu-tuc/dang-ky-khai-sinh', '/en/procedures/dang-ky-khai-sinh'],
  ['/linh-vuc', '/en/fields'],
  ['/linh-vuc/ho-tich', '/en/fields/ho-tich'],
  ['/linh-vuc/ho-tich/trang/2', '/en/fields/ho-tich/page/2'],
  ['/bo-nganh', '/en/ministries'],
  ['/cap-thuc-hien/cap-tinh', '/en/levels/cap-tinh'],
  ['/doi-tuong/cong-dan', '/en/audiences/cong-dan'],
  ['/su-kien', '/en/life-events'],
  ['/su-kien/ket-hon', '/en/life-events/ket-hon'],
  ['/quyet-dinh', '/en/decisions'],
  ['/quyet-dinh/1722-qd-btc', '/en/decisions/1722-qd-btc'],
  ['/hoi-dap', '/en/faq'],
  ['/hoi-dap/linh-vuc/ho-tich', '/en/faq/field/ho-tich'],
  ['/hoi-dap/dang-ky-ket-hon-o-dau', '/en/faq/dang-ky-ket-hon-o-dau'],
  ['/trang/tuyen-bo-tiep-can', '/en/pages/tuyen-bo-tiep-can'],
  ['/khong-co-trang-nay', '/en/no-such-page'],
  ['/tim-kiem?q=khai+sinh', '/en/search?q=khai+sinh'],
  ['/tim-kiem?q=khai+sihn&type=procedure&field=ho-tich', '/en/search?q=xyzqwv'],
  ['/tim-kiem?page=abc', '/en/search'],
].flat()

for (const path of pages) {
  test(`axe finds no WCAG 2.2 AA violations on ${path}`, async ({ page }) => {
    await page.goto(path)
    await expect(page.locator('html')).toHaveAttribute('lang', path.startsWith('/en') ? 'en' : 'vi')
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  })
}

test('axe finds no WCAG 2.2 AA violations with the search suggestions open', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('combobox', { name: 'Bạn cần làm thủ tục gì?' }).fill('khai sinh')
  await page.getByRole('option').first().waitFor()
  await page.keyboard.press('ArrowDown')
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
})

test('the skip link is the first thing a keyboard reaches and moves focus to the main content', async ({ page }) => {
  await page.goto('/thu-tuc/dang-ky-khai-sinh')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main$/)
})

test('with the keyboard alone a citizen reaches a field listing and a procedure, and sees where the focus is', async ({ page }) => {
  await page.goto('/')
  // Tab until the main navigation's "Thủ tục" link has the focus.
  const procedures = page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Thủ tục' })
  for (let i = 0; i < 10 && !(await procedures.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(procedures).toBeFocused()
  const outline = await procedures.evaluate((el) => getComputedStyle(el).outlineStyle)
  expect(outline).not.toBe('none')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/linh-vuc$/)
  const field = page.getByRole('link', { name: 'Hộ tịch', exact: true })
  await field.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/linh-vuc\/ho-tich$/)
  await page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh', exact: true }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thủ tục đăng ký khai sinh')
  // The contents list jumps to its section.
  await page.getByRole('link', { name: 'Thành phần hồ sơ' }).first().focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#dossier$/)
})

// 400% zoom of a 1280-pixel-wide window is a 320-CSS-pixel viewport (WCAG 1.4.10 Reflow).
test.describe('at 400% zoom', () => {
  test.use({ viewport: { width: 320, height: 256 } })
  for (const path of ['/', '/thu-tuc/dang-ky-khai-sinh', '/linh-vuc/ho-tich', '/hoi-dap', '/en/decisions/1722-qd-btc', '/en/faq/dang-ky-khai-sinh-can-giay-to-gi', '/tim-kiem?q=khai+sinh&field=ho-tich']) {
    test(`${path} reflows without horizontal scrolling`, async ({ page }) => {
      await page.goto(path)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow).toBeLessThanOrEqual(0)
    })
  }
})
