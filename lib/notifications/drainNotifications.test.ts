import { describe, expect, it } from 'vitest'
import { retryDelaySeconds } from './drainNotifications'
import { mailConfig } from './mailer'

describe('notice delivery', () => {
  it('waits 1, 2, 4 … minutes between attempts, never more than an hour', () => {
    expect([1, 2, 3, 4, 7, 8, 20].map(retryDelaySeconds)).toEqual([60, 120, 240, 480, 3_600, 3_600, 3_600])
  })

  it('sends from MAIL_FROM, or the portal’s no-reply address, and names Message-IDs after its domain', () => {
    expect(mailConfig({})).toEqual({ smtpUrl: undefined, from: 'Cổng Dịch vụ công <no-reply@dichvucong.localhost>', domain: 'dichvucong.localhost' })
    expect(mailConfig({ SMTP_URL: 'smtp://127.0.0.1:1025', MAIL_FROM: 'Cổng DVC <thongbao@dichvucong.gov.vn>' })).toEqual({
      smtpUrl: 'smtp://127.0.0.1:1025',
      from: 'Cổng DVC <thongbao@dichvucong.gov.vn>',
      domain: 'dichvucong.gov.vn',
    })
    expect(mailConfig({ MAIL_FROM: 'no-reply@example.vn' }).domain).toBe('example.vn')
  })
})
