import { describe, expect, it } from 'vitest'
import { dossierActions } from '@/lib/dossiers/dossierWorkflow'
import { renderDossierEmail } from './renderDossierEmail'
import type { DossierNotice } from './types'

const notice = (overrides: Partial<DossierNotice> = {}): DossierNotice => ({
  event: 'receive',
  locale: 'vi',
  code: 'G06-260213-0001',
  procedure: 'Thủ tục đăng ký khai sinh',
  agency: 'Bộ Tư pháp',
  status: 'received',
  submittedAt: '2026-02-13T01:30:00.000Z',
  receivedAt: '2026-02-13T03:00:00.000Z',
  // 17:00 on 25 February in Vietnam; 24 February is still the day in UTC at 10:00.
  dueAt: '2026-02-25T10:00:00.000Z',
  note: null,
  missing: [],
  links: { tracking: 'https://dichvucong.example.vn/tra-cuu-ho-so?code=G06-260213-0001', account: 'https://dichvucong.example.vn/tai-khoan' },
  ...overrides,
})

describe('dossier e-mails', () => {
  it('tells of the receipt in Vietnamese with the dates as dd/mm/yyyy, in text and HTML', () => {
    const email = renderDossierEmail(notice())
    expect(email.subject).toBe('Hồ sơ G06-260213-0001 đã được tiếp nhận')
    expect(email.text).toContain('Hồ sơ của bạn đã được tiếp nhận.')
    expect(email.text).toContain('Thủ tục: Thủ tục đăng ký khai sinh\nCơ quan giải quyết: Bộ Tư pháp\nTrạng thái: Đã tiếp nhận')
    expect(email.text).toContain('Ngày tiếp nhận: 13/02/2026\nNgày hẹn trả kết quả: 25/02/2026')
    expect(email.text).toContain('Tra cứu tiến độ hồ sơ: https://dichvucong.example.vn/tra-cuu-ho-so?code=G06-260213-0001')
    expect(email.html).toContain('<html lang="vi">')
    expect(email.html).toContain('<td style="padding:4px 0">25/02/2026</td>')
  })

  it('lists exactly what is missing, and says the clock is paused', () => {
    const email = renderDossierEmail(
      notice({ event: 'requestSupplement', status: 'supplementRequested', dueAt: null, missing: ['Bản chính giấy chứng sinh', 'Tờ khai có chữ ký'], note: 'Giấy chứng sinh chụp bị mờ.' }),
    )
    expect(email.subject).toBe('Hồ sơ G06-260213-0001 cần bổ sung')
    expect(email.text).toContain('Nội dung cần bổ sung:\n- Bản chính giấy chứng sinh\n- Tờ khai có chữ ký')
    expect(email.text).toContain('Ghi chú của cơ quan giải quyết: Giấy chứng sinh chụp bị mờ.')
    expect(email.text).toContain('Thời gian giải quyết được tạm dừng cho đến khi bạn bổ sung đủ.')
    expect(email.html).toContain('<ul style="margin:0 0 16px"><li>Bản chính giấy chứng sinh</li><li>Tờ khai có chữ ký</li></ul>')
  })

  it('writes in English for a citizen who chose English', () => {
    const email = renderDossierEmail(notice({ event: 'apologize', locale: 'en', status: 'processing', note: 'We must check with the birthplace.', links: { tracking: 'http://localhost:3000/en/track?code=G06-260213-0001', account: 'http://localhost:3000/en/account' } }))
    expect(email.subject).toBe('Application G06-260213-0001: apology and new result date')
    expect(email.text).toContain('Status: Being processed')
    expect(email.text).toContain('New result date: 25/02/2026')
    expect(email.text).toContain('Reason: We must check with the birthplace.')
    expect(email.text).toContain('Track the application: http://localhost:3000/en/track?code=G06-260213-0001')
    expect(email.html).toContain('<html lang="en">')
  })

  it('gives the reason of a refusal and names the new agency of a transfer', () => {
    expect(renderDossierEmail(notice({ event: 'refuse', status: 'refused', note: 'Không thuộc thẩm quyền.' })).text).toContain('Lý do: Không thuộc thẩm quyền.')
    const transfer = renderDossierEmail(notice({ event: 'transfer', status: 'processing', agency: 'Bộ Công an', note: 'Thuộc thẩm quyền Bộ Công an.' }))
    expect(transfer.text).toContain('Hồ sơ của bạn đã được chuyển đến Bộ Công an để giải quyết.')
  })

  it('escapes what officers wrote in the HTML', () => {
    const email = renderDossierEmail(notice({ event: 'refuse', status: 'refused', note: '<img src=x onerror=alert(1)> & "trích dẫn"\ndòng hai' }))
    expect(email.html).not.toContain('<img')
    expect(email.html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;trích dẫn&quot;<br>dòng hai')
  })

  it('has a subject with the code and a lead for the submission and every action, in both languages', () => {
    for (const locale of ['vi', 'en'] as const) {
      for (const event of ['submitted', ...dossierActions] as const) {
        const email = renderDossierEmail(notice({ event, locale }))
        expect(email.subject).toContain('G06-260213-0001')
        expect(email.text.split('\n')[2]!.length).toBeGreaterThan(20)
      }
    }
  })
})
