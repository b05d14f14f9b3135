/**
 * `npm run bench:submit`: online submissions under load. autocannon posts whole applications of
 * birth registration (1.001193, its shipped form, real administrative units) to
 * POST /api/applications/submit, each with a new idempotency key, from 200 signed-in citizens
 * (sessions opened in the database, as a sign-in would), at 20 connections: once without files,
 * once with a 1 MB PDF as the birth certificate. Every submission is checked again on the server,
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
import { loadPayload } from '../lib/payload/loadPayload'
import { type LoadFigures, loadTest } from './lib/loadTest'
import { startBenchPortal } from './lib/startPortal'
import { kb, ms, printTable } from './lib/table'

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '20' } } })
const seconds = Number(values.seconds)
const connections = Number(values.connections)
const procedure = '1.001193'
const portal = await startBenchPortal()

const answers = {
  applicantName: 'Nguyễn Thị Lan',
  applicantId: '001190000011',
  applicantBirthDate: '17/05/1990',
  applicantPhone: '0912345678',
  'applicantResidence.province': '01',
  'applicantResidence.commune': '00070',
  'applicantResidence.street': 'Số 5 phố Tràng Thi',
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
  resultDelivery: 'online',
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

try {
  const payload = await loadPayload()
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
  await loadTest('warm-up', url, { connections: 4, seconds: 3, method: 'POST', next: submission() })
  await measure('without files')
  await measure('with a 1 MB PDF', pdfOf(1024 * 1024))
  printTable('Online submissions (POST /api/applications/submit, birth registration)', ['run', 'connections', 'dossiers/s', 'p50', 'p95', 'p99', 'requests', 'dossiers created', 'errors', 'file'], rows)
  console.log('\nTarget: ≥ 150 dossiers/s without files. "dossiers created" equals "requests" when every answered submission was written once.')
} finally {
  await portal.stop()
  process.exit(0)
}
