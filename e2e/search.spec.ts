import { expect, type Page, test } from '@playwright/test'

const headerBox = (page: Page) => page.getByRole('search', { name: 'Tìm kiếm trên Cổng' }).getByRole('combobox', { name: 'Tìm thủ tục, câu hỏi, cơ quan' })
const suggestions = (page: Page) => page.getByRole('listbox', { name: 'Gợi ý' })

for (const typed of ['khai sinh', 'dang ky khai sinh']) {
  test(`typing "${typed}" in the header box suggests the birth registration, and the keyboard alone opens it`, async ({ page }) => {
    await page.goto('/linh-vuc')
    const box = headerBox(page)
    await box.focus()
    await page.keyboard.type(typed)
    const options = suggestions(page).getByRole('option')
    await expect(options.first()).toBeVisible()
    await expect(box).toHaveAttribute('aria-expanded', 'true')
    await expect(page.getByRole('search', { name: 'Tìm kiếm trên Cổng' }).getByRole('status')).toHaveText(/^\d gợi ý\. Dùng phím mũi tên/)
    const index = (await options.allInnerTexts()).findIndex((text) => text.includes('1.001193'))
    expect(index).toBeGreaterThanOrEqual(0)
    for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown')
    const chosen = options.nth(index)
    await expect(chosen).toHaveAttribute('aria-selected', 'true')
    await expect(box).toHaveAttribute('aria-activedescendant', (await chosen.getAttribute('id'))!)
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/thu-tuc\/dang-ky-khai-sinh$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thủ tục đăng ký khai sinh')
  })
}

test('Escape closes the suggestions, a second Escape empties the box, and a click opens a suggestion', async ({ page }) => {
  await page.goto('/hoi-dap')
  const box = headerBox(page)
  await box.fill('kết hôn')
  await expect(suggestions(page)).toBeVisible()
  await box.press('Escape')
  await expect(suggestions(page)).toBeHidden()
  await expect(box).toHaveAttribute('aria-expanded', 'false')
  await expect(box).toHaveValue('kết hôn')
  await box.press('Escape')
  await expect(box).toHaveValue('')
  await box.fill('đăng ký kết hôn')
  await suggestions(page).getByRole('option').filter({ hasText: '1.000894' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thủ tục đăng ký kết hôn')
})

test('Enter without a chosen suggestion searches, and a box whose suggestions fail still searches', async ({ page }) => {
  await page.route('**/api/search?**', (route) => route.fulfill({ status: 500, body: 'down' }))
  await page.goto('/')
  const box = page.getByRole('combobox', { name: 'Bạn cần làm thủ tục gì?' })
  const failed = page.waitForResponse('**/api/search?**')
  await box.fill('khai sinh')
  expect((await failed).status()).toBe(500)
  await expect(suggestions(page)).toBeHidden()
  await box.press('Enter')
  await expect(page).toHaveURL(/\/tim-kiem\?q=khai\+sinh$/)
  await expect(page.getByTestId('search-hits')).toBeVisible()
})

test('the home page has two search boxes with distinct ids', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('combobox')).toHaveCount(2)
  const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((e) => e.id))
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
})

test('the results page narrows by type and field and pages through, all in a shareable URL', async ({ page, browser }) => {
  await page.goto('/tim-kiem?q=khai+sinh')
  await expect(page).toHaveTitle(/^Tìm kiếm: khai sinh · /)
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex')
  const tabs = page.getByRole('navigation', { name: 'Loại kết quả' })
  await expect(tabs.getByRole('link', { name: /^Tất cả \(\d+\)$/ })).toHaveAttribute('aria-current', 'page')
  await tabs.getByRole('link', { name: /^Thủ tục hành chính \(\d+\)$/ }).click()
  await expect(page).toHaveURL(/\/tim-kiem\?q=khai\+sinh&type=procedure$/)
  await expect(tabs.getByRole('link', { name: /^Thủ tục hành chính/ })).toHaveAttribute('aria-current', 'page')

  await page.locator('summary', { hasText: 'Lọc kết quả' }).click()
  await page.getByLabel('Lĩnh vực').selectOption('ho-tich')
  await page.getByRole('button', { name: 'Áp dụng bộ lọc' }).click()
  await expect(page).toHaveURL(/\?q=khai\+sinh&type=procedure&field=ho-tich(&|$)/)
  const hits = page.getByTestId('search-hits').getByRole('listitem')
  await expect(hits).toHaveCount(10)
  for (const hit of await hits.all()) await expect(hit).toContainText('Hộ tịch')
  // The words matched are marked in the titles.
  await expect(hits.first().locator('h3 mark').first()).toBeVisible()

  await page.getByRole('navigation', { name: 'Phân trang' }).getByRole('link', { name: 'Trang sau ›' }).click()
  const secondPage = /\/tim-kiem\?q=khai\+sinh&type=procedure&field=ho-tich&page=2$/
  await expect(page).toHaveURL(secondPage)
  await expect(page.getByTestId('search-count')).toHaveText(/^Kết quả 11–\d+ trong \d+ cho “khai sinh”$/)
  const firstOnPage2 = await hits.first().getByRole('link').innerText()
  await page.goBack()
  await expect(page).toHaveURL(/&field=ho-tich(&|$)/)
  await page.goForward()
  await expect(page).toHaveURL(secondPage)

  // Someone who receives the URL sees the same page.
  const other = await browser.newPage()
  await other.goto(page.url())
  await expect(other.getByTestId('search-hits').getByRole('listitem').first().getByRole('link')).toHaveText(firstOnPage2)
  await expect(other.locator('summary', { hasText: 'Lọc kết quả (đang chọn 1)' })).toBeVisible()
  await other.close()
})

test('a typo gets a "did you mean" link to the corrected search', async ({ page }) => {
  await page.goto('/tim-kiem')
  const box = page.getByRole('combobox', { name: 'Bạn cần tìm gì?' })
  await box.fill('khai sihn')
  await box.press('Enter')
  await expect(page).toHaveURL(/\/tim-kiem\?q=khai\+sihn$/)
  await expect(page.getByText('Bạn có muốn tìm')).toBeVisible()
  await page.getByRole('link', { name: 'khai sinh', exact: true }).click()
  await expect(page).toHaveURL(/\/tim-kiem\?q=khai\+sinh$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tìm kiếm: khai sinh')
})

test('a search that finds nothing offers tips, the most used procedures and a hotline', async ({ page }) => {
  await page.goto('/tim-kiem?q=xyzqwv+blorf')
  const help = page.getByTestId('no-results')
  await expect(help.getByRole('heading', { name: 'Không tìm thấy kết quả nào cho “xyzqwv blorf”.' })).toBeVisible()
  await expect(help.getByRole('heading', { name: 'Mẹo tìm kiếm' })).toBeVisible()
  await expect(help.getByRole('link', { name: 'Thủ tục đăng ký khai sinh', exact: true })).toBeVisible()
  await expect(page.getByTestId('search-hotlines').locator('a[href^="tel:"]').first()).toBeVisible()
  await help.getByRole('link', { name: 'Thủ tục đăng ký khai sinh', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thủ tục đăng ký khai sinh')
})

test('the search page without words invites a search and shows the most used procedures', async ({ page }) => {
  await page.goto('/tim-kiem')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tìm kiếm')
  await expect(page.getByText('Nhập tên thủ tục, câu hỏi hoặc cơ quan bạn cần tìm')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Thủ tục được quan tâm nhiều' })).toBeVisible()
})

test('browsing a kind of result without words counts all of it, beyond the engine\'s 1,000', async ({ page }) => {
  await page.goto('/tim-kiem?type=procedure')
  await expect(page.getByTestId('search-count')).toHaveText('Kết quả 1–10 trong 2.849')
})

// A page of the App Router cannot choose its status: a bad parameter answers 200 with the message.
test('a bad parameter is explained in Vietnamese (status 200) and the form still searches', async ({ page }) => {
  const response = await page.goto('/tim-kiem?q=khai+sinh&page=abc&sort=new')
  expect(response?.status()).toBe(200)
  const error = page.getByTestId('search-error')
  await expect(error.getByRole('heading', { name: 'Địa chỉ tìm kiếm có lỗi' })).toBeVisible()
  await expect(error).toContainText('Số trang (page) phải là số nguyên từ 1 đến 100.')
  await expect(error).toContainText('“sort” không phải là tham số tìm kiếm.')
  const box = page.getByRole('combobox', { name: 'Bạn cần tìm gì?' })
  await expect(box).toHaveValue('khai sinh')
  await box.press('Enter')
  await expect(page).toHaveURL(/\/tim-kiem\?q=khai\+sinh$/)
  await expect(page.getByTestId('search-hits')).toBeVisible()
})

test('the English results page marks what exists only in Vietnamese', async ({ page }) => {
  await page.goto('/en/search?q=khai+sinh&type=procedure')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page).toHaveTitle(/^Search: khai sinh · /)
  await expect(page.getByRole('navigation', { name: 'Kinds of result' }).getByRole('link', { name: /^Procedures \(\d+\)$/ })).toHaveAttribute('aria-current', 'page')
  const first = page.getByTestId('search-hits').getByRole('listitem').first()
  await expect(first.getByRole('link')).toHaveAttribute('href', /^\/en\/procedures\//)
  await expect(first.getByRole('link').locator('[lang="vi"]')).toHaveCount(1)
  await expect(first.getByText('Vietnamese only')).toBeVisible()
  await expect(page.getByTestId('search-count')).toHaveText(/^Results 1–10 of \d+ for “khai sinh”$/)
})

test('switching language on the results page keeps the search', async ({ page }) => {
  await page.goto('/tim-kiem?q=khai+sinh&type=procedure')
  await page.locator('header a[hreflang="en"]').click()
  await expect(page).toHaveURL(/\/en\/search\?q=khai\+sinh&type=procedure$/)
  await expect(page.getByRole('combobox', { name: 'What are you looking for?' })).toHaveValue('khai sinh')
})
