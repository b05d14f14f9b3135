import { z } from 'zod'
import { nationalPhone } from './phone'

const phonePattern = /^(?:\+84|0)(?:3|5|7|8|9)\d{8}$/


/**
 * The contact preferences a citizen edits in the account area: where to send notices and in
 * which language. Errors are codes, shown in the citizen's language by the page.
 */
export const contactPreferences = z
  .object({
    email: z.string().trim().max(254).pipe(z.union([z.literal(''), z.email({ error: 'email_invalid' })])),
    phone: z
      .string()
      .trim()
      .transform(nationalPhone)
      .pipe(z.union([z.literal(''), z.string().regex(phonePattern, { error: 'phone_invalid' })])),
    byEmail: z.boolean(),
    bySms: z.boolean(),
    language: z.enum(['vi', 'en'], { error: 'language_invalid' }),
  })
  .superRefine((value, context) => {
    if (value.byEmail && !value.email) context.addIssue({ code: 'custom', path: ['email'], message: 'email_needed' })
    if (value.bySms && !value.phone) context.addIssue({ code: 'custom', path: ['phone'], message: 'phone_needed' })
  })

export type ContactPreferences = z.infer<typeof contactPreferences>

/** Reads the preferences from the account page's form. */
export function parseContactForm(form: FormData) {
  return contactPreferences.safeParse({
    email: String(form.get('email') ?? ''),
    phone: String(form.get('phone') ?? ''),
    byEmail: form.get('byEmail') === 'on',
    bySms: form.get('bySms') === 'on',
    language: String(form.get('language') ?? 'vi'),
  })
}
