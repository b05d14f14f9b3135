import { phoneLinks } from '@/lib/directory/contactLinks'

type Props = { phone: string; callLabel: string; large?: boolean }

/**
 * The numbers of a phone field as `tel:` links, each at least 44 px high for a thumb. The
 * hidden "Call" makes the link's purpose clear to screen readers; the number stays its text.
 */
export function PhoneLinks({ phone, callLabel, large = false }: Props) {
  const links = phoneLinks(phone)
  if (links.length === 0) return <span>{phone}</span>
  return (
    <ul className="flex flex-wrap gap-x-5">
      {links.map((link) => (
        <li key={link.href}>
          <a href={link.href} className={`link inline-flex min-h-11 items-center whitespace-nowrap ${large ? 'text-2xl font-bold sm:text-3xl' : 'font-semibold'}`}>
            <span className="sr-only">{callLabel} </span>
            {link.text}
          </a>
        </li>
      ))}
    </ul>
  )
}
