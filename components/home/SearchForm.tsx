import { getLocale } from 'next-intl/server'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'

type Props = { label: string; placeholder: string; button: string }

/** The procedure search box: a plain GET form, so it works without JavaScript. */
export async function SearchForm({ label, placeholder, button }: Props) {
  const locale = (await getLocale()) as Locale
  const action = getPathname({ href: '/tim-kiem', locale })
  return (
    <form action={action} method="get" role="search" className="flex flex-wrap items-end gap-2">
      <div className="min-w-0 flex-1">
        <label htmlFor="q" className="mb-1 block font-semibold">
          {label}
        </label>
        <input id="q" name="q" type="search" maxLength={200} placeholder={placeholder} className="w-full rounded border-2 border-gray-700 px-3 py-2" />
      </div>
      <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
        {button}
      </button>
    </form>
  )
}
