/**
 * The citizen's online application on a real database, through the route handlers as the pages'
 * forms post them: draft and pre-fill, step checks, uploads (type by content, size, names with
 * path tricks), review and declaration, submission (idempotent), the receipt PDF, private file
 * downloads, the one-request API (files cleaned up when the submission fails), supplements and
 * withdrawal.
 */
import { mkdtemp, readdir } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import QRCode from 'qrcode'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { upsertCitizen } from '@/lib/citizen/citizens'
import { csrfTokenFor } from '@/lib/citizen/csrf'
import { createSession } from '@/lib/citizen/sessions'
import { actOnDossier } from '@/lib/dossiers/actOnDossier'
import { findDraft } from '@/lib/dossiers/applications/drafts'
import { handleApplicationForm } from '@/lib/dossiers/http/applicationForm'
import { handleCitizenDossierForm } from '@/lib/dossiers/http/citizenDossierForm'
import type { DossierDeps } from '@/lib/dossiers/http/deps'
import { downloadFile } from '@/lib/dossiers/http/downloadFile'
import { downloadReceipt } from '@/lib/dossiers/http/downloadReceipt'
import { submitApplication } from '@/lib/dossiers/http/submitApplication'
import { localPrivateStorage } from '@/lib/files/privateStorage'
import { signedFileLink } from '@/lib/files/signedLink'
import { noScanner } from '@/lib/files/virusScanner'
import { closePayload } from '@/lib/payload/closePayload'
import { getTestPayload } from './helpers/getTestPayload'
import { createMinistries, createStaff } from './helpers/staffAccounts'

let payload: Payload
let deps: DossierDeps
let storageRoot: string
const origin = 'http://localhost:3990'
const agencies = { moj: 0, mps: 0 }
const staffTokens = { moj: '', mps: '' }
let birthRegistration = 0
const code = '1.001193'

type Citizen = { id: number; cookie: string; csrf: string }
const citizens: Record<'an' | 'binh', Citizen> = { an: { id: 0, cookie: '', csrf: '' }, binh: { id: 0, cookie: '', csrf: '' } }

const pdf = (text = 'giay chung sinh') => new TextEncoder().encode(`%PDF-1.4\n1 0 obj<<>>endobj\n% ${text}\ntrailer<<>>\n%%EOF\n`)

async function signIn(subject: string, fullName: string, personalId: string): Promise<Citizen> {
  const id = await upsertCitizen(payload, {
    issuer: 'http://idp.test',
    subject,
    personalId,
    fullName,
    birthDate: '1990-05-17',
    gender: 'female',
    phone: '0912345678',
    email: `${subject}@example.vn`,
    permanentAddress: 'Hà Nội',
    level: 2,
  })
  const { token, session } = await createSession(payload, { citizenId: id, level: 2, acr: 'loa2', providerSid: null, idToken: null, ip: null, userAgent: 'test' })
  return { id, cookie: `dvc_session=${token}`, csrf: csrfTokenFor(session.tokenHash) }
}

/** A form post from one of the portal's pages. */
function post(who: Citizen, fields: Record<string, string | Blob>, path = '/api/applications'): Request {
  const form = new FormData()
  form.set('csrf', who.csrf)
  form.set('locale', 'vi')
  form.set('procedure', code)
  for (const [name, value] of Object.entries(fields)) {
    if (value instanceof Blob) form.append(name, value, (value as File).name ?? 'file')
    else form.set(name, value)
  }
  return new Request(`${origin}${path}`, { method: 'POST', body: form, headers: { cookie: who.cookie, origin } })
}

const apply = async (who: Citizen, fields: Record<string, string | Blob>) => {
  const response = await handleApplicationForm(post(who, fields), deps)
  return { status: response.status, location: response.headers.get('location') ?? '' }
}

const storedFiles = async () => (await readdir(storageRoot, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).length

const answers = {
  1: {
    applicantName: 'Lê Thị Hồng',
    applicantId: '001190000011',
    applicantBirthDate: '17/05/1990',
    applicantPhone: '0912 345 678',
    applicantEmail: '',
    'applicantResidence.province': '01',
    'applicantResidence.commune': '00070',
    'applicantResidence.street': 'Số 5 phố Tràng Thi',
    relationship: 'mother',
  },
  2: {
    childName: 'Lê Minh Khôi',
    childBirthDate: '02/11/2026',
    childGender: 'male',
    childEthnicity: 'Kinh',
    childNationality: 'Việt Nam',
    'childBirthPlace.province': '01',
    'childBirthPlace.commune': '00070',
    'childBirthPlace.street': 'Bệnh viện Phụ sản Hà Nội',
  },
  3: { motherName: 'Lê Thị Hồng', motherBirthDate: '17/05/1990' },
  4: { resultDelivery: 'online', copies: '1' },
} as const

async function fillAllSteps(who: Citizen) {
  for (const [step, values] of Object.entries(answers)) expect((await apply(who, { action: 'save', step, go: 'next', ...values })).location).not.toContain('loi=')
}

beforeAll(async () => {
  payload = await getTestPayload()
  storageRoot = await mkdtemp(path.join(os.tmpdir(), 'dossier-files-'))
  deps = { payload, storage: localPrivateStorage(storageRoot), scanner: noScanner }
  Object.assign(agencies, await createMinistries(payload))
  await payload.update({ collection: 'agencies', id: agencies.moj, data: { code: 'G06' } })
  Object.assign(staffTokens, (await createStaff(payload, { moj: ['officer', agencies.moj], mps: ['officer', agencies.mps] }, 'apply-')).tokens)
  const hanoi = await payload.create({ collection: 'administrativeUnits', data: { code: '01', name: 'Hà Nội', fullName: 'Thành phố Hà Nội', level: 'province', type: 'city' } })
  await payload.create({ collection: 'administrativeUnits', data: { code: '00070', name: 'Hoàn Kiếm', fullName: 'Phường Hoàn Kiếm', level: 'commune', type: 'ward', parent: hanoi.id } })
  const hue = await payload.create({ collection: 'administrativeUnits', data: { code: '46', name: 'Huế', fullName: 'Thành phố Huế', level: 'province', type: 'city' } })
  await payload.create({ collection: 'administrativeUnits', data: { code: '19753', name: 'Thuận Hóa', fullName: 'Phường Thuận Hóa', level: 'commune', type: 'ward', parent: hue.id } })
  birthRegistration = (
    await payload.create({
      collection: 'procedures',
      data: {
        code,
        name: 'Đăng ký khai sinh',
        ministry: agencies.moj,
        status: 'published',
        onlineServiceLevel: 'full',
        channels: [{ channel: 'online', processingTime: { value: 3, unit: 'workingDays' } }],
      },
    })
  ).id
  const [{ importCalendar }, { importStarterForms }] = await Promise.all([import('@/lib/import/importCalendar'), import('@/lib/import/importStarterForms')])
  await importCalendar(payload)
  await importStarterForms(payload)
  citizens.an = await signIn('an', 'Lê Thị Hồng', '001190000011')
  citizens.binh = await signIn('binh', 'Trần Văn Bình', '001090000002')
})

afterAll(async () => {
  if (payload) await closePayload(payload)
})

describe('the application form', () => {
  it('starts a draft pre-filled from the identity only when the citizen agrees, and records the consent', async () => {
    const started = await apply(citizens.binh, { action: 'start' })
    expect(started).toEqual({ status: 303, location: `/nop-ho-so/${code}?buoc=1` })
    const plain = await findDraft(payload, citizens.binh.id, birthRegistration)
    expect(plain?.answers).toEqual({})
    await payload.delete({ collection: 'dossierDrafts', id: plain!.id, overrideAccess: true })

    await apply(citizens.an, { action: 'start', prefill: 'on' })
    const draft = await findDraft(payload, citizens.an.id, birthRegistration)
    expect(draft?.answers).toMatchObject({ applicantName: 'Lê Thị Hồng', applicantId: '001190000011', applicantBirthDate: '1990-05-17', applicantPhone: '0912345678', applicantEmail: 'an@example.vn' })
    const consents = (await payload.db.drizzle.execute(`SELECT purpose, granted FROM citizen_consents WHERE citizen_id = ${citizens.an.id}`)) as unknown as { rows: unknown[] }
    expect(consents.rows).toEqual([{ purpose: 'identity_prefill', granted: true }])
  })

  it('keeps a refused step as typed, sends the citizen back to it with the errors, and completes it once corrected', async () => {
    const refused = await apply(citizens.an, { action: 'save', step: '1', go: 'next', ...answers[1], applicantId: '12345', 'applicantResidence.commune': '19753' })
    expect(refused.location).toBe(`/nop-ho-so/${code}?buoc=1&loi=1#loi`)
    const draft = await findDraft(payload, citizens.an.id, birthRegistration)
    expect(draft?.answers.applicantId).toBe('12345')
    expect(draft?.completedSteps).toEqual([])

    const corrected = await apply(citizens.an, { action: 'save', step: '1', go: 'next', ...answers[1] })
    expect(corrected.location).toBe(`/nop-ho-so/${code}?buoc=2`)
    expect((await findDraft(payload, citizens.an.id, birthRegistration))?.completedSteps).toEqual(['applicant'])
  })

  it('lets the citizen go back without checks, and refresh the communes of a chosen province', async () => {
    expect((await apply(citizens.an, { action: 'save', step: '2', go: 'back', childName: 'Lê Minh' })).location).toBe(`/nop-ho-so/${code}?buoc=1`)
    expect((await apply(citizens.an, { action: 'save', step: '2', go: 'refresh', 'childBirthPlace.province': '01' })).location).toBe(`/nop-ho-so/${code}?buoc=2#dia-chi`)
    const draft = await findDraft(payload, citizens.an.id, birthRegistration)
    expect(draft?.answers['childBirthPlace.province']).toBe('01')
  })

  it('is the same draft from another device after signing in there', async () => {
    const elsewhere = await createSession(payload, { citizenId: citizens.an.id, level: 2, acr: 'loa2', providerSid: null, idToken: null, ip: null, userAgent: 'phone' })
    const phone = { id: citizens.an.id, cookie: `dvc_session=${elsewhere.token}`, csrf: csrfTokenFor(elsewhere.session.tokenHash) }
    expect((await apply(phone, { action: 'start' })).location).toBe(`/nop-ho-so/${code}?buoc=1`)
    expect((await findDraft(payload, citizens.an.id, birthRegistration))?.answers.applicantId).toBe('001190000011')
  })

  it('refuses a post without the page’s token, and sends an anonymous visitor to sign in', async () => {
    const forged = await handleApplicationForm(post({ ...citizens.an, csrf: 'forged' }, { action: 'save', step: '1' }), deps)
    expect(forged.status).toBe(403)
    const anonymous = await handleApplicationForm(post({ ...citizens.an, cookie: '' }, { action: 'start' }), deps)
    expect(anonymous.headers.get('location')).toMatch(/^\/dang-nhap\?loi=signed_out&returnTo=/)
  })
})

describe('uploads', () => {
  it('refuses a file whose content is not an accepted type whatever its name, and an oversized one, keeping nothing', async () => {
    const before = await storedFiles()
    const fake = await apply(citizens.an, { action: 'upload', step: 'tai-lieu', document: 'birthCertificate', file: new File(['MZ not really a pdf'], 'giay-chung-sinh.pdf') })
    expect(fake.location).toContain('tep=wrong_type&tai-lieu=birthCertificate')
    const big = new Uint8Array(10 * 1024 * 1024 + 1)
    big.set(pdf())
    const oversized = await apply(citizens.an, { action: 'upload', step: 'tai-lieu', document: 'birthCertificate', file: new File([big], 'big.pdf') })
    expect(oversized.location).toContain('tep=too_large')
    expect(await storedFiles()).toBe(before)
    expect(await payload.count({ collection: 'dossierFiles', overrideAccess: true })).toEqual({ totalDocs: 0 })
  })

  it('keeps an accepted file privately under a random key, with a harmless name of its real type', async () => {
    const png = await QRCode.toBuffer('ảnh giấy chứng sinh')
    const done = await apply(citizens.an, { action: 'upload', step: 'tai-lieu', document: 'birthCertificate', file: new File([new Uint8Array(png)], '../../etc/passwd.pdf') })
    expect(done.location).toContain('tep=ok')
    const { docs } = await payload.find({ collection: 'dossierFiles', overrideAccess: true })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ name: 'passwd.png', mime: 'image/png', documentKey: 'birthCertificate', purpose: 'document', size: png.length })
    expect(docs[0]!.storageKey).toMatch(/^[0-9a-f]{2}\/[0-9a-f-]{36}$/)
    expect(await storedFiles()).toBe(1)
  })

  it('removes a file the citizen takes back, bytes included', async () => {
    await apply(citizens.an, { action: 'upload', step: 'tai-lieu', document: 'authorisation', file: new File([pdf()], 'uy-quyen.pdf') })
    const file = (await payload.find({ collection: 'dossierFiles', where: { documentKey: { equals: 'authorisation' } }, overrideAccess: true })).docs[0]!
    await apply(citizens.an, { action: 'remove-file', step: 'tai-lieu', file: String(file.id) })
    expect(await payload.count({ collection: 'dossierFiles', overrideAccess: true })).toEqual({ totalDocs: 1 })
    expect(await storedFiles()).toBe(1)
  })
})

describe('submitting', () => {
  let dossierCode = ''

  it('refuses an incomplete application and one without the declaration', async () => {
    expect((await apply(citizens.an, { action: 'submit', declaration: 'on' })).location).toContain('buoc=xem-lai&loi=1')
    await fillAllSteps(citizens.an)
    expect((await apply(citizens.an, { action: 'submit' })).location).toContain('buoc=xem-lai&loi=cam-doan')
  })

  it('turns the draft into a dossier with its files and first timeline entry, and a second click gives the same dossier', async () => {
    const draft = (await findDraft(payload, citizens.an.id, birthRegistration))!
    const done = await apply(citizens.an, { action: 'submit', declaration: 'on', key: draft.submissionKey })
    expect(done.location).toMatch(/^\/tai-khoan\/ho-so\/G06-\d{6}-\d{4}\?moi=1$/)
    dossierCode = decodeURIComponent(done.location.split('/')[3]!.split('?')[0]!)
    const again = await apply(citizens.an, { action: 'submit', declaration: 'on', key: draft.submissionKey })
    expect(again.location).toBe(`/tai-khoan/ho-so/${dossierCode}`)

    const { docs } = await payload.find({ collection: 'dossiers', where: { applicant: { equals: citizens.an.id } }, overrideAccess: true, depth: 0 })
    expect(docs).toHaveLength(1)
    const dossier = docs[0]!
    expect(dossier).toMatchObject({ code: dossierCode, status: 'submitted', agency: agencies.moj })
    expect(dossier.dueAt).toBeTruthy()
    expect(dossier.data).toMatchObject({ applicantId: '001190000011', applicantPhone: '0912345678', childBirthDate: '2026-11-02', childBirthPlace: { province: '01', commune: '00070', street: 'Bệnh viện Phụ sản Hà Nội' } })
    const files = await payload.find({ collection: 'dossierFiles', where: { dossier: { equals: dossier.id } }, overrideAccess: true, depth: 0 })
    expect(files.docs.map((file) => [file.name, file.draft])).toEqual([['passwd.png', null]])
    expect(await findDraft(payload, citizens.an.id, birthRegistration)).toBeNull()
    expect(await payload.count({ collection: 'dossierEvents', where: { dossier: { equals: dossier.id } }, overrideAccess: true })).toEqual({ totalDocs: 1 })
  })

  it('gives the applicant a PDF receipt, and nobody else', async () => {
    const get = (who: Citizen) => downloadReceipt(new Request(`${origin}/api/applications/receipt/${dossierCode}?lang=vi`, { headers: { cookie: who.cookie } }), deps, { params: Promise.resolve({ code: dossierCode }) })
    const mine = await get(citizens.an)
    expect(mine.status).toBe(200)
    expect(mine.headers.get('content-type')).toBe('application/pdf')
    const bytes = new Uint8Array(await mine.arrayBuffer())
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
    const document = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise
    const text = (await (await document.getPage(1)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ').normalize('NFC')
    expect(text).toContain(dossierCode)
    expect(text).toContain('Đăng ký khai sinh')
    expect(text).toContain('passwd.png')
    expect(text).not.toContain('001190000011')
    expect((await get(citizens.binh)).status).toBe(404)
  })

  it('lets the applicant and the handling agency’s officers download a file through a fresh signed link, nobody else', async () => {
    const file = (await payload.find({ collection: 'dossierFiles', overrideAccess: true })).docs[0]!
    const fetchFile = (headers: Record<string, string>, link = signedFileLink(file.id)) =>
      downloadFile(new Request(`${origin}${link}`, { headers }), deps, { params: Promise.resolve({ id: String(file.id) }) })
    const mine = await fetchFile({ cookie: citizens.an.cookie })
    expect(mine.status).toBe(200)
    expect(mine.headers.get('content-disposition')).toContain('passwd.png')
    expect(new Uint8Array(await mine.arrayBuffer())).toEqual(new Uint8Array(await QRCode.toBuffer('ảnh giấy chứng sinh')))
    expect((await fetchFile({ authorization: `JWT ${staffTokens.moj}` })).status).toBe(200)
    expect((await fetchFile({ authorization: `JWT ${staffTokens.mps}` })).status).toBe(404)
    expect((await fetchFile({ cookie: citizens.binh.cookie })).status).toBe(404)
    expect((await fetchFile({})).status).toBe(404)
    expect((await fetchFile({ cookie: citizens.an.cookie }, signedFileLink(file.id, new Date(Date.now() - 10 * 60_000)))).status).toBe(410)
    expect((await fetchFile({ cookie: citizens.an.cookie }, `/api/files/${file.id}?expires=9999999999&signature=forged`)).status).toBe(404)
  })

  it('takes a supplement with files when the agency asks, and refuses a file of the wrong type without keeping it', async () => {
    const dossier = (await payload.find({ collection: 'dossiers', where: { code: { equals: dossierCode } }, overrideAccess: true, depth: 0 })).docs[0]!
    const officer = (await payload.find({ collection: 'users', where: { email: { equals: 'apply-moj@portal.localhost' } }, overrideAccess: true })).docs[0]!
    const asked = await actOnDossier(payload, { dossierId: dossier.id, action: 'requestSupplement', actor: { type: 'officer', userId: officer.id as number, scope: [agencies.moj] }, missing: ['Bản chụp rõ giấy chứng sinh'] })
    expect(asked.ok).toBe(true)
    const send = (file: File) => handleCitizenDossierForm(post(citizens.an, { code: dossierCode, action: 'supplement', note: 'Gửi lại bản rõ', file }, '/api/applications/dossier'), deps)
    const before = await storedFiles()
    const wrong = await send(new File(['just text'], 'giay.pdf'))
    expect(wrong.headers.get('location')).toContain('loi=wrong_type')
    expect(await storedFiles()).toBe(before)
    const done = await send(new File([pdf('ban ro')], 'giay-chung-sinh-ro.pdf'))
    expect(done.headers.get('location')).toContain('xong=supplement')
    const after = await payload.findByID({ collection: 'dossiers', id: dossier.id, overrideAccess: true })
    expect(after.status).toBe('submitted')
    const supplement = await payload.find({ collection: 'dossierFiles', where: { and: [{ dossier: { equals: dossier.id } }, { purpose: { equals: 'supplement' } }] }, overrideAccess: true })
    expect(supplement.docs.map((file) => file.name)).toEqual(['giay-chung-sinh-ro.pdf'])
    // Supplementing again, now that nothing is asked, is refused and its file removed.
    const late = await send(new File([pdf('lan nua')], 'them.pdf'))
    expect(late.headers.get('location')).toContain('loi=state')
    expect(await storedFiles()).toBe(before + 1)
  })

  it('gives the applicant all of it in the download of their data, and none of it to another citizen', async () => {
    const { exportApplicantDossiers } = await import('@/lib/dossiers/applicantDossiers')
    const mine = await exportApplicantDossiers(payload, citizens.an.id)
    expect(mine.dossiers.map((dossier) => dossier.code)).toEqual([dossierCode])
    expect(mine.dossiers[0]).toMatchObject({ answers: { childName: 'Lê Minh Khôi' }, procedure: { code } })
    expect(mine.dossiers[0]!.files.map((file) => file.name)).toEqual(['passwd.png', 'giay-chung-sinh-ro.pdf'])
    expect(mine.dossiers[0]!.timeline.map((step) => step.action)).toEqual(['submit', 'requestSupplement', 'supplement'])
    expect(JSON.stringify(await exportApplicantDossiers(payload, citizens.binh.id))).not.toContain(dossierCode)
  })

  it('lets another citizen see none of it', async () => {
    const theirs = await handleCitizenDossierForm(post(citizens.binh, { code: dossierCode, action: 'withdraw' }, '/api/applications/dossier'), deps)
    expect(theirs.status).toBe(404)
  })
})

describe('the one-request API', () => {
  const submit = (who: Citizen, fields: { answers: Record<string, string>; key: string; file?: File }) => {
    const form = new FormData()
    form.set('procedure', code)
    form.set('idempotencyKey', fields.key)
    form.set('answers', JSON.stringify(fields.answers))
    if (fields.file) form.set('document.birthCertificate', fields.file)
    return submitApplication(new Request(`${origin}/api/applications/submit`, { method: 'POST', body: form, headers: { cookie: who.cookie, origin, 'x-csrf-token': who.csrf } }), deps)
  }
  const all = Object.assign({}, ...Object.values(answers)) as Record<string, string>

  it('submits with a file; the same key gives the same dossier and keeps no second copy of the file', async () => {
    const before = await storedFiles()
    const first = await submit(citizens.binh, { answers: all, key: 'api-key-0000000001', file: new File([pdf()], 'a.pdf') })
    expect(first.status).toBe(201)
    const body = (await first.json()) as { code: string }
    const again = await submit(citizens.binh, { answers: all, key: 'api-key-0000000001', file: new File([pdf()], 'a.pdf') })
    expect(again.status).toBe(200)
    expect(((await again.json()) as { code: string }).code).toBe(body.code)
    expect(await storedFiles()).toBe(before + 1)
  })

  it('answers refused answers and missing documents precisely', async () => {
    const response = await submit(citizens.binh, { answers: { ...all, childBirthDate: '31/02/2026' }, key: 'api-key-0000000002' })
    expect(response.status).toBe(422)
    expect(await response.json()).toMatchObject({ error: 'incomplete', errors: { child: { childBirthDate: 'invalid_date' } }, missingDocuments: ['birthCertificate'] })
  })

  it('removes the stored files when the submission is refused after storing them', async () => {
    // Submission refuses a procedure no longer offered online, after the files were stored.
    await payload.update({ collection: 'procedures', id: birthRegistration, data: { onlineServiceLevel: 'none' } })
    const before = await storedFiles()
    const response = await submit(citizens.binh, { answers: all, key: 'api-key-0000000003', file: new File([pdf()], 'b.pdf') })
    await payload.update({ collection: 'procedures', id: birthRegistration, data: { onlineServiceLevel: 'full' } })
    expect(response.status).toBe(409)
    expect(await storedFiles()).toBe(before)
  })
})
