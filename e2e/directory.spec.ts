import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

test('a citizen goes from the agency directory to a ministry, its contacts and its procedures', async ({ page }) => {
  await page.goto('/co-quan')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cơ quan nhà nước')
  const central = page.getByRole('region', { name: 'Bộ, ngành và cơ quan trung ương' })
  await expect(central.getByRole('link', { name: /^\d+ thủ tục hành chính$/ }).first()).toBeVisible()
  await central.getByRole('link', { name: 'Bộ Tư pháp', exact: true }).click()
  await expect(page).toHaveURL(/\/co-quan\/bo-tu-phap$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bộ Tư pháp')
  await expect(page.getByRole('heading', { level: 2, name: 'Thông tin liên hệ' })).toBeVisible()
  await expect(page.getByText('BTP', { exact: true })).toBeVisible()
  await page.getByRole('link', { name: /^Xem \d+ thủ tục hành chính do cơ quan này quản lý$/ }).click()
  await expect(page).toHaveURL(/\/bo-nganh\/bo-tu-phap$/)
})

test('the directory groups the other agencies by type, and their pages render on first request', async ({ page }) => {
  await page.goto('/co-quan')
  const communeBodies = page.getByRole('region', { name: /^Cơ quan cấp xã/ })
  await communeBodies.getByRole('link', { name: 'Ủy ban nhân dân cấp xã', exact: true }).click()
  await expect(page).toHaveURL(/\/co-quan\/uy-ban-nhan-dan-cap-xa$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ủy ban nhân dân cấp xã')
  await expect(page.getByText('Cơ quan này chưa công bố thông tin liên hệ trên Cổng.')).toBeVisible()
})

test('a citizen finds a commune through its province and sees the former units merged into it', async ({ page }) => {
  await page.goto('/co-quan')
  await page.getByRole('region', { name: 'Theo tỉnh, thành phố và xã, phường' }).getByRole('link', { name: 'Xem tất cả tỉnh, thành phố' }).click()
  await expect(page).toHaveURL(/\/dia-phuong$/)
  await expect(page.getByText('34 tỉnh, thành phố', { exact: true })).toBeVisible()
  await page.getByRole('link', { name: 'Hà Nội', exact: true }).click()
  await expect(page).toHaveURL(/\/dia-phuong\/thanh-pho-ha-noi$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thành phố Hà Nội')
  const communes = page.getByRole('region', { name: 'Xã, phường, đặc khu' })
  await expect(communes.getByRole('heading', { level: 3, name: /^Phường/ })).toBeVisible()
  await communes.getByRole('link', { name: 'Ba Đình', exact: true }).click()
  await expect(page).toHaveURL(/\/dia-phuong\/phuong-ba-dinh$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phường Ba Đình')
  await expect(page.getByRole('link', { name: 'Thành phố Hà Nội' }).last()).toHaveAttribute('href', '/dia-phuong/thanh-pho-ha-noi')
  const former = page.getByRole('region', { name: 'Đơn vị hành chính cũ' })
  await expect(former.getByRole('heading', { level: 3, name: 'Quận Ba Đình, Thành phố Hà Nội' })).toBeVisible()
  await expect(former.getByRole('listitem').filter({ hasText: 'Phường Trúc Bạch' })).toContainText('toàn bộ')
  await expect(former.getByRole('listitem').filter({ hasText: 'Phường Ngọc Hà' })).toContainText('một phần')
})

test('the hotlines page dials each number with a tel: link', async ({ page }) => {
  await page.goto('/duong-day-nong')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đường dây nóng')
  await expect(page.getByRole('link', { name: 'Gọi 1800 1096' })).toHaveAttribute('href', 'tel:18001096')
  await expect(page.getByRole('link', { name: 'Gọi 113' })).toHaveAttribute('href', 'tel:113')
  await expect(page.getByRole('link', { name: 'dichvucong@chinhphu.vn' })).toHaveAttribute('href', 'mailto:dichvucong@chinhphu.vn')
  const box = await page.getByRole('link', { name: 'Gọi 115' }).boundingBox()
  expect(box?.height).toBeGreaterThanOrEqual(44)
})

test('the directory works in English under English paths', async ({ page }) => {
  await page.goto('/en/agencies')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Government agencies')
  const justice = page.getByRole('region', { name: 'Ministries and central bodies' }).getByRole('link', { name: 'Bộ Tư pháp', exact: true })
  await expect(justice).toHaveAttribute('lang', 'vi')
  await justice.click()
  await expect(page).toHaveURL(/\/en\/agencies\/bo-tu-phap$/)
  await expect(page.getByText('Some of this page has no English translation yet')).toBeVisible()
  await page.getByRole('link', { name: /^See the \d+ administrative procedures this body manages$/ }).click()
  await expect(page).toHaveURL(/\/en\/ministries\/bo-tu-phap$/)

  await page.goto('/en/localities')
  await page.getByRole('link', { name: 'Hanoi', exact: true }).click()
  await expect(page).toHaveURL(/\/en\/localities\/thanh-pho-ha-noi$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hanoi City')
  await page.getByRole('region', { name: 'Communes, wards and special zones' }).getByRole('link', { name: 'Ba Dinh', exact: true }).click()
  await expect(page).toHaveURL(/\/en\/localities\/phuong-ba-dinh$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ba Dinh Ward')
  const former = page.getByRole('region', { name: 'Former units' })
  await expect(former.getByText('Phường Trúc Bạch')).toHaveAttribute('lang', 'vi')
  await expect(former.getByRole('listitem').filter({ hasText: 'Phường Ngọc Hà' })).toContainText('part')

  await page.goto('/en/hotlines')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hotlines')
  await expect(page.getByRole('link', { name: 'Call 1800 1096' })).toHaveAttribute('href', 'tel:18001096')
})

test('an unknown agency or place answers 404', async ({ page }) => {
  expect((await page.goto('/co-quan/khong-co-co-quan-nay'))?.status()).toBe(404)
  expect((await page.goto('/en/localities/no-such-place'))?.status()).toBe(404)
})

const pages = [
  '/co-quan',
  '/co-quan/bo-tu-phap',
  '/dia-phuong',
  '/dia-phuong/thanh-pho-ha-noi',
  '/dia-phuong/phuong-ba-dinh',
  '/duong-day-nong',
  '/en/agencies',
  '/en/agencies/bo-tu-phap',
  '/en/localities',
  '/en/localities/thanh-pho-ha-noi',
  '/en/localities/phuong-ba-dinh',
  '/en/hotlines',
]

for (const path of pages) {
  test(`axe finds no WCAG 2.2 AA violations on ${path}`, async ({ page }) => {
    await page.goto(path)
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  })
}

test.describe('at 400% zoom (320 CSS pixels wide)', () => {
  test.use({ viewport: { width: 320, height: 640 } })

  for (const path of ['/co-quan', '/co-quan/bo-tu-phap', '/dia-phuong/thanh-pho-ha-noi', '/dia-phuong/phuong-ba-dinh', '/duong-day-nong']) {
    test(`${path} reflows without sideways scrolling`, async ({ page }) => {
      await page.goto(path)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    })
  }
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a citizen goes from the provinces to a commune and its former units', async ({ page }) => {
    await page.goto('/dia-phuong')
    await page.getByRole('link', { name: 'Hà Nội', exact: true }).click()
    await expect(page).toHaveURL(/\/dia-phuong\/thanh-pho-ha-noi$/)
    await page.getByRole('link', { name: 'Ba Đình', exact: true }).click()
    await expect(page).toHaveURL(/\/dia-phuong\/phuong-ba-dinh$/)
    await expect(page.getByRole('region', { name: 'Đơn vị hành chính cũ' }).getByText('Phường Trúc Bạch')).toBeVisible()
  })
})
