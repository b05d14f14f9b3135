/**
 * Drafts, amendments and publishing through publication decisions, over the REST API as the
 * staff of two ministries would use it, and the scheduled publication job with an injected clock.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { closePayload } from '@/lib/payload/closePayload'
import type { Procedure } from '@/payload-types'
import { getTestPayload } from './helpers/getTestPayload'
import { createMinistries, createStaff } from './helpers/staffAccounts'

let payload: Payload
let rest: typeof import('./helpers/restClient').rest
const agencies = { moj: 0, mps: 0 }
type Account = 'admin' | 'editor' | 'reviewer' | 'mpsEditor'
let tokens: Record<Account, string>

const today = () => new Date().toISOString()
const act = (decision: number, who: Account, action: string, comment?: string) =>
  rest('POST', `/api/publicationDecisions/${decision}/workflow`, { token: tokens[who], body: { action, comment } })
const procedure = (id: number) => payload.findByID({ collection: 'procedures', id, depth: 0 }) as Promise<Procedure>
const steps = (...texts: string[]) => texts.map((description) => ({ description }))

let serial = 0
/** A published procedure of a ministry, as the import leaves it. */
async function published(name: string, ministry = agencies.moj): Promise<Procedure> {
  serial += 1
  return (await payload.create({
    collection: 'procedures',
    data: { code: `9.${String(900000 + serial)}`, name, ministry, status: 'published', _status: 'published', steps: steps('Nộp hồ sơ', 'Nhận kết quả') },
    locale: 'vi',
  })) as Procedure
}

/** A decision entered by the editor with these items, submitted and approved by the reviewer. */
async function approvedDecision(number: string, items: { action: string; procedure: number }[], effectiveDate = today()): Promise<number> {
  const created = await rest('POST', '/api/publicationDecisions', { token: tokens.editor, body: { number, issuer: agencies.moj, effectiveDate, items } })
  expect(created.status).toBe(201)
  const id = (created.body.doc as { id: number }).id
  expect((await act(id, 'editor', 'submit')).status).toBe(200)
  expect((await act(id, 'reviewer', 'approve')).status).toBe(200)
  return id
}

const outboxRows = async (documentId: number) =>
  ((await payload.db.drizzle.execute(sql`SELECT count(*)::int AS n FROM search_outbox WHERE source = 'procedures' AND document_id = ${String(documentId)}`)) as unknown as { rows: { n: number }[] }).rows[0]!.n

beforeAll(async () => {
  payload = await getTestPayload()
  ;({ rest } = await import('./helpers/restClient'))
  Object.assign(agencies, await createMinistries(payload))
  ;({ tokens } = await createStaff(payload, { admin: ['admin', undefined], editor: ['editor', agencies.moj], reviewer: ['reviewer', agencies.moj], mpsEditor: ['editor', agencies.mps] }, 'pub-'))
})

afterAll(async () => {
  if (payload) await closePayload(payload)
})

afterEach(() => {
  vi.useRealTimers()
})

describe('drafts beside the published version', () => {
  let amended: Procedure

  it('lets an editor save an amendment as a draft without changing what the public sees', async () => {
    amended = await published('Đăng ký khai sinh')
    const saved = await rest('PATCH', `/api/procedures/${amended.id}?draft=true`, { token: tokens.editor, body: { name: 'Đăng ký khai sinh (sửa đổi)' } })
    expect(saved.status).toBe(200)
    const anonymous = await rest('GET', `/api/procedures/${amended.id}`)
    expect(anonymous.body.name).toBe('Đăng ký khai sinh')
    // Asking for the draft changes nothing for the public…
    expect((await rest('GET', `/api/procedures/${amended.id}?draft=true`)).body.name).toBe('Đăng ký khai sinh')
    // …nor for another ministry's staff, while the owning ministry's editor sees it.
    expect((await rest('GET', `/api/procedures/${amended.id}?draft=true`, { token: tokens.mpsEditor })).body.name).toBe('Đăng ký khai sinh')
    expect((await rest('GET', `/api/procedures/${amended.id}?draft=true`, { token: tokens.editor })).body.name).toBe('Đăng ký khai sinh (sửa đổi)')
  })

  it('refuses an editor a change written straight over the published version, or a publication', async () => {
    const direct = await rest('PATCH', `/api/procedures/${amended.id}`, { token: tokens.editor, body: { name: 'Sửa thẳng' } })
    expect(direct.status).toBe(403)
    expect(String((direct.body.errors as { message: string }[])[0]!.message)).toMatch(/bản nháp|draft/)
    expect((await rest('PATCH', `/api/procedures/${amended.id}?draft=true`, { token: tokens.editor, body: { _status: 'published' } })).status).toBe(403)
    expect((await rest('POST', '/api/procedures', { token: tokens.editor, body: { code: '9.999001', name: 'Tự công bố', ministry: agencies.moj, _status: 'published' } })).status).toBe(403)
    expect((await procedure(amended.id)).name).toBe('Đăng ký khai sinh')
  })

  it('keeps the version history for the owning ministry only', async () => {
    const mine = await rest('GET', `/api/procedures/versions?where[parent][equals]=${amended.id}`, { token: tokens.editor })
    expect(mine.status).toBe(200)
    expect((mine.body.docs as unknown[]).length).toBeGreaterThanOrEqual(2)
    const theirs = await rest('GET', `/api/procedures/versions?where[parent][equals]=${amended.id}`, { token: tokens.mpsEditor })
    expect(theirs.body.docs ?? []).toHaveLength(0)
    expect((await rest('GET', `/api/procedures/versions?where[parent][equals]=${amended.id}`)).status).toBe(403)
  })
})

describe('publishing a decision', () => {
  it('shows the reviewer each item, what each amendment changes and what is missing', async () => {
    const target = await published('Cấp phiếu lý lịch tư pháp')
    await rest('PATCH', `/api/procedures/${target.id}?draft=true`, { token: tokens.editor, body: { name: 'Cấp phiếu lý lịch tư pháp số 1', steps: steps('Nộp hồ sơ trực tuyến', 'Nhận kết quả') } })
    const untouched = await published('Chứng thực bản sao')
    const foreign = await published('Cấp hộ chiếu', agencies.mps)
    const created = await rest('POST', '/api/publicationDecisions', {
      token: tokens.editor,
      body: {
        number: '30/QĐ-BTP',
        issuer: agencies.moj,
        items: [
          { action: 'amend', procedure: target.id },
          { action: 'amend', procedure: untouched.id },
          { action: 'publish', procedure: untouched.id },
          { action: 'abolish', procedure: foreign.id },
        ],
      },
    })
    const id = (created.body.doc as { id: number }).id
    const check = await rest('GET', `/api/publicationDecisions/${id}/check`, { token: tokens.reviewer })
    expect(check.status).toBe(200)
    const report = check.body as { items: { position: number; problems: string[]; changes?: { field: string; before: string; after: string }[] }[]; problems: string[]; warnings: string[]; ready: boolean }
    expect(report.ready).toBe(false)
    expect(report.items[0]!.problems).toEqual([])
    expect(report.items[0]!.changes).toEqual([
      { field: 'name', before: 'Cấp phiếu lý lịch tư pháp', after: 'Cấp phiếu lý lịch tư pháp số 1' },
      { field: 'steps', before: 'Nộp hồ sơ\nNhận kết quả', after: 'Nộp hồ sơ trực tuyến\nNhận kết quả' },
    ])
    expect(report.items[1]!.problems.join()).toMatch(/Chưa nhập nội dung sửa đổi/)
    expect(report.items[2]!.problems.join()).toMatch(/đã có ở dòng 2.*đã được công bố|đã được công bố/)
    expect(report.items[3]!.problems.join()).toMatch(/cơ quan khác quản lý/)
    expect(report.problems.join()).toMatch(/ngày hiệu lực/)
    expect(report.warnings.join()).toMatch(/PDF/)
    // Nothing that blocks can be submitted.
    const submitted = await act(id, 'editor', 'submit')
    expect(submitted.status).toBe(409)
    expect(submitted.body.error).toBe('items_not_ready')
    expect((await rest('GET', `/api/publicationDecisions/${id}/check`, { token: tokens.mpsEditor })).status).toBe(404)
  })

  it('publishes new, amended and abolished procedures together, through the revalidation and search paths', async () => {
    const created = await rest('POST', '/api/procedures', { token: tokens.editor, body: { code: '9.800001', name: 'Thủ tục mới', ministry: agencies.moj, steps: steps('Bước một') } })
    expect(created.status).toBe(201)
    const fresh = (created.body.doc as Procedure).id
    expect((await rest('GET', `/api/procedures/${fresh}`)).status).toBe(404)
    const amended = await published('Đăng ký kết hôn')
    await rest('PATCH', `/api/procedures/${amended.id}?draft=true`, { token: tokens.editor, body: { requirements: 'Hai bên nam, nữ có mặt.' } })
    // Both languages of an amendment are published together.
    await rest('PATCH', `/api/procedures/${amended.id}?draft=true&locale=en`, { token: tokens.editor, body: { name: 'Marriage registration' } })
    const abolished = await published('Thủ tục cũ')
    await rest('PATCH', `/api/procedures/${abolished.id}?draft=true`, { token: tokens.editor, body: { name: 'Bản nháp bị bỏ' } })
    const outboxBefore = await outboxRows(fresh)

    const decision = await approvedDecision('31/QĐ-BTP', [
      { action: 'publish', procedure: fresh },
      { action: 'amend', procedure: amended.id },
      { action: 'abolish', procedure: abolished.id },
    ])
    const publish = await act(decision, 'reviewer', 'publish')
    expect(publish.status).toBe(200)
    expect(publish.body.status).toBe('published')

    expect(await procedure(fresh)).toMatchObject({ status: 'published', _status: 'published', publicationDecision: decision })
    expect((await rest('GET', `/api/procedures/${fresh}`)).body.name).toBe('Thủ tục mới')
    const nowAmended = await procedure(amended.id)
    expect(nowAmended).toMatchObject({ status: 'published', requirements: 'Hai bên nam, nữ có mặt.', name: 'Đăng ký kết hôn', publicationDecision: decision })
    expect((await rest('GET', `/api/procedures/${amended.id}?locale=en`)).body.name).toBe('Marriage registration')
    const history = await payload.findVersions({ collection: 'procedures', where: { and: [{ parent: { equals: amended.id } }, { 'version._status': { equals: 'published' } }] }, sort: 'createdAt' })
    expect(history.docs.map((v) => v.version.requirements ?? null)).toEqual([null, 'Hai bên nam, nữ có mặt.'])
    const gone = await procedure(abolished.id)
    expect(gone).toMatchObject({ status: 'abolished', abolishedBy: decision, name: 'Thủ tục cũ' })
    expect((await rest('GET', `/api/procedures/${abolished.id}`)).status).toBe(404)
    // The abolished procedure's set-aside draft stays in the history but is no longer pending.
    expect((await rest('GET', `/api/procedures/${abolished.id}?draft=true`, { token: tokens.editor })).body.name).toBe('Thủ tục cũ')

    // A procedure a decision lists stays: deleting it is refused with the reason.
    const removal = await rest('DELETE', `/api/procedures/${fresh}`, { token: tokens.admin })
    expect(removal.status).toBe(409)
    expect(JSON.stringify(removal.body)).toContain('31/QĐ-BTP')
    expect(await outboxRows(fresh)).toBeGreaterThan(outboxBefore)
    expect(await outboxRows(abolished.id)).toBeGreaterThan(0)
    const audit = await payload.find({ collection: 'auditLog', where: { and: [{ action: { equals: 'publish' } }, { targetCollection: { equals: 'procedures' } }, { documentId: { in: [fresh, amended.id, abolished.id].map(String) } }] } })
    expect(audit.totalDocs).toBe(3)
  })

  it('publishes nothing when one item fails part-way', async () => {
    const created = await rest('POST', '/api/procedures', { token: tokens.editor, body: { code: '9.800002', name: 'Thủ tục mới hai', ministry: agencies.moj } })
    const fresh = (created.body.doc as Procedure).id
    const broken = await published('Thủ tục sẽ hỏng')
    // A draft may lack what publishing requires (drafts are not validated): the name is emptied.
    expect((await rest('PATCH', `/api/procedures/${broken.id}?draft=true`, { token: tokens.editor, body: { name: '', requirements: 'Mới' } })).status).toBe(200)
    const decision = await approvedDecision('32/QĐ-BTP', [
      { action: 'publish', procedure: fresh },
      { action: 'amend', procedure: broken.id },
    ])
    const publish = await act(decision, 'reviewer', 'publish')
    expect(publish.status).toBe(409)
    expect(publish.body.error).toBe('publish_failed')
    expect(publish.body.message).toMatch(/^Item 2 \(9\.\d+\) could not be published: .*name.*Nothing was published\.$/)
    expect(await procedure(fresh)).toMatchObject({ status: 'draft', _status: 'draft' })
    expect(await procedure(broken.id)).toMatchObject({ name: 'Thủ tục sẽ hỏng', requirements: null })
    const after = await payload.findByID({ collection: 'publicationDecisions', id: decision, depth: 0 })
    expect(after.status).toBe('approved')
    expect(after.workflowLog?.map((s) => s.action)).toEqual(['submit', 'approve'])
  })
})

describe('scheduled publishing', () => {
  it('publishes an approved decision with a future effective date when that day comes', async () => {
    const fresh = (await rest('POST', '/api/procedures', { token: tokens.editor, body: { code: '9.800003', name: 'Thủ tục hẹn giờ', ministry: agencies.moj } })).body.doc as Procedure
    const inThreeDays = new Date(Date.now() + 3 * 86_400_000)
    const decision = await approvedDecision('33/QĐ-BTP', [{ action: 'publish', procedure: fresh.id }], inThreeDays.toISOString())

    const early = await act(decision, 'reviewer', 'publish')
    expect(early.status).toBe(409)
    expect(early.body.message).toMatch(/takes effect on/)
    const jobs = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'publishDecision' } } })
    const job = jobs.docs.find((j) => (j.input as { decision: number }).decision === decision)!
    const day = new Date(inThreeDays.getTime() + 7 * 3_600_000).toISOString().slice(0, 10)
    expect(new Date(job.waitUntil!).toISOString()).toBe(new Date(`${day}T00:00:00+07:00`).toISOString())

    await payload.jobs.run({ limit: 10 })
    expect((await payload.findByID({ collection: 'publicationDecisions', id: decision, depth: 0 })).status).toBe('approved')

    // The clock moves to a minute past midnight, Vietnam time, on the effective day.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(`${day}T00:01:00+07:00`))
    await payload.jobs.run({ limit: 10 })
    const after = await payload.findByID({ collection: 'publicationDecisions', id: decision, depth: 0 })
    expect(after.status).toBe('published')
    expect(after.workflowLog?.at(-1)).toMatchObject({ action: 'publish', by: null })
    expect(await procedure(fresh.id)).toMatchObject({ status: 'published', _status: 'published' })
    const entry = await payload.find({ collection: 'auditLog', where: { and: [{ action: { equals: 'publish' } }, { targetCollection: { equals: 'publicationDecisions' } }, { documentId: { equals: String(decision) } }] } })
    expect(entry.docs[0]).toMatchObject({ actorEmail: 'system:scheduler', actorRole: 'system' })

    // A second run finds nothing left to do.
    await payload.jobs.run({ limit: 10 })
    expect((await payload.findByID({ collection: 'publicationDecisions', id: decision, depth: 0 })).workflowLog?.filter((s) => s.action === 'publish')).toHaveLength(1)
  })
})
