import { escapeHtml as escape } from '@/lib/http/escapeHtml'
import type { CaughtMessage } from './mailbox'

/**
 * The mail catcher's pages: the list of messages and one message. A message's HTML is shown in a
 * sandboxed frame (no scripts, no same origin; the page's Content-Security-Policy, which the frame
 * inherits, blocks remote images), so that a message can neither run code nor call home.
 */

const style = `
body{margin:0;font:15px/1.5 system-ui,sans-serif;color:#1b1b1b;background:#fafafa}
header{background:#1b1b1b;color:#fff;padding:.6rem 1rem}header a{color:#fff}
main{max-width:60rem;margin:0 auto;padding:1rem}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.4rem;border-bottom:1px solid #ddd;vertical-align:top}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:700}dd{margin:0}
pre{white-space:pre-wrap;background:#fff;border:1px solid #ddd;padding:1rem}
iframe{width:100%;height:32rem;border:1px solid #ddd;background:#fff}
form{display:inline}button{font:inherit}
`

function page(title: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(title)} · Hộp thư thử nghiệm</title><style>${style}</style></head>
<body><header><a href="/"><strong>Hộp thư thử nghiệm</strong></a> — thư Cổng gửi đi trên máy phát triển; không thư nào được gửi thật.
<span lang="en">Local mail catcher: nothing leaves this machine.</span></header><main>${body}</main></body></html>`
}

const when = (iso: string) => new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })

/** Every message, newest first. */
export function listPage(messages: CaughtMessage[], to?: string): string {
  const rows = messages
    .map(
      (message) => `<tr><td>${escape(when(message.receivedAt))}</td><td>${escape(message.to.join(', ') || message.envelope.to.join(', '))}</td>
<td><a href="/messages/${message.id}">${escape(message.subject || '(không có tiêu đề)')}</a></td></tr>`,
    )
    .join('')
  const filter = to ? `<p>Thư gửi tới <strong>${escape(to)}</strong> · <a href="/">tất cả thư</a></p>` : ''
  return page(
    'Thư đã nhận',
    `<h1>Thư đã nhận (${messages.length})</h1>${filter}
${messages.length ? `<table><thead><tr><th>Nhận lúc</th><th>Người nhận</th><th>Tiêu đề</th></tr></thead><tbody>${rows}</tbody></table>` : '<p>Chưa có thư nào.</p>'}`,
  )
}

/** One message: its headers, its text and its HTML. */
export function messagePage(message: CaughtMessage): string {
  const facts = [
    ['Từ', message.from],
    ['Tới', message.to.join(', ')],
    ['Tiêu đề', message.subject],
    ['Ngày', message.date ? when(message.date) : ''],
    ['Message-ID', message.messageId ?? ''],
  ]
    .map(([term, value]) => `<dt>${escape(term!)}</dt><dd>${escape(value!)}</dd>`)
    .join('')
  const html = message.html ? `<h2>HTML</h2><iframe sandbox="" title="Nội dung HTML của thư" srcdoc="${escape(message.html)}"></iframe>` : ''
  return page(
    message.subject,
    `<p><a href="/">← Tất cả thư</a> · <a href="/messages/${message.id}.eml">Nguồn (.eml)</a></p>
<h1>${escape(message.subject || '(không có tiêu đề)')}</h1><dl>${facts}</dl>
<h2>Văn bản</h2><pre>${escape(message.text)}</pre>${html}`,
  )
}

/** Not found. */
export const notFoundPage = () => page('Không tìm thấy', '<h1>Không tìm thấy thư</h1><p><a href="/">Tất cả thư</a></p>')
