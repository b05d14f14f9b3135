import { escapeHtml as escape } from '@/lib/http/escapeHtml'
import { formatDay, noticeTexts, type NoticeTexts } from './texts'
import type { DossierNotice, DossierNotificationEvent } from './types'

export interface RenderedEmail {
  subject: string
  text: string
  html: string
}

type Facts = [label: string, value: string][]

/** The steps whose notice shows the due date, and under which name (none once the clock stops or the dossier is closed). */
const dueDateLabel: Partial<Record<DossierNotificationEvent, 'dueAt' | 'provisionalDueAt' | 'newDueAt'>> = {
  submitted: 'provisionalDueAt',
  receive: 'dueAt',
  process: 'dueAt',
  supplement: 'dueAt',
  transfer: 'dueAt',
  apologize: 'newDueAt',
}

/** The facts every notice lists, then the dates this event concerns. */
function factsOf(notice: DossierNotice, texts: NoticeTexts): Facts {
  const { labels } = texts
  const dueLabel = dueDateLabel[notice.event]
  return [
    [labels.code, notice.code],
    [labels.procedure, notice.procedure],
    [labels.agency, notice.agency],
    [labels.status, texts.states[notice.status]],
    ...(notice.event === 'submitted' ? ([[labels.submittedAt, formatDay(notice.submittedAt)]] as Facts) : []),
    ...(notice.event === 'receive' && notice.receivedAt ? ([[labels.receivedAt, formatDay(notice.receivedAt)]] as Facts) : []),
    ...(dueLabel && notice.dueAt ? ([[labels[dueLabel], formatDay(notice.dueAt)]] as Facts) : []),
  ]
}

/** A refusal, transfer or apology gives a reason; any other step may carry a note. */
const noteLabel = (notice: DossierNotice, labels: NoticeTexts['labels']) =>
  notice.event === 'refuse' || notice.event === 'transfer' || notice.event === 'apologize' ? labels.reason : labels.note

/** A dossier notice as an e-mail in the notice's language: subject, plain text and HTML saying the same. */
export function renderDossierEmail(notice: DossierNotice): RenderedEmail {
  const texts = noticeTexts(notice.locale)
  const event = texts.events[notice.event]
  const { labels } = texts
  const subject = event.subject(notice.code)
  const lead = event.lead(notice)
  const facts = factsOf(notice, texts)
  const note = notice.note?.trim()
  const missing = notice.event === 'requestSupplement' ? notice.missing : []

  const text = [
    texts.portal,
    '',
    lead,
    '',
    ...facts.map(([label, value]) => `${label}: ${value}`),
    ...(missing.length ? ['', `${labels.missing}:`, ...missing.map((item) => `- ${item}`)] : []),
    ...(note ? ['', `${noteLabel(notice, labels)}: ${note}`] : []),
    ...(event.after ? ['', event.after] : []),
    '',
    `${labels.tracking}: ${notice.links.tracking}`,
    `${labels.account}: ${notice.links.account}`,
    '',
    '-- ',
    texts.footer,
  ].join('\n')

  const paragraph = (content: string) => `<p style="margin:0 0 16px">${content}</p>`
  const rows = facts
    .map(([label, value]) => `<tr><th scope="row" style="text-align:left;padding:4px 16px 4px 0;vertical-align:top">${escape(label)}</th><td style="padding:4px 0">${escape(value)}</td></tr>`)
    .join('')
  const html = `<!doctype html><html lang="${notice.locale}"><head><meta charset="utf-8"><title>${escape(subject)}</title></head>
<body style="margin:0;padding:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1b1b1b">
<div style="max-width:600px;margin:0 auto;padding:24px;background:#ffffff">
<p style="margin:0 0 16px;font-weight:bold;color:#a50e0e">${escape(texts.portal)}</p>
<h1 style="margin:0 0 16px;font-size:20px">${escape(subject)}</h1>
${paragraph(escape(lead))}
<table role="presentation" style="border-collapse:collapse;margin:0 0 16px">${rows}</table>
${missing.length ? `${paragraph(`<strong>${escape(labels.missing)}:</strong>`)}<ul style="margin:0 0 16px">${missing.map((item) => `<li>${escape(item)}</li>`).join('')}</ul>` : ''}
${note ? paragraph(`<strong>${escape(noteLabel(notice, labels))}:</strong> ${escape(note).replace(/\n/g, '<br>')}`) : ''}
${event.after ? paragraph(escape(event.after)) : ''}
${paragraph(`<a href="${escape(notice.links.tracking)}">${escape(labels.tracking)}</a> · <a href="${escape(notice.links.account)}">${escape(labels.account)}</a>`)}
<p style="margin:24px 0 0;font-size:13px;color:#555555">${escape(texts.footer)}</p>
</div></body></html>`
  return { subject, text, html }
}
