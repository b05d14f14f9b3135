import { expect, test } from '@playwright/test'

test('anonymous visitors cannot create procedures through the REST API', async ({ request }) => {
  const response = await request.post('/api/procedures', { data: { code: '9.999999', name: 'Thử' } })
  expect(response.status()).toBe(403)
})

test('the health endpoint reports the database and search as up', async ({ request }) => {
  const response = await request.get('/api/health')
  expect(response.status()).toBe(200)
  expect(await response.json()).toMatchObject({ status: 'ok', database: { status: 'up' }, search: { status: 'up', engine: 'meilisearch', outbox: { pending: expect.any(Number) } } })
})

test('the public REST API serves a published procedure', async ({ request }) => {
  const response = await request.get('/api/procedures?where[code][equals]=1.001193&depth=0')
  expect(response.status()).toBe(200)
  const body = await response.json()
  expect(body.docs).toHaveLength(1)
  expect(body.docs[0].name).toBe('Thủ tục đăng ký khai sinh')
})
