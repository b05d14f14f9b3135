'use client'
import { EmailField, Form, FormSubmit, Link, PasswordField, TextField, useAuth, useTranslation } from '@payloadcms/ui'

const words = {
  code: ['Mã xác thực hai bước', 'Two-factor code'],
  codeHint: ['6 chữ số trong ứng dụng xác thực. Bỏ trống nếu tài khoản chưa bật xác thực hai bước.', 'The 6 digits in your authenticator app. Leave empty if your account has no two-factor authentication yet.'],
} satisfies Record<string, [string, string]>

/** Payload's sign-in form with one more field, `totp`, sent with the e-mail and password. */
export function StaffLoginForm({ redirect }: { redirect: string }) {
  const { t, i18n } = useTranslation()
  const { setUser } = useAuth()
  const say = (key: keyof typeof words) => words[key][i18n.language === 'en' ? 1 : 0]
  return (
    <Form
      action="/api/users/login"
      className="login__form"
      disableSuccessStatus
      method="POST"
      onSuccess={(data) => setUser(data as never)}
      redirect={redirect}
      waitForAutocomplete
    >
      <div className="login__form__inputWrap">
        <EmailField field={{ name: 'email', label: t('general:email'), required: true, admin: { autoComplete: 'email' } }} path="email" />
        <PasswordField field={{ name: 'password', label: t('general:password'), required: true }} path="password" />
        <TextField
          field={{ name: 'totp', type: 'text', label: say('code'), admin: { autoComplete: 'one-time-code', description: say('codeHint') } }}
          path="totp"
        />
      </div>
      <Link href="/admin/forgot" prefetch={false}>
        {t('authentication:forgotPasswordQuestion')}
      </Link>
      <FormSubmit size="large">{t('authentication:login')}</FormSubmit>
    </Form>
  )
}
