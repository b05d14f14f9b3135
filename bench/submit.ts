/**
 * `npm run bench:submit`: online submissions under load. autocannon posts whole applications
 * (the shipped forms, real administrative units) to POST /api/applications/submit, each with a
 * new idempotency key, from 200 signed-in citizens (sessions opened in the database, as a sign-in
 * would), at 20 connections: without files — marriage registration (1.000894), whose documents
 * are optional — and with a 1 MB PDF — birth registration (1.001193), whose birth certificate is
 * required. Every submission is checked again on the server,
 * numbered from the agency's daily counter, written with its files' records and first timeline
 * entry in one transaction (and its notification queued). Prints submissions/s and p50/p95/p99,
 * then checks that the database holds exactly one dossier per answered request.
 * Target: ≥ 150 dossiers/s without files on this machine.
 *
 * Options: --seconds 10 (per run), --connections 20.
 */
import { parseArgs } from 'node:util'
import { sql } from '@payloadcms/db-postgres'
import { upsertCitizen } from '../lib/citizen/citizens'
import { csrfTokenFor } from '../lib/citizen/csrf'
import { createSession } from '../lib/citizen/sessions'
import { closePayload } from '../lib/payload/closePayload'
import { loadPayload } from '../lib/payload/loadPayload'
import { type LoadFigures, loadTest } from './lib/loadTest'
import { startBenchPortal } from './lib/startPortal'
import { kb, ms, printTable } from './lib/table'

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '20' } } })
const seconds = Number(values.seconds)
const connections = Number(values.connections)
const portal = await startBenchPortal()

const applicant = {
  applicantName: 'Nguyễn Thị Lan',
  applicantId: '001190000011',
  applicantBirthDate: '17/05/1990',
  applicantPhone: '0912345678',
  'applicantResidence.province': '01',
  'applicantResidence.commune': '00070',
  'applicantResidence.street': 'Số 5 phố Tràng Thi',
  resultDelivery: 'online',
}

const birthRegistration = {
  ...applicant,
  relationship: 'mother',
  childName: 'Nguyễn Minh Khôi',
  childBirthDate: '02/11/2026',
  childGender: 'male',
  childEthnicity: 'Kinh',
  childNationality: 'Việt Nam',
  'childBirthPlace.province': '01',
  'childBirthPlace.commune': '00070',
  'childBirthPlace.street': 'Bệnh viện Phụ sản Hà Nội',
  motherName: 'Nguyễn Thị Lan',
  motherBirthDate: '17/05/1990',
}

const marriageRegistration = {
  ...applicant,
  applicantEthnicity: 'Kinh',
  partnerName: 'Trần Văn Nam',
  partnerBirthDate: '03/09/1988',
  partnerGender: 'male',
  partnerId: '001088000022',
  partnerEthnicity: 'Kinh',
  'partnerResidence.province': '01',
  'partnerResidence.commune': '00004',
  'partnerResidence.street': 'Số 20 phố Đội Cấn',
  firstMarriage: 'first',
}

/** A PDF by its first bytes (what the upload check reads), padded to the size asked. */
function pdfOf(size: number): Buffer {
  const bytes = Buffer.alloc(size, 0x20)
  bytes.write('%PDF-1.4\n')
  bytes.write('\n%%EOF\n', size - 7)
  return bytes
}

/** A multipart body as a browser would send it. */
function multipart(fields: Record<string, string>, file?: { name: string; field: string; bytes: Buffer }): { body: Buffer; type: string } {
  const boundary = `----bench${Math.random().toString(16).slice(2)}`
  const parts: Buffer[] = Object.entries(fields).map(([name, value]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`))
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: application/pdf\r\n\r\n`), file.bytes, Buffer.from('\r\n'))
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`))
  return { body: Buffer.concat(parts), type: `multipart/form-data; boundary=${boundary}` }
}

const payload = await loadPayload()
try {
  const citizens: { cookie: string; csrf: string }[] = []
  for (let n = 0; n < 200; n++) {
    const id = await upsertCitizen(payload, {
      issuer: 'bench',
      subject: `bench-${n}`,
      personalId: `0011900${String(n).padStart(5, '0')}`,
      fullName: `Người thử ${n}`,
      birthDate: '1990-05-17',
      gender: 'female',
      phone: '0912345678',
      email: null,
      permanentAddress: 'Hà Nội',
      level: 2,
    })
    const { token, session } = await createSession(payload, { citizenId: id, level: 2, acr: 'loa2', providerSid: null, idToken: null, ip: null, userAgent: 'bench' })
    citizens.push({ cookie: `dvc_session=${token}`, csrf: csrfTokenFor(session.tokenHash) })
  }
  const count = async () => Number(((await payload.db.drizzle.execute(sql`SELECT count(*)::int AS n FROM dossiers`)) as unknown as { rows: { n: number }[] }).rows[0]!.n)
  const run = Date.now().toString(36)
  let n = 0
  const submission = (file?: Buffer) => () => {
    const citizen = citizens[n % citizens.length]!
    const [procedure, answers] = file ? ['1.001193', birthRegistration] : ['1.000894', marriageRegistration]
    const { body, type } = multipart(
      { procedure, idempotencyKey: `bench-${run}-${String(n++).padStart(9, '0')}`, answers: JSON.stringify(answers) },
      file && { field: 'document.birthCertificate', name: 'giay-chung-sinh.pdf', bytes: file },
    )
    return { body, headers: { 'content-type': type, cookie: citizen.cookie, 'x-csrf-token': citizen.csrf } }
  }
  const url = `${portal.url}/api/applications/submit`
  const rows: (string | number)[][] = []
  const measure = async (label: string, file?: Buffer) => {
    const before = await count()
    const figures: LoadFigures = await loadTest(label, url, { connections, seconds, method: 'POST', next: submission(file) })
    const created = (await count()) - before
    rows.push([label, connections, Math.round(figures.requestsPerSecond), ms(figures.p50), ms(figures.p95), ms(figures.p99), figures.requests, created, figures.errors + figures.non2xx, kb(file?.length ?? 0)])
  }
  // One submission first: a refusal here (no form, a wrong answer) would make every figure an error's.
  for (const probe of [submission()(), submission(pdfOf(1024))()]) {
    const first = await fetch(url, { method: 'POST', body: new Uint8Array(probe.body), headers: probe.headers })
    if (first.status !== 201) throw new Error(`A test submission was refused: ${first.status} ${await first.text()}`)
  }
  await loadTest('warm-up', url, { connections: 4, seconds: 3, method: 'POST', next: submission() })
  await measure('without files (1.000894)')
  await measure('with a 1 MB PDF (1.001193)', pdfOf(1024 * 1024))
  printTable('Online submissions (POST /api/applications/submit)', ['run', 'connections', 'dossiers/s', 'p50', 'p95', 'p99', 'requests', 'dossiers created', 'errors', 'file'], rows)
  console.log('\nTarget: ≥ 150 dossiers/s without files. "dossiers created" counts the database rows: every answered request, plus the')
  console.log('submissions still in flight when autocannon stopped counting (at most one per connection); errors must be 0.')
} catch (error) {
  console.error(error)
  process.exitCode = 1
} finally {
  await closePayload(payload)
  await portal.stop()
  process.exit()
}
