import { notFound } from 'next/navigation'

// Any path without a page renders the localized not-found page of [locale] (with the site's layout).
export default function CatchAll() {
  notFound()
}
