import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, statSync } from 'node:fs'
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Meilisearch } from 'meilisearch'
import nodemailer from 'nodemailer'
import pg from 'pg'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest'
import { servicesEnv, startServices, type RunningServices, type ServiceOptions } from './index'
import { readPidFile, waitForProcessExit } from './processes'

const pgPort = 55433
const meiliPort = 7719
const idpPort = 7716
const smtpPort = 2521
const mailUiPort = 2531
const savedEnv = { DATABASE_URL: process.env.DATABASE_URL, MEILI_URL: process.env.MEILI_URL, SMTP_URL: process.env.SMTP_URL }
const tempDirs: string[] = []
const started: RunningServices[] = []
let dataDir: string
let logLines: string[] = []
let firstMeiliKey: string

async function makeTempDir(): Promise<string> {
  const dir = await mkdtemp('/tmp/services-test-')
  // mkdtemp makes the folder 700; the postgres user must be able to reach the cluster inside.
  await chmod(dir, 0o755)
  tempDirs.push(dir)
  return dir
}

async function start(overrides: Partial<ServiceOptions> = {}): Promise<RunningServices> {
  logLines = []
  const services = await startServices({ dataDir, pgPort, meiliPort, idpPort, smtpPort, mailUiPort, database: 'portal_test', log: (line) => logLines.push(line), ...overrides })
  started.push(services)
  // A failed assertion must not leave servers holding the folder for the next test.
  onTestFinished(() => services.stop())
  return services
}

async function query(databaseUrl: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

/** Runs the CLI in its own Node process and resolves once it reports that it is running. */
async function startCliRunner(): Promise<ChildProcess> {
  const cli = fileURLToPath(new URL('./cli.ts', import.meta.url))
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    PG_PORT: String(pgPort),
    MEILI_PORT: String(meiliPort),
    IDP_PORT: String(idpPort),
    SMTP_PORT: String(smtpPort),
    MAIL_UI_PORT: String(mailUiPort),
    PG_DATABASE: 'portal_test',
  }
  const runner = spawn(process.execPath, ['--import', 'tsx', cli], { env, stdio: ['ignore', 'pipe', 'inherit'] })
  let output = ''
  await new Promise<void>((resolve, reject) => {
    runner.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('Running.')) resolve()
    })
    runner.once('exit', (code) => reject(new Error(`The CLI exited with ${code}:\n${output}`)))
  })
  return runner
}

async function spawnAndWait(command: string, args: string[]): Promise<number> {
  const child = spawn(command, args, { stdio: 'ignore' })
  await once(child, 'exit')
  return child.pid ?? 0
}

beforeAll(async () => {
  delete process.env.DATABASE_URL
  delete process.env.MEILI_URL
  delete process.env.OIDC_ISSUER
  delete process.env.SMTP_URL
  dataDir = path.join(await makeTempDir(), 'data')
})

afterAll(async () => {
  for (const services of started) await services.stop()
  for (const dir of tempDirs) await rm(dir, { recursive: true, force: true })
  Object.assign(process.env, savedEnv)
})

describe('startServices', () => {
  it('starts PostgreSQL and Meilisearch that answer', async () => {
    const services = await start()
    expect(services.embedded).toEqual({ postgres: true, meilisearch: true, identityProvider: true, mailCatcher: true })
    expect(services.mail).toEqual({ smtpUrl: `smtp://127.0.0.1:${smtpPort}`, catcherUrl: `http://127.0.0.1:${mailUiPort}` })
    expect(await query(services.databaseUrl, 'select 1 as one')).toEqual([{ one: 1 }])
    expect(await query(services.databaseUrl, "select extname from pg_extension where extname in ('unaccent', 'pg_trgm') order by 1")).toEqual([
      { extname: 'pg_trgm' },
      { extname: 'unaccent' },
    ])
    expect(await fetch(`${services.meiliUrl}/health`).then((response) => response.json())).toEqual({ status: 'available' })
    const discovery = (await fetch(`${services.identityProvider.issuer}/.well-known/openid-configuration`).then((response) => response.json())) as Record<string, unknown>
    expect(discovery).toMatchObject({ issuer: `http://127.0.0.1:${idpPort}`, acr_values_supported: ['loa1', 'loa2'], code_challenge_methods_supported: ['S256'] })
    expect(statSync(path.join(dataDir, 'oidc-provider-jwks.json')).mode & 0o777).toBe(0o600)
    expect(statSync(path.join(dataDir, 'meilisearch-master-key')).mode & 0o777).toBe(0o600)
    expect(logLines.some((line) => /^PostgreSQL 17\.\d+ ready on 127\.0\.0\.1:55433.*\(\d+\.\d s\)$/.test(line))).toBe(true)

    await query(services.databaseUrl, "create table kept (name text); insert into kept values ('Đăng ký khai sinh')")
    await new Meilisearch({ host: services.meiliUrl, apiKey: services.meiliKey }).createIndex('procedures').waitTask()
    firstMeiliKey = services.meiliKey
    await services.stop()
    await services.stop()
  })

  it('refuses a second start on the same data folder while the first one runs', async () => {
    const first = await start()
    await expect(start({ pgPort: pgPort + 1, meiliPort: meiliPort + 1, idpPort: idpPort + 1, smtpPort: smtpPort + 1, mailUiPort: mailUiPort + 1 })).rejects.toThrow(
      `The data folder ${dataDir} is in use by process ${process.pid}`,
    )
    await first.stop()
  })

  it('refuses to start while another live process holds the lock', async () => {
    const holder = spawn('sleep', ['30'], { stdio: 'ignore' })
    const lockFile = path.join(dataDir, 'runner.lock')
    try {
      await writeFile(lockFile, `${holder.pid}\nnpm start\n`)
      const refusal = start()
      await expect(refusal).rejects.toThrow(`Dữ liệu ${dataDir} đang được dùng bởi tiến trình ${holder.pid} (npm start)`)
      await expect(refusal).rejects.toThrow('set a different DATA_DIR')
      expect((await readFile(lockFile, 'utf8')).split('\n')[0]).toBe(String(holder.pid))
    } finally {
      holder.kill()
      await once(holder, 'exit')
    }
  })

  it('takes over a lock left by a process that is no longer running', async () => {
    const deadPid = await spawnAndWait('true', [])
    await writeFile(path.join(dataDir, 'runner.lock'), `${deadPid}\n`)
    const services = await start()
    expect(logLines).toContain(`Taking over the lock of process ${deadPid}, which is no longer running (${path.join(dataDir, 'runner.lock')})`)
    await services.stop()
  })

  it('keeps the data and the Meilisearch key after a restart', async () => {
    const services = await start()
    expect(await query(services.databaseUrl, 'select name from kept')).toEqual([{ name: 'Đăng ký khai sinh' }])
    expect(services.meiliKey).toBe(firstMeiliKey)
    const index = await new Meilisearch({ host: services.meiliUrl, apiKey: services.meiliKey }).getIndex('procedures')
    expect(index.uid).toBe('procedures')
    await services.stop()
  })

  it('removes a postmaster.pid left by a PostgreSQL that crashed', async () => {
    const deadPid = await spawnAndWait('true', [])
    const clusterFolder = path.join(dataDir, 'postgres')
    await writeFile(path.join(clusterFolder, 'postmaster.pid'), `${deadPid}\n${clusterFolder}\n`)
    const services = await start()
    expect(logLines).toContain(`Removing postmaster.pid of PostgreSQL process ${deadPid}, which is no longer running`)
    expect(await query(services.databaseUrl, 'select count(*)::int as n from kept')).toEqual([{ n: 1 }])
    await services.stop()
  })

  it('stops the servers left behind by a runner that was killed', async () => {
    const runner = await startCliRunner()
    const runnerPid = runner.pid ?? 0
    expect(readPidFile(path.join(dataDir, 'runner.lock'))).toBe(runnerPid)
    runner.kill('SIGKILL')
    expect(await waitForProcessExit(runnerPid, 5_000)).toBe(true)

    const services = await start()
    expect(logLines.some((line) => line.startsWith(`Taking over the lock of process ${runnerPid}`))).toBe(true)
    expect(logLines.some((line) => /^Stopping PostgreSQL process \d+, left running by a previous runner$/.test(line))).toBe(true)
    expect(await query(services.databaseUrl, 'select name from kept')).toEqual([{ name: 'Đăng ký khai sinh' }])
    await services.stop()
  })

  it('uses DATABASE_URL instead of starting PostgreSQL', async () => {
    const provider = await start()
    const otherDataDir = path.join(await makeTempDir(), 'data')
    process.env.DATABASE_URL = provider.databaseUrl
    try {
      const services = await start({ dataDir: otherDataDir, pgPort: pgPort + 2, meiliPort: meiliPort + 2, idpPort: idpPort + 2, smtpPort: smtpPort + 2, mailUiPort: mailUiPort + 2 })
      expect(services.embedded).toEqual({ postgres: false, meilisearch: true, identityProvider: true, mailCatcher: true })
      expect(services.databaseUrl).toBe(provider.databaseUrl)
      expect(await query(services.databaseUrl, 'select 1 as one')).toEqual([{ one: 1 }])
      expect(existsSync(path.join(otherDataDir, 'postgres'))).toBe(false)
      await services.stop()
    } finally {
      delete process.env.DATABASE_URL
      await provider.stop()
    }
  })

  it('catches the mail sent to its SMTP port, keeps it over a restart, and exports where to read it', async () => {
    const services = await start()
    const to = `restart-${Date.now()}@example.vn`
    const mailer = nodemailer.createTransport({ url: services.mail.smtpUrl })
    await mailer.sendMail({ from: 'no-reply@dichvucong.localhost', to, subject: 'Hồ sơ đã được tiếp nhận', text: 'Nội dung' })
    mailer.close()
    expect(servicesEnv(services)).toMatchObject({ SMTP_URL: services.mail.smtpUrl, MAIL_CATCHER_URL: services.mail.catcherUrl })
    await services.stop()

    const again = await start()
    const caught = (await fetch(`${again.mail.catcherUrl}/api/messages?to=${to}`).then((response) => response.json())) as { subject: string }[]
    expect(caught.map((message) => message.subject)).toEqual(['Hồ sơ đã được tiếp nhận'])
    await again.stop()
  })

  it('uses SMTP_URL instead of starting the mail catcher', async () => {
    process.env.SMTP_URL = 'smtp://mail.example.gov.vn:587'
    try {
      const services = await start()
      expect(services.embedded.mailCatcher).toBe(false)
      expect(services.mail).toEqual({ smtpUrl: 'smtp://mail.example.gov.vn:587' })
      expect(servicesEnv(services)).not.toHaveProperty('MAIL_CATCHER_URL')
      await expect(fetch(`http://127.0.0.1:${mailUiPort}/api/messages`)).rejects.toThrow()
      await services.stop()
    } finally {
      delete process.env.SMTP_URL
    }
  })
})
