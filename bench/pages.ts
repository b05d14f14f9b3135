/**
 * The pages the browser benchmarks measure, in one place. Routes still being built are
 * `pending`: a benchmark probes them first and skips them, with a note, while they answer 404.
 */
import { procedurePath } from './lib/procedurePath'

export interface BenchPage {
  id: string
  label: string
  /** Path on the portal (Vietnamese); may look the data up on the running portal. */
  path(origin: string): Promise<string>
  /** The route is not merged yet: skip the page while it answers 404. */
  pending?: boolean
}

/** National code of the procedure measured: Đăng ký khai sinh (birth registration), a popular one. */
export const benchProcedureCode = '1.001193'

export const benchPages: BenchPage[] = [
  { id: 'home', label: 'home', path: async () => '/' },
  { id: 'listing', label: 'field listing (Hộ tịch)', path: async () => '/linh-vuc/ho-tich' },
  { id: 'procedure', label: `procedure ${benchProcedureCode}`, path: (origin) => procedurePath(origin, benchProcedureCode) },
  { id: 'faq', label: 'FAQ answer', path: async () => '/hoi-dap/dang-ky-khai-sinh-can-giay-to-gi' },
  // Results pages are noindex on purpose: Lighthouse's SEO "is-crawlable" audit fails there by design.
  { id: 'search', label: 'search results (khai sinh)', path: async () => '/tim-kiem?q=khai+sinh' },
]

/** The page with this id; fails when there is none. */
export function benchPage(id: string): BenchPage {
  const page = benchPages.find((p) => p.id === id)
  if (!page) throw new Error(`No benchmark page "${id}" (bench/pages.ts has: ${benchPages.map((p) => p.id).join(', ')})`)
  return page
}
