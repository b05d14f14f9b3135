import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import path from 'node:path'
import nodemailer, { type SendMailOptions } from 'nodemailer'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startLocalMailCatcher, type LocalMailCatcher } from './index'
import type { CaughtMessage } from './mailbox'

let dataDir: string
let catcher: LocalMailCatcher

const start = () => startLocalMailCatcher({ dataDir, smtpPort: 0, uiPort: 0, log: () => undefined })

async function send(to: string, extra: Partial<SendMailOptions> = {}) {
  const mailer = nodemailer.createTransport({ url: catcher.smtpUrl })
  try {
    return await mailer.sendMail({ from: 'Cổng Dịch vụ công <no-reply@dichvucong.localhost>', to, subject: 'Hồ sơ G06-260213-0001 đã được tiếp nhận', text: 'Ngày hẹn trả kết quả: 25/02/2026', ...extra })
  } finally {
    mailer.close()
  }
}

const api = async <T>(pathname: string, init?: RequestInit) => (await fetch(`${catcher.url}${pathname}`, init)).json() as Promise<T>

beforeAll(async () => {
  dataDir = await mkdtemp('/tmp/mail-catcher-test-')
  catcher = await start()
})

afterAll(async () => {
  await catcher?.stop()
  await rm(dataDir, { recursive: true, force: true })
})

describe('the local mail catcher', () => {
  it('keeps a message sent over SMTP, parsed, with its Vietnamese subject and its Message-ID', async () => {
    await send('an@example.vn', { messageId: '<abc-123@dichvucong.localhost>', html: '<p>Ngày hẹn trả kết quả: <b>25/02/2026</b></p>' })
    const [message] = await api<CaughtMessage[]>('/api/messages?to=an@example.vn')
    expect(message).toMatchObject({
      from: '"Cổng Dịch vụ công" <no-reply@dichvucong.localhost>',
      to: ['an@example.vn'],
      envelope: { from: 'no-reply@dichvucong.localhost', to: ['an@example.vn'] },
      subject: 'Hồ sơ G06-260213-0001 đã được tiếp nhận',
      messageId: '<abc-123@dichvucong.localhost>',
      text: 'Ngày hẹn trả kết quả: 25/02/2026',
      html: '<p>Ngày hẹn trả kết quả: <b>25/02/2026</b></p>',
    })
    expect(await api<CaughtMessage>(`/api/messages/${message!.id}`)).toEqual(message)
    expect(existsSync(path.join(dataDir, 'mail', `${message!.id}.eml`))).toBe(true)
  })

  it('lists the newest first and filters by recipient, whatever the case', async () => {
    await send('binh@example.vn', { subject: 'first' })
    await send('BINH@example.vn', { subject: 'second' })
    const messages = await api<CaughtMessage[]>('/api/messages?to=Binh@Example.vn')
    expect(messages.map((message) => message.subject)).toEqual(['second', 'first'])
  })

  it('shows the HTML of a message only in a sandboxed frame, and escapes everything else', async () => {
    await send('chi@example.vn', { subject: '<script>alert(1)</script>', html: '<script>alert(2)</script><p>nội dung</p>' })
    const [message] = await api<CaughtMessage[]>('/api/messages?to=chi@example.vn')
    const response = await fetch(`${catcher.url}/messages/${message!.id}`)
    const page = await response.text()
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(page).not.toContain('<script>')
    expect(page).toContain('<iframe sandbox="" title="Nội dung HTML của thư" srcdoc="&lt;script&gt;alert(2)&lt;/script&gt;&lt;p&gt;nội dung&lt;/p&gt;">')
    expect(await (await fetch(`${catcher.url}/`)).text()).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect((await fetch(`${catcher.url}/messages/${message!.id}.eml`)).headers.get('content-type')).toBe('message/rfc822')
  })

  it('answers 404 for an unknown message, and never reads a file outside its folder', async () => {
    expect((await fetch(`${catcher.url}/api/messages/0000000000000-00000000`)).status).toBe(404)
    expect((await fetch(`${catcher.url}/api/messages/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404)
    expect((await fetch(`${catcher.url}/messages/..%2Fmail-catcher.eml`)).status).toBe(404)
  })

  it('keeps the messages over a restart, and deletes them when asked', async () => {
    const before = await api<CaughtMessage[]>('/api/messages')
    await catcher.stop()
    catcher = await start()
    expect(await api<CaughtMessage[]>('/api/messages')).toEqual(before)
    expect(await api('/api/messages?to=binh@example.vn', { method: 'DELETE' })).toEqual({ deleted: 2 })
    expect(await api<CaughtMessage[]>('/api/messages')).toHaveLength(before.length - 2)
    await api('/api/messages', { method: 'DELETE' })
    expect(await api<CaughtMessage[]>('/api/messages')).toEqual([])
  })
})
