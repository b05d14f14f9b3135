/**
 * The publication decision workflow through POST /api/publicationDecisions/:id/workflow, as the
 * staff of two ministries would use it.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closePayload } from '@/lib/payload/closePayload'
import { getTestPayload } from './helpers/getTestPayload'
import { createMinistries, createStaff } from './helpers/staffAccounts'

let payload: Payload
let rest: typeof import('./helpers/restClient').rest
const agencies = { moj: 0, mps: 0 }
type Account = 'admin' | 'editor' | 'otherEditor' | 'reviewer' | 'mpsReviewer'
let tokens: Record<Account, string>
let ids: Record<Account, number>
let newProcedure: number

const act = (decision: number, who: keyof typeof tokens, action: string, comment?: string) =>
  rest('POST', `/api/publicationDecisions/${decision}/workflow`, { token: tokens[who], body: { action, comment } })
const read = (id: number) => payload.findByID({ collection: 'publicationDecisions', id, depth: 0 })

/** A decision of the Ministry of Justice, in effect today, that publishes one new procedure (so that it can be submitted). */
async function newDecision(number: string, who: keyof typeof tokens = 'editor') {
  const body = { number, issuer: agencies.moj, effectiveDate: new Date().toISOString(), items: [{ action: 'publish', procedure: newProcedure }] }
  const created = await rest('POST', '/api/publicationDecisions', { token: tokens[who], body })
  expect(created.status).toBe(201)
  return (created.body.doc as { id: number }).id
}

beforeAll(async () => {
  payload = await getTestPayload()
  ;({ rest } = await import('./helpers/restClient'))
  Object.assign(agencies, await createMinistries(payload))
  ;({ ids, tokens } = await createStaff(
    payload,
    { admin: ['admin', undefined], editor: ['editor', agencies.moj], otherEditor: ['editor', agencies.moj], reviewer: ['reviewer', agencies.moj], mpsReviewer: ['reviewer', agencies.mps] },
    'wf-',
  ))
  newProcedure = (await payload.create({ collection: 'procedures', data: { code: '1.000201', name: 'Thủ tục mới của Bộ Tư pháp', ministry: agencies.moj, status: 'draft' } })).id
})

afterAll(async () => {
  if (payload) await closePayload(payload)
})

describe('a publication decision from entry to approval', () => {
  let id: number

  it('is entered as a draft and cannot be approved before it is submitted', async () => {
    id = await newDecision('20/QĐ-BTP')
    expect((await read(id)).status).toBe('draft')
    const early = await act(id, 'reviewer', 'approve')
    expect(early.status).toBe(409)
    expect(early.body.message).toBe('A decision that is draft cannot be approved; allowed from: submitted.')
  })

  it('is submitted by its editor and frozen while it is checked', async () => {
    expect((await act(id, 'reviewer', 'submit')).status).toBe(403)
    const submitted = await act(id, 'editor', 'submit')
    expect(submitted.status).toBe(200)
    expect(submitted.body).toMatchObject({ status: 'submitted' })
    expect((await read(id)).submittedBy).toBe(ids.editor)
    expect([403, 404]).toContain((await rest('PATCH', `/api/publicationDecisions/${id}`, { token: tokens.editor, body: { title: 'Sửa khi đang duyệt' } })).status)
  })

  it("is invisible to another ministry's reviewer", async () => {
    expect((await act(id, 'mpsReviewer', 'approve')).status).toBe(404)
  })

  it('is returned with comments, corrected and submitted again', async () => {
    expect((await act(id, 'reviewer', 'return')).status).toBe(400)
    const returned = await act(id, 'reviewer', 'return', 'Thiếu thủ tục 1.000894 so với quyết định đã ký.')
    expect(returned.status).toBe(200)
    expect((await read(id)).status).toBe('returned')
    expect((await rest('PATCH', `/api/publicationDecisions/${id}`, { token: tokens.editor, body: { title: 'Đã bổ sung thủ tục' } })).status).toBe(200)
    expect((await act(id, 'editor', 'submit')).status).toBe(200)
  })

  it('is approved by a reviewer, never by the person who submitted it', async () => {
    expect((await act(id, 'editor', 'approve')).status).toBe(403)
    const approved = await act(id, 'reviewer', 'approve')
    expect(approved.status).toBe(200)
    const after = await read(id)
    expect(after.status).toBe('approved')
    expect(after.reviewedBy).toBe(ids.reviewer)
    expect(after.workflowLog!.map((step) => [step.action, step.by])).toEqual([
      ['submit', ids.editor],
      ['return', ids.reviewer],
      ['submit', ids.editor],
      ['approve', ids.reviewer],
    ])
    expect(after.workflowLog![1]!.comment).toBe('Thiếu thủ tục 1.000894 so với quyết định đã ký.')
  })
})

describe('the workflow rules', () => {
  it('keeps four eyes for administrators too', async () => {
    const id = await newDecision('21/QĐ-BTP', 'admin')
    expect((await act(id, 'admin', 'submit')).status).toBe(200)
    const own = await act(id, 'admin', 'approve')
    expect(own.status).toBe(403)
    expect(own.body.message).toBe('The person who submitted a decision cannot also check it (four eyes).')
    expect(own.body.messageVi).toBe('Người đã trình quyết định không được tự kiểm duyệt (nguyên tắc bốn mắt).')
    expect((await act(id, 'reviewer', 'approve')).status).toBe(200)
  })

  it('lets only the submitter withdraw a submitted decision', async () => {
    const id = await newDecision('22/QĐ-BTP')
    await act(id, 'editor', 'submit')
    expect((await act(id, 'otherEditor', 'withdraw')).status).toBe(403)
    expect((await act(id, 'editor', 'withdraw')).status).toBe(200)
    expect((await read(id)).status).toBe('draft')
  })

  it('lets exactly one of two simultaneous approvals through', async () => {
    const id = await newDecision('23/QĐ-BTP')
    await act(id, 'editor', 'submit')
    const results = await Promise.all([act(id, 'reviewer', 'approve'), act(id, 'admin', 'approve')])
    expect(results.map((r) => r.status).sort()).toEqual([200, 409])
    expect((await read(id)).workflowLog!.filter((step) => step.action === 'approve')).toHaveLength(1)
  })

  it('cannot be bypassed by writing the status or the log directly', async () => {
    const id = await newDecision('24/QĐ-BTP')
    await rest('PATCH', `/api/publicationDecisions/${id}`, {
      token: tokens.editor,
      body: { status: 'approved', submittedBy: ids.otherEditor, workflowLog: [{ action: 'approve', by: ids.reviewer, at: new Date().toISOString() }] },
    })
    const after = await read(id)
    expect(after.status).toBe('draft')
    expect(after.submittedBy ?? null).toBeNull()
    expect(after.workflowLog ?? []).toEqual([])
  })

  it('answers anonymous callers and bad requests precisely', async () => {
    const id = await newDecision('25/QĐ-BTP')
    expect((await rest('POST', `/api/publicationDecisions/${id}/workflow`, { body: { action: 'submit' } })).status).toBe(401)
    const bad = await rest('POST', `/api/publicationDecisions/${id}/workflow`, { token: tokens.editor, body: { action: 'publish-now' } })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/^action: /)
    expect((await rest('POST', '/api/publicationDecisions/999999/workflow', { token: tokens.editor, body: { action: 'submit' } })).status).toBe(404)
  })
})
