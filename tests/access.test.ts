import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getTestPayload } from './helpers/getTestPayload'
import { closePayload } from '@/lib/payload/closePayload'

let payload: Payload
let rest: typeof import('./helpers/restClient').rest
let staffToken: string

beforeAll(async () => {
  payload = await getTestPayload()
  rest = (await import('./helpers/restClient')).rest
  await payload.create({ collection: 'users', data: { email: 'editor@portal.localhost', password: 'Editor-password-1', role: 'editor' } })
  await payload.create({ collection: 'procedures', data: { code: '1.000001', name: 'Thủ tục đã công khai', status: 'published' } })
  await payload.create({ collection: 'procedures', data: { code: '1.000002', name: 'Thủ tục đang soạn', status: 'draft' } })
  const login = await rest('POST', '/api/users/login', { body: { email: 'editor@portal.localhost', password: 'Editor-password-1' } })
  staffToken = login.body.token as string
})

afterAll(async () => {
  if (payload) await closePayload(payload)
})

describe('the public REST API', () => {
  it('lists published procedures only', async () => {
    const { status, body } = await rest('GET', '/api/procedures?depth=0')
    expect(status).toBe(200)
    expect((body.docs as { code: string }[]).map((d) => d.code)).toEqual(['1.000001'])
  })

  it('does not reveal a draft procedure by id', async () => {
    const draft = await payload.find({ collection: 'procedures', where: { code: { equals: '1.000002' } } })
    const { status } = await rest('GET', `/api/procedures/${draft.docs[0].id}`)
    expect(status).toBe(404)
  })

  it('refuses to create, update or delete a procedure without a staff account', async () => {
    const published = await payload.find({ collection: 'procedures', where: { code: { equals: '1.000001' } } })
    const id = published.docs[0].id
    expect((await rest('POST', '/api/procedures', { body: { code: '1.000003', name: 'Giả mạo' } })).status).toBe(403)
    expect((await rest('PATCH', `/api/procedures/${id}`, { body: { name: 'Đã sửa trái phép' } })).status).toBe(403)
    expect((await rest('DELETE', `/api/procedures/${id}`)).status).toBe(403)
    const after = await payload.findByID({ collection: 'procedures', id })
    expect(after.name).toBe('Thủ tục đã công khai')
  })

  it('refuses to write the shared catalogs without a staff account', async () => {
    for (const [collection, body] of [
      ['agencies', { name: 'Cơ quan giả', type: 'other' }],
      ['administrativeUnits', { code: '99999', name: 'X', fullName: 'Xã X', level: 'commune', type: 'commune' }],
      ['legalDocuments', { code: '1/2099/NĐ-CP', title: 'Giả' }],
      ['publicationDecisions', { number: '1/QĐ-GIA' }],
      ['fields', { name: 'Lĩnh vực giả' }],
      ['users', { email: 'intruder@portal.localhost', password: 'Intruder-password-1', role: 'admin' }],
    ] as const) {
      expect((await rest('POST', `/api/${collection}`, { body })).status, collection).toBe(403)
    }
  })
})

describe('a staff account', () => {
  it('creates a procedure through the REST API and sees drafts', async () => {
    const created = await rest('POST', '/api/procedures', { token: staffToken, body: { code: '1.000004', name: 'Thủ tục mới', status: 'draft' } })
    expect(created.status).toBe(201)
    const list = await rest('GET', '/api/procedures?depth=0&limit=10', { token: staffToken })
    expect((list.body.docs as { code: string }[]).map((d) => d.code).sort()).toEqual(['1.000001', '1.000002', '1.000004'])
  })

  it('gets a precise error for an invalid national code', async () => {
    const { status, body } = await rest('POST', '/api/procedures', { token: staffToken, body: { code: '1.0001', name: 'Sai mã' } })
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toContain('code')
  })

  it('cannot give itself the administrator role', async () => {
    const me = await payload.find({ collection: 'users', where: { email: { equals: 'editor@portal.localhost' } } })
    await rest('PATCH', `/api/users/${me.docs[0].id}`, { token: staffToken, body: { role: 'admin' } })
    const after = await payload.findByID({ collection: 'users', id: me.docs[0].id })
    expect(after.role).toBe('editor')
  })
})
