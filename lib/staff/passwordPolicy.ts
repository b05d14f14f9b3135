/**
 * Password rules for staff accounts, after the government's information-security practice
 * (Circular 12/2022/TT-BTTTT and TCVN 11930:2017 ask for passwords that are long, mix character
 * classes and are not easily guessed): at least 12 characters, with lower-case and upper-case
 * letters, a digit and a symbol; not containing the account's e-mail name; not a well-known
 * password pattern. Returns what is wrong, in both admin languages; empty when the password passes.
 */
export const MIN_PASSWORD_LENGTH = 12

export interface PasswordProblem {
  code: 'length' | 'lower' | 'upper' | 'digit' | 'symbol' | 'email' | 'common'
  vi: string
  en: string
}

/** Words whose presence makes a password guessable whatever else it holds. */
const commonParts = ['password', 'matkhau', '123456', 'qwerty', 'abc123', 'admin', 'portal', 'dichvucong', 'vietnam', '111111', 'iloveyou']

export function passwordProblems(password: string, email = ''): PasswordProblem[] {
  const problems: PasswordProblem[] = []
  const lower = password.toLowerCase()
  if ([...password].length < MIN_PASSWORD_LENGTH) problems.push({ code: 'length', vi: `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`, en: `The password must have at least ${MIN_PASSWORD_LENGTH} characters.` })
  if (!/\p{Ll}/u.test(password)) problems.push({ code: 'lower', vi: 'Mật khẩu phải có chữ thường.', en: 'The password needs a lower-case letter.' })
  if (!/\p{Lu}/u.test(password)) problems.push({ code: 'upper', vi: 'Mật khẩu phải có chữ hoa.', en: 'The password needs an upper-case letter.' })
  if (!/\p{Nd}/u.test(password)) problems.push({ code: 'digit', vi: 'Mật khẩu phải có chữ số.', en: 'The password needs a digit.' })
  if (!/[^\p{L}\p{Nd}]/u.test(password)) problems.push({ code: 'symbol', vi: 'Mật khẩu phải có ký tự đặc biệt (ví dụ ! @ # -).', en: 'The password needs a symbol (for example ! @ # -).' })
  const name = email.split('@')[0]?.toLowerCase() ?? ''
  if (name.length >= 3 && lower.includes(name)) problems.push({ code: 'email', vi: 'Mật khẩu không được chứa tên tài khoản thư điện tử.', en: 'The password must not contain the e-mail name.' })
  if (commonParts.some((part) => lower.includes(part))) problems.push({ code: 'common', vi: 'Mật khẩu chứa cụm dễ đoán (như "123456", "password").', en: 'The password contains an easily guessed part (such as "123456" or "password").' })
  return problems
}
