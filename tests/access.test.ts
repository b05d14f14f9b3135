/**
 * The access matrix: who may read and change what, through the REST and GraphQL handlers that
 * Next.js mounts at /api (real Request and Response objects). Two ministries, a department below
 * one of them, and an account of each role.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closePayload } from '@/lib/payload/closePayload'
import { getTestPayload } from './helpers/getTestPayload'
import { createStaff, staffPassword } from './helpers/staffAccounts'

let payload: Payload
let rest: typeof import('./helpers/restClient').rest
let graphql: typeof import('./helpers/restClient').graphql

const agencies = { moj: 0, civilStatus: 0, mps: 0 }
const procedures = { mojPublished: 0, mojDraft: 0, mpsPublished: 0, mpsDraft: 0, civilStatusDraft: 0 }
type Account = 'admin' | 'mojAdmin' | 'mojEditor' | 'mojReviewer' | 'mpsEditor' | 'civilStatusEditor' | 'mojOfficer'
let tokens: Record<Account, string>
let users: Record<Account, number>
const password = staffPassword

const codesOf = (body: Record<string, unknown>) => (body.docs as { code: string }[]).map((d) => d.code).sort()
const nameOf = async (id: number) => (await payload.findByID({ collection: 'procedures', id, depth: 0 })).name

beforeAll(async () => {
  payload = await getTestPayload()
  ;({ rest, graphql } = await import('./helpers/restClient'))
  const agency = async (name: string, type: 'ministry' | 'central', parent?: number) =>
    (await payload.create({ collection: 'agencies', data: { name, type, parent } })).id
  agencies.moj = await agency('Bộ Tư pháp', 'ministry')
  agencies.civilStatus = await agency('Cục Hộ tịch, quốc tịch, chứng thực', 'central', agencies.moj)
  agencies.mps = await agency('Bộ Công an', 'ministry')
  const procedure = async (code: string, name: string, ministry: number, status: 'draft' | 'published') =>
    (await payload.create({ collection: 'procedures', data: { code, name, ministry, status } })).id
  procedures.mojPublished = await procedure('1.000001', 'Đăng ký khai sinh (công khai)', agencies.moj, 'published')
  procedures.mojDraft = await procedure('1.000002', 'Đăng ký kết hôn (nháp Bộ Tư pháp)', agencies.moj, 'draft')
  procedures.mpsPublished = await procedure('1.000003', 'Cấp hộ chiếu (công khai)', agencies.mps, 'published')
  procedures.mpsDraft = await procedure('1.000004', 'Cấp căn cước (nháp Bộ Công an)', agencies.mps, 'draft')
  procedures.civilStatusDraft = await procedure('1.000005', 'Cấp bản sao trích lục (nháp Cục Hộ tịch)', agencies.civilStatus, 'draft')
  ;({ ids: users, tokens } = await createStaff(payload, {
    admin: ['admin', undefined],
    mojAdmin: ['agencyAdmin', agencies.moj],
    mojEditor: ['editor', agencies.moj],
    mojReviewer: ['reviewer', agencies.moj],
    mojOfficer: ['officer', agencies.moj],
    mpsEditor: ['editor', agencies.mps],
    civilStatusEditor: ['editor', agencies.civilStatus],
  }))
})

afterAll(async () => {
  if (payload) await closePayload(payload)
})

describe('the public', () => {
  it('reads published procedures only, and no draft by id', async () => {
    expect(codesOf((await rest('GET', '/api/procedures?depth=0')).body)).toEqual(['1.000001', '1.000003'])
    expect((await rest('GET', `/api/procedures/${procedures.mojDraft}`)).status).toBe(404)
  })

  it('writes nothing: procedures, decisions, catalogs or accounts', async () => {
    expect((await rest('POST', '/api/procedures', { body: { code: '1.000099', name: 'Giả mạo', ministry: agencies.moj } })).status).toBe(403)
    expect((await rest('PATCH', `/api/procedures/${procedures.mojPublished}`, { body: { name: 'Đã sửa trái phép' } })).status).toBe(403)
    expect((await rest('DELETE', `/api/procedures/${procedures.mojPublished}`)).status).toBe(403)
    for (const [collection, body] of [
      ['agencies', { name: 'Cơ quan giả', type: 'other' }],
      ['administrativeUnits', { code: '99999', name: 'X', fullName: 'Xã X', level: 'commune', type: 'commune' }],
      ['legalDocuments', { code: '1/2099/NĐ-CP', title: 'Giả' }],
      ['publicationDecisions', { number: '1/QĐ-GIA' }],
      ['fields', { name: 'Lĩnh vực giả' }],
      ['searchVocabulary', { words: ['giả'] }],
      ['users', { email: 'intruder@portal.localhost', password, role: 'admin' }],
    ] as const) {
      expect((await rest('POST', `/api/${collection}`, { body })).status, collection).toBe(403)
    }
    expect(await nameOf(procedures.mojPublished)).toBe('Đăng ký khai sinh (công khai)')
  })

  it('gets nothing unpublished and changes nothing through GraphQL', async () => {
    const listed = await graphql('{ Procedures(limit: 50) { docs { code } } }')
    expect((listed.data!.Procedures as { docs: { code: string }[] }).docs.map((d) => d.code).sort()).toEqual(['1.000001', '1.000003'])
    const updated = await graphql(`mutation { updateProcedure(id: ${procedures.mojPublished}, data: { name: "Giả" }) { id } }`)
    expect(updated.errors?.length).toBeGreaterThan(0)
    expect(await nameOf(procedures.mojPublished)).toBe('Đăng ký khai sinh (công khai)')
  })
})

describe('an editor of the Ministry of Justice', () => {
  const token = () => tokens.mojEditor

  it("sees everything published and the drafts of the ministry and the agencies below it, not another ministry's drafts", async () => {
    const { body } = await rest('GET', '/api/procedures?depth=0&limit=50', { token: token() })
    expect(codesOf(body)).toEqual(['1.000001', '1.000002', '1.000003', '1.000005'])
    expect((await rest('GET', `/api/procedures/${procedures.mpsDraft}`, { token: token() })).status).toBe(404)
    const viaGraphql = await graphql(`{ Procedure(id: ${procedures.mpsDraft}) { code } }`, { token: token() })
    expect(viaGraphql.data?.Procedure ?? null).toBeNull()
  })

  it('creates a draft procedure of the ministry, but cannot publish it by setting its status', async () => {
    const created = await rest('POST', '/api/procedures', { token: token(), body: { code: '1.000010', name: 'Thủ tục mới của Bộ Tư pháp', ministry: agencies.moj, status: 'published' } })
    expect(created.status).toBe(201)
    expect((created.body.doc as { status: string }).status).toBe('draft')
  })

  it('cannot create a procedure of the Ministry of Public Security, or one of no agency', async () => {
    const other = await rest('POST', '/api/procedures', { token: token(), body: { code: '1.000011', name: 'Thủ tục của Bộ Công an', ministry: agencies.mps } })
    expect(other.status).toBe(403)
    expect(JSON.stringify(other.body)).toMatch(/ministry must be your agency or an agency below it/)
    expect((await rest('POST', '/api/procedures', { token: token(), body: { code: '1.000012', name: 'Không cơ quan' } })).status).toBe(403)
    expect(await payload.count({ collection: 'procedures', where: { code: { in: ['1.000011', '1.000012'] } } })).toEqual({ totalDocs: 0 })
  })

  it("edits the ministry's drafts, but neither another ministry's procedures nor what is published", async () => {
    expect((await rest('PATCH', `/api/procedures/${procedures.mojDraft}?draft=true`, { token: token(), body: { name: 'Đăng ký kết hôn (đã sửa)' } })).status).toBe(200)
    expect((await rest('GET', `/api/procedures/${procedures.mojDraft}?draft=true`, { token: token() })).body.name).toBe('Đăng ký kết hôn (đã sửa)')
    // Changes are drafts: a plain update (which would write over the published version) is refused.
    expect((await rest('PATCH', `/api/procedures/${procedures.mojDraft}`, { token: token(), body: { name: 'Không qua nháp' } })).status).toBe(403)
    for (const id of [procedures.mpsDraft, procedures.mpsPublished, procedures.mojPublished]) {
      const before = await nameOf(id)
      expect([403, 404], String(id)).toContain((await rest('PATCH', `/api/procedures/${id}`, { token: token(), body: { name: 'Sửa trái phép' } })).status)
      expect(await nameOf(id)).toBe(before)
    }
    // Another ministry's procedures cannot be amended as drafts either.
    for (const id of [procedures.mpsDraft, procedures.mpsPublished]) {
      expect([403, 404], String(id)).toContain((await rest('PATCH', `/api/procedures/${id}?draft=true`, { token: token(), body: { name: 'Sửa trái phép' } })).status)
    }
    const viaGraphql = await graphql(`mutation { updateProcedure(id: ${procedures.mpsDraft}, data: { name: "Sửa qua GraphQL" }) { id } }`, { token: token() })
    expect(viaGraphql.errors?.length).toBeGreaterThan(0)
    expect(await nameOf(procedures.mpsDraft)).toBe('Cấp căn cước (nháp Bộ Công an)')
  })

  it('cannot hand a draft over to another ministry, or publish it by editing its status', async () => {
    const handover = await rest('PATCH', `/api/procedures/${procedures.mojDraft}?draft=true`, { token: token(), body: { ministry: agencies.mps } })
    expect(handover.status).toBe(403)
    await rest('PATCH', `/api/procedures/${procedures.mojDraft}?draft=true`, { token: token(), body: { status: 'published' } })
    expect((await rest('PATCH', `/api/procedures/${procedures.mojDraft}?draft=true`, { token: token(), body: { _status: 'published' } })).status).toBe(403)
    const after = await payload.findByID({ collection: 'procedures', id: procedures.mojDraft, depth: 0 })
    expect(after.status).toBe('draft')
    expect(after.ministry).toBe(agencies.moj)
  })

  it("deletes the ministry's drafts only", async () => {
    expect([403, 404]).toContain((await rest('DELETE', `/api/procedures/${procedures.mpsDraft}`, { token: token() })).status)
    expect([403, 404]).toContain((await rest('DELETE', `/api/procedures/${procedures.mojPublished}`, { token: token() })).status)
    expect(await payload.count({ collection: 'procedures', where: { id: { in: [procedures.mpsDraft, procedures.mojPublished] } } })).toEqual({ totalDocs: 2 })
  })

  it("enters decisions of the ministry only", async () => {
    expect((await rest('POST', '/api/publicationDecisions', { token: token(), body: { number: '10/QĐ-BTP', issuer: agencies.moj } })).status).toBe(201)
    expect((await rest('POST', '/api/publicationDecisions', { token: token(), body: { number: '10/QĐ-BCA', issuer: agencies.mps } })).status).toBe(403)
  })

  it('cannot grant itself a role or move itself to another agency, through REST or GraphQL', async () => {
    await rest('PATCH', `/api/users/${users.mojEditor}`, { token: token(), body: { role: 'admin', agency: agencies.mps } })
    await graphql(`mutation { updateUser(id: ${users.mojEditor}, data: { role: admin }) { id } }`, { token: token() })
    const after = await payload.findByID({ collection: 'users', id: users.mojEditor, depth: 0 })
    expect(after.role).toBe('editor')
    expect(after.agency).toBe(agencies.moj)
  })

  it('sees only its own account', async () => {
    const { body } = await rest('GET', '/api/users?limit=50', { token: token() })
    expect((body.docs as { id: number }[]).map((u) => u.id)).toEqual([users.mojEditor])
  })
})

describe('an editor of a department below the ministry', () => {
  it("works on the department's procedures, not on the ministry's", async () => {
    const token = tokens.civilStatusEditor
    expect((await rest('POST', '/api/procedures', { token, body: { code: '1.000020', name: 'Thủ tục của Cục', ministry: agencies.civilStatus } })).status).toBe(201)
    expect((await rest('POST', '/api/procedures', { token, body: { code: '1.000021', name: 'Thủ tục của Bộ', ministry: agencies.moj } })).status).toBe(403)
    const { body } = await rest('GET', '/api/procedures?depth=0&limit=50', { token })
    expect(codesOf(body)).not.toContain('1.000002')
  })
})

describe('a reviewer and an officer', () => {
  it('read the drafts of their ministry but create and edit no procedure', async () => {
    for (const token of [tokens.mojReviewer, tokens.mojOfficer]) {
      expect(codesOf((await rest('GET', '/api/procedures?depth=0&limit=50', { token })).body)).toContain('1.000002')
      expect((await rest('POST', '/api/procedures', { token, body: { code: '1.000030', name: 'X', ministry: agencies.moj } })).status).toBe(403)
      expect([403, 404]).toContain((await rest('PATCH', `/api/procedures/${procedures.mojDraft}`, { token, body: { name: 'X' } })).status)
    }
  })
})

describe("the Ministry of Justice's agency administrator", () => {
  const token = () => tokens.mojAdmin

  it('creates editor, reviewer and officer accounts in its agency tree', async () => {
    const created = await rest('POST', '/api/users', { token: token(), body: { email: 'new-editor@portal.localhost', password, role: 'editor', agency: agencies.civilStatus } })
    expect(created.status).toBe(201)
    const ownAgency = await rest('POST', '/api/users', { token: token(), body: { email: 'new-reviewer@portal.localhost', password, role: 'reviewer' } })
    expect(ownAgency.status).toBe(201)
    expect((ownAgency.body.doc as { agency: { id: number } }).agency.id).toBe(agencies.moj)
  })

  it('cannot create administrators, or accounts of another ministry', async () => {
    const admin = await rest('POST', '/api/users', { token: token(), body: { email: 'new-admin@portal.localhost', password, role: 'admin', agency: agencies.moj } })
    expect(admin.status).toBe(403)
    expect(JSON.stringify(admin.body)).toMatch(/grants only the roles editor, reviewer, officer/)
    expect((await rest('POST', '/api/users', { token: token(), body: { email: 'mps-new@portal.localhost', password, role: 'editor', agency: agencies.mps } })).status).toBe(403)
    expect(await payload.count({ collection: 'users', where: { email: { in: ['new-admin@portal.localhost', 'mps-new@portal.localhost'] } } })).toEqual({ totalDocs: 0 })
  })

  it("sees and manages the ministry's accounts, not the other ministry's", async () => {
    const { body } = await rest('GET', '/api/users?limit=50&depth=0', { token: token() })
    const seen = (body.docs as { id: number }[]).map((u) => u.id)
    expect(seen).toEqual(expect.arrayContaining([users.mojAdmin, users.mojEditor, users.mojReviewer, users.mojOfficer, users.civilStatusEditor]))
    expect(seen).not.toContain(users.mpsEditor)
    expect(seen).not.toContain(users.admin)
    expect((await rest('PATCH', `/api/users/${users.mojEditor}`, { token: token(), body: { role: 'reviewer' } })).status).toBe(200)
    expect([403, 404]).toContain((await rest('PATCH', `/api/users/${users.mpsEditor}`, { token: token(), body: { role: 'reviewer' } })).status)
    expect((await payload.findByID({ collection: 'users', id: users.mpsEditor })).role).toBe('editor')
    await rest('PATCH', `/api/users/${users.mojEditor}`, { token: token(), body: { role: 'editor' } })
  })

  it('cannot raise its own role, nor make another account an agency administrator', async () => {
    const own = await rest('PATCH', `/api/users/${users.mojAdmin}`, { token: token(), body: { role: 'admin' } })
    expect(own.status).toBe(403)
    expect((await rest('PATCH', `/api/users/${users.mojReviewer}`, { token: token(), body: { role: 'agencyAdmin' } })).status).toBe(403)
    expect((await payload.findByID({ collection: 'users', id: users.mojAdmin })).role).toBe('agencyAdmin')
    expect((await payload.findByID({ collection: 'users', id: users.mojReviewer })).role).toBe('reviewer')
  })

  it('edits the agencies of its tree and adds agencies below it, nothing else', async () => {
    expect((await rest('PATCH', `/api/agencies/${agencies.civilStatus}`, { token: token(), body: { abbreviation: 'CHT' } })).status).toBe(200)
    expect([403, 404]).toContain((await rest('PATCH', `/api/agencies/${agencies.mps}`, { token: token(), body: { abbreviation: 'X' } })).status)
    expect((await rest('POST', '/api/agencies', { token: token(), body: { name: 'Vụ mới', type: 'central', parent: agencies.moj } })).status).toBe(201)
    expect((await rest('POST', '/api/agencies', { token: token(), body: { name: 'Vụ của Bộ khác', type: 'central', parent: agencies.mps } })).status).toBe(403)
    expect((await rest('PATCH', `/api/agencies/${agencies.moj}`, { token: token(), body: { parent: agencies.mps } })).status).toBe(403)
  })

  it('edits no procedure', async () => {
    expect([403, 404]).toContain((await rest('PATCH', `/api/procedures/${procedures.mojDraft}`, { token: token(), body: { name: 'X' } })).status)
  })
})

describe('a portal administrator', () => {
  it('does everything: any ministry, any status, any role', async () => {
    const token = tokens.admin
    expect((await rest('PATCH', `/api/procedures/${procedures.mpsDraft}`, { token, body: { status: 'published' } })).status).toBe(200)
    expect((await payload.findByID({ collection: 'procedures', id: procedures.mpsDraft })).status).toBe('published')
    const created = await rest('POST', '/api/users', { token, body: { email: 'second-admin@portal.localhost', password, role: 'admin' } })
    expect(created.status).toBe(201)
  })
})

describe('passwords of staff accounts', () => {
  it('must be long and mixed, for new accounts, changes and by any route', async () => {
    const weak = await rest('POST', '/api/users', { token: tokens.admin, body: { email: 'weak@portal.localhost', password: 'password123', role: 'editor', agency: agencies.moj } })
    expect(weak.status).toBe(400)
    expect(JSON.stringify(weak.body)).toContain('ít nhất 12 ký tự')
    expect(await payload.count({ collection: 'users', where: { email: { equals: 'weak@portal.localhost' } } })).toEqual({ totalDocs: 0 })
    const change = await rest('PATCH', `/api/users/${users.mojEditor}`, { token: tokens.mojEditor, body: { password: 'Mojeditor-Strong-1!' } })
    expect(change.status).toBe(400)
    expect(JSON.stringify(change.body)).toContain('tên tài khoản thư điện tử')
    await expect(payload.create({ collection: 'users', data: { email: 'local@portal.localhost', password: 'short', role: 'editor' } })).rejects.toThrow()
    expect((await rest('PATCH', `/api/users/${users.mojEditor}`, { token: tokens.mojEditor, body: { password: 'Another-Strong-pass-2!' } })).status).toBe(200)
  })
})

describe('dormant and disabled staff accounts', () => {
  const login = (email: string) => rest('POST', '/api/users/login', { body: { email, password } })

  it('records the last sign-in', async () => {
    await login('mojreviewer@portal.localhost')
    const account = await payload.findByID({ collection: 'users', id: users.mojReviewer })
    expect(Date.now() - new Date(account.lastLoginAt!).getTime()).toBeLessThan(60_000)
  })

  it('refuses an account unused for more than 90 days until an administrator reactivates it', async () => {
    const old = new Date(Date.now() - 91 * 86_400_000).toISOString()
    await payload.db.updateOne({ collection: 'users', id: users.mojOfficer, data: { lastLoginAt: old, activeFrom: null, createdAt: old } })
    const refused = await login('mojofficer@portal.localhost')
    expect(refused.status).toBe(403)
    expect(JSON.stringify(refused.body)).toContain('không đăng nhập quá 90 ngày')
    expect((await rest('PATCH', `/api/users/${users.mojOfficer}`, { token: tokens.mojAdmin, body: { reactivate: true } })).status).toBe(200)
    expect((await login('mojofficer@portal.localhost')).status).toBe(200)
  })

  it('refuses a disabled account, and only administrators disable accounts', async () => {
    await rest('PATCH', `/api/users/${users.mpsEditor}`, { token: tokens.mpsEditor, body: { disabled: true } })
    expect((await login('mpseditor@portal.localhost')).status).toBe(200)
    await rest('PATCH', `/api/users/${users.mpsEditor}`, { token: tokens.admin, body: { disabled: true } })
    const refused = await login('mpseditor@portal.localhost')
    expect(refused.status).toBe(403)
    expect(JSON.stringify(refused.body)).toContain('Tài khoản đã bị khoá')
  })
})
