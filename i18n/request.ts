import { hasLocale } from 'next-intl'
import { getRequestConfig } from 'next-intl/server'
import { routing } from './routing'

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale
  // messages/client/ holds the few texts that client components show (they import that file
  // themselves); the server sees all of them.
  const [messages, clientMessages] = await Promise.all([import(`../messages/${locale}.json`), import(`../messages/client/${locale}.json`)])
  return {
    locale,
    messages: { ...messages.default, ...clientMessages.default },
    timeZone: 'Asia/Ho_Chi_Minh',
  }
})
