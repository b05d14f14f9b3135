/** The audit log: an entry for each staff action, in the action's transaction, and nobody can change it. */
import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closePayload } from '@/lib/payload/closePayload'
import type { AuditLog } from '@/payload-types'
import { getTestPayload } from './helpers/getTestPayload'
import { createMinistries, createStaff, staffPassword } from './helpers/staffAccounts'

let payload: Payload
let rest: typeof import('./helpers/restClient').rest
const password = staffPassword
const agencies = { moj: 0, mps: 0 }
type Account = 'admin' | 'editor' | 'reviewer' | 'mojAdmin' | 'mpsAdmin'
let tokens: Record<Account, string>
let ids: Record<Account, number>

/** The entries about a document (or an account's own actions), oldest first. */
async function entries(where: Record<string, unknown>): Promise<AuditLog[]> {
  const { docs } = await payload.find({ collection: 'auditLog', where: where as never, sort: 'id', pagination: false, depth: 0 })
  return docs
}

beforeAll(async () => {
  payload = await getTestPayload()
  ;({ rest } = await import('./helpers/restClient'))
  Object.assign(agencies, await createMinistries(payload))
  ;({ ids, tokens } = await createStaff(
    payload,
    { admin: ['admin', undefined], editor: ['editor', agencies.moj], reviewer: ['reviewer', agencies.moj], mojAdmin: ['agencyAdmin', agencies.moj], mpsAdmin: ['agencyAdmin', agencies.mps] },
    'audit-',
  ))
})

afterAll(async () => {
  if (payload) await closePayload(payload)
})

describe('the audit log', () => {
  it('records signing in and out', async () => {
    const logins = await entries({ and: [{ actor: { equals: ids.editor } }, { action: { equals: 'login' } }] })
    expect(logins).toHaveLength(1)
    expect(logins[0]).toMatchObject({ actorEmail: 'audit-editor@portal.localhost', actorRole: 'editor', actorAgency: agencies.moj, summary: 'audit-editor@portal.localhost signed in' })
    const { token } = (await rest('POST', '/api/users/login', { body: { email: 'audit-reviewer@portal.localhost', password } })).body as { token: string }
    expect((await rest('POST', '/api/users/logout', { token })).status).toBe(200)
    expect((await entries({ and: [{ actor: { equals: ids.reviewer } }, { action: { equals: 'logout' } }] })).length).toBe(1)
  })

  it('records who created, changed and deleted what, with the change', async () => {
    const created = await rest('POST', '/api/procedures', { token: tokens.editor, body: { code: '1.000101', name: 'Thủ tục thử', ministry: agencies.moj } })
    const id = (created.body.doc as { id: number }).id
    await rest('PATCH', `/api/procedures/${id}?draft=true`, { token: tokens.editor, body: { name: 'Thủ tục thử (sửa)' } })
    await rest('DELETE', `/api/procedures/${id}`, { token: tokens.editor })
    const log = await entries({ and: [{ targetCollection: { equals: 'procedures' } }, { documentId: { equals: String(id) } }] })
    expect(log.map((e) => [e.action, e.actor])).toEqual([
      ['create', ids.editor],
      ['update', ids.editor],
      ['delete', ids.editor],
    ])
    expect(log[0]!.summary).toBe('created 1.000101 Thủ tục thử')
    expect(log[1]!.summary).toBe('updated 1.000101 Thủ tục thử (sửa): name (Thủ tục thử → Thủ tục thử (sửa))')
    expect(log[1]!.changes).toEqual({ name: ['Thủ tục thử', 'Thủ tục thử (sửa)'] })
  })

  it('records workflow steps as themselves, and role changes as role changes', async () => {
    const procedure = await payload.create({ collection: 'procedures', data: { code: '1.000103', name: 'Thủ tục mới', ministry: agencies.moj, status: 'draft' } })
    const body = { number: '30/QĐ-BTP', issuer: agencies.moj, effectiveDate: new Date().toISOString(), items: [{ action: 'publish', procedure: procedure.id }] }
    const decision = (await rest('POST', '/api/publicationDecisions', { token: tokens.editor, body })).body.doc as { id: number }
    await rest('POST', `/api/publicationDecisions/${decision.id}/workflow`, { token: tokens.editor, body: { action: 'submit' } })
    await rest('POST', `/api/publicationDecisions/${decision.id}/workflow`, { token: tokens.reviewer, body: { action: 'return', comment: 'Thiếu căn cứ' } })
    const steps = await entries({ and: [{ targetCollection: { equals: 'publicationDecisions' } }, { documentId: { equals: String(decision.id) } }] })
    expect(steps.map((e) => [e.action, e.actor])).toEqual([
      ['create', ids.editor],
      ['submit', ids.editor],
      ['return', ids.reviewer],
    ])
    expect(steps[1]!.summary).toBe('submit 30/QĐ-BTP: status (draft → submitted), submittedBy (– → ' + ids.editor + ')')
    await rest('PATCH', `/api/users/${ids.reviewer}`, { token: tokens.admin, body: { role: 'editor' } })
    const [change] = await entries({ and: [{ action: { equals: 'roleChange' } }, { documentId: { equals: String(ids.reviewer) } }] })
    expect(change).toMatchObject({ actor: ids.admin, summary: 'roleChange audit-reviewer@portal.localhost: role (reviewer → editor)' })
  })

  it('writes nothing for a change that rolls back', async () => {
    const before = await payload.count({ collection: 'auditLog' })
    const editor = await payload.findByID({ collection: 'users', id: ids.editor })
    const req = await createLocalReq({ user: { ...editor, collection: 'users' } }, payload)
    await initTransaction(req)
    await payload.create({ collection: 'procedures', data: { code: '1.000102', name: 'Sẽ bị huỷ', ministry: agencies.moj, status: 'draft' }, req, overrideAccess: false })
    await killTransaction(req)
    expect(await payload.count({ collection: 'auditLog' })).toEqual(before)
    expect(await payload.count({ collection: 'procedures', where: { code: { equals: '1.000102' } } })).toEqual({ totalDocs: 0 })
  })

  it('writes nothing for system work without a person (imports)', async () => {
    const before = await payload.count({ collection: 'auditLog' })
    await payload.create({ collection: 'fields', data: { name: 'Lĩnh vực nhập tự động' } })
    expect(await payload.count({ collection: 'auditLog' })).toEqual(before)
  })

  it('is read by administrators, and by agency administrators for their own agency tree only', async () => {
    const all = await rest('GET', '/api/auditLog?limit=200&depth=0', { token: tokens.admin })
    expect(all.status).toBe(200)
    const moj = await rest('GET', '/api/auditLog?limit=200&depth=0', { token: tokens.mojAdmin })
    const agenciesSeen = new Set((moj.body.docs as AuditLog[]).map((e) => e.actorAgency))
    expect([...agenciesSeen]).toEqual([agencies.moj])
    const mps = await rest('GET', '/api/auditLog?limit=200&depth=0', { token: tokens.mpsAdmin })
    expect((mps.body.docs as AuditLog[]).every((e) => e.actorAgency === agencies.mps)).toBe(true)
    expect((await rest('GET', '/api/auditLog', { token: tokens.editor })).status).toBe(403)
  })

  it('cannot be written, changed or deleted through the app, nor changed in the database', async () => {
    const [entry] = await entries({ action: { equals: 'login' } })
    expect((await rest('POST', '/api/auditLog', { token: tokens.admin, body: { at: new Date().toISOString(), action: 'login', summary: 'forged' } })).status).toBe(403)
    expect((await rest('PATCH', `/api/auditLog/${entry!.id}`, { token: tokens.admin, body: { summary: 'edited' } })).status).toBe(403)
    expect((await rest('DELETE', `/api/auditLog/${entry!.id}`, { token: tokens.admin })).status).toBe(403)
    await expect(payload.db.drizzle.execute(sql`UPDATE audit_log SET summary = 'edited' WHERE id = ${entry!.id}`)).rejects.toThrow()
    await expect(payload.db.drizzle.execute(sql`DELETE FROM audit_log WHERE id = ${entry!.id}`)).rejects.toThrow()
    expect((await payload.findByID({ collection: 'auditLog', id: entry!.id })).summary).toBe(entry!.summary)
  })

  it('keeps the entries of a deleted account, with its e-mail', async () => {
    const user = await payload.create({ collection: 'users', data: { email: 'audit-leaver@portal.localhost', password, role: 'editor', agency: agencies.moj } })
    await rest('POST', '/api/users/login', { body: { email: 'audit-leaver@portal.localhost', password } })
    await rest('DELETE', `/api/users/${user.id}`, { token: tokens.admin })
    const [login] = await entries({ and: [{ actorEmail: { equals: 'audit-leaver@portal.localhost' } }, { action: { equals: 'login' } }] })
    expect(login).toMatchObject({ actor: null, actorEmail: 'audit-leaver@portal.localhost' })
  })
})
