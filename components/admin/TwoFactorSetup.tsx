'use client'
import { useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

const words = {
  on: ['Xác thực hai bước đang bật: mỗi lần đăng nhập cần thêm mã từ ứng dụng xác thực.', 'Two-factor authentication is on: every sign-in also needs the code from your authenticator app.'],
  off: ['Xác thực hai bước chưa bật.', 'Two-factor authentication is off.'],
  required: ['Vai trò của tài khoản bắt buộc xác thực hai bước: cho đến khi bật, tài khoản chưa có quyền thao tác nào.', 'Your role requires two-factor authentication: until it is on, your account can do nothing.'],
  start: ['Bắt đầu thiết lập', 'Start the set-up'],
  scan: ['Quét mã QR bằng ứng dụng xác thực (Google Authenticator, Microsoft Authenticator, …) hoặc nhập khoá bí mật, rồi nhập mã 6 chữ số ứng dụng hiển thị.', 'Scan the QR code with an authenticator app (Google Authenticator, Microsoft Authenticator, …) or type in the secret key, then enter the 6-digit code it shows.'],
  qr: ['Mã QR để thiết lập ứng dụng xác thực', 'QR code to set up the authenticator app'],
  secret: ['Khoá bí mật', 'Secret key'],
  code: ['Mã 6 chữ số', '6-digit code'],
  enable: ['Bật xác thực hai bước', 'Turn two-factor authentication on'],
  disable: ['Tắt xác thực hai bước', 'Turn two-factor authentication off'],
} satisfies Record<string, [string, string]>

/** The set-up steps: a new secret as a QR code, then a code from the app to confirm it (POST /api/users/two-factor/*). */
export function TwoFactorSetup({ enabled, required }: { enabled: boolean; required: boolean }) {
  const { i18n } = useTranslation()
  const router = useRouter()
  const say = (key: keyof typeof words) => words[key][i18n.language === 'en' ? 1 : 0]
  const [setup, setSetup] = useState<{ qr: string; secret: string } | null>(null)
  const [code, setCode] = useState('')
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const codeId = useId()

  const post = async (path: string, body?: unknown) => {
    const response = await fetch(`/api/users/two-factor/${path}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { ok: response.ok, body: (await response.json().catch(() => ({}))) as { message?: string; qr?: string; secret?: string } }
  }
  const start = async () => {
    const result = await post('setup')
    if (result.ok && result.body.qr && result.body.secret) setSetup({ qr: result.body.qr, secret: result.body.secret })
    else setMessage({ ok: false, text: result.body.message ?? '' })
  }
  const confirm = async (path: 'enable' | 'disable') => {
    const result = await post(path, { code })
    setMessage({ ok: result.ok, text: result.body.message ?? '' })
    if (result.ok) {
      // The account's rights change with it: the admin is rendered again from the server.
      router.push('/admin')
      router.refresh()
    }
  }
  const codeInput = (
    <div className="field-type text" style={{ maxWidth: '16rem', margin: '1rem 0' }}>
      <label htmlFor={codeId} className="field-label">{say('code')}</label>
      <input id={codeId} inputMode="numeric" autoComplete="one-time-code" value={code} onChange={(e) => setCode(e.target.value)} />
    </div>
  )
  return (
    <div style={{ maxWidth: '40rem' }}>
      <p>{enabled ? say('on') : say('off')}</p>
      {required && !enabled && <p role="alert" style={{ borderLeft: '4px solid var(--theme-warning-500)', padding: '0.5rem 1rem' }}>{say('required')}</p>}
      {!enabled && !setup && (
        <button type="button" className="btn btn--style-primary btn--size-medium" onClick={() => void start()}>
          {say('start')}
        </button>
      )}
      {!enabled && setup && (
        <form onSubmit={(e) => { e.preventDefault(); void confirm('enable') }}>
          <p>{say('scan')}</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server */}
          <img src={setup.qr} alt={say('qr')} width={200} height={200} style={{ background: 'white' }} />
          <p>
            {say('secret')}: <code data-testid="totp-secret">{setup.secret}</code>
          </p>
          {codeInput}
          <button type="submit" className="btn btn--style-primary btn--size-medium">{say('enable')}</button>
        </form>
      )}
      {enabled && !required && (
        <form onSubmit={(e) => { e.preventDefault(); void confirm('disable') }}>
          {codeInput}
          <button type="submit" className="btn btn--style-secondary btn--size-medium">{say('disable')}</button>
        </form>
      )}
      <p role="status" style={{ color: message && !message.ok ? 'var(--theme-error-500)' : undefined }}>{message?.text}</p>
    </div>
  )
}
