import type { TestCitizen } from './testCitizens'

/**
 * The local identity provider's pages. They look nothing like VNeID on purpose: a striped
 * warning band on every page says that this is a test provider and that no real identity is used.
 */

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

const style = `
body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1b1b1b;background:#fafafa}
.band{background:repeating-linear-gradient(45deg,#ffd400 0 18px,#1b1b1b 18px 36px);padding:6px}
.band p{margin:0;background:#fff;padding:8px 12px;font-weight:700;text-align:center}
main{max-width:40rem;margin:0 auto;padding:1rem}
h1{font-size:1.4rem}
fieldset{border:1px solid #999;border-radius:6px;margin:0 0 1rem;padding:.5rem 1rem}
legend{font-weight:700;padding:0 .25rem}
label{display:flex;gap:.6rem;align-items:flex-start;padding:.5rem 0;border-bottom:1px solid #eee}
label:last-child{border-bottom:0}
input[type=radio]{width:1.25rem;height:1.25rem;margin-top:.2rem}
small{color:#555;display:block}
button{font:inherit;font-weight:700;padding:.7rem 1.2rem;border-radius:6px;border:2px solid #1b1b1b;cursor:pointer}
.primary{background:#1b1b1b;color:#fff}
.secondary{background:#fff;color:#1b1b1b}
.actions{display:flex;gap:1rem;flex-wrap:wrap}
`

function page(title: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(title)} · Nhà cung cấp định danh THỬ NGHIỆM</title><style>${style}</style></head>
<body><div class="band" role="note"><p>MÔI TRƯỜNG THỬ NGHIỆM — nhà cung cấp định danh giả lập, không phải VNeID. Không dùng dữ liệu thật.<br>
<span lang="en">TEST ENVIRONMENT — a simulated identity provider, not VNeID. No real identities.</span></p></div>
<main>${body}</main></body></html>`
}

export interface LoginPageInput {
  action: string
  abortAction: string
  clientName: string
  citizens: TestCitizen[]
  levels: { acr: string; level: number }[]
  /** The level the service asked for (acr_values), preselected. */
  requestedLevel: number
  error?: string
}

/** Choose a test citizen and the assurance level to sign in with. */
export function loginPage(input: LoginPageInput): string {
  const citizens = input.citizens
    .map(
      (citizen, index) => `<label><input type="radio" name="citizen" value="${escape(citizen.sub)}"${index === 0 ? ' checked' : ''}>
<span><strong>${escape(citizen.fullName)}</strong><small>Số định danh ${escape(citizen.personalId)} · sinh ngày ${escape(citizen.birthdate.split('-').reverse().join('/'))}</small>
<small>${escape(citizen.address)}</small></span></label>`,
    )
    .join('')
  const levels = input.levels
    .map(
      ({ acr, level }) => `<label><input type="radio" name="acr" value="${escape(acr)}"${level === input.requestedLevel ? ' checked' : ''}>
<span><strong>Tài khoản định danh điện tử mức ${level}</strong><small>acr = ${escape(acr)}</small></span></label>`,
    )
    .join('')
  return page(
    'Đăng nhập',
    `<h1>Đăng nhập vào ${escape(input.clientName)}</h1>
${input.error ? `<p role="alert" style="color:#b00020;font-weight:700">${escape(input.error)}</p>` : ''}
<form method="post" action="${escape(input.action)}">
<fieldset><legend>Công dân thử nghiệm</legend>${citizens}</fieldset>
<fieldset><legend>Mức độ định danh</legend>${levels}</fieldset>
<div class="actions"><button class="primary" type="submit">Đăng nhập</button>
<button class="secondary" type="submit" formaction="${escape(input.abortAction)}">Huỷ</button></div>
</form>`,
  )
}

/** Confirms signing out of the provider; submits itself when JavaScript runs. */
export function logoutPage(form: string): string {
  return page(
    'Đăng xuất',
    `<h1>Đăng xuất khỏi nhà cung cấp định danh thử nghiệm</h1>${form}
<div class="actions"><button class="primary" autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Đăng xuất</button>
<button class="secondary" type="submit" form="op.logoutForm">Giữ đăng nhập</button></div>
<script>var f=document.getElementById('op.logoutForm');var i=document.createElement('input');i.type='hidden';i.name='logout';i.value='yes';f.appendChild(i);f.submit()</script>`,
  )
}

/** After signing out, when the service gave no address to return to. */
export const signedOutPage = () => page('Đã đăng xuất', '<h1>Bạn đã đăng xuất khỏi nhà cung cấp định danh thử nghiệm.</h1>')

/** An error of the provider (unknown client, bad request…), with its description. */
export function errorPage(error: string, description?: string): string {
  return page('Lỗi', `<h1>Không thể xử lý yêu cầu</h1><p><strong>${escape(error)}</strong></p>${description ? `<p>${escape(description)}</p>` : ''}`)
}
