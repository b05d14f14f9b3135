import { createNavigation } from 'next-intl/navigation'
import { routing } from './routing'

export const { Link, redirect, permanentRedirect, usePathname, useRouter, getPathname } = createNavigation(routing)

/** A typed link target: a localized pathname, with its params when it has any. */
export type Href = Parameters<typeof getPathname>[0]['href']
