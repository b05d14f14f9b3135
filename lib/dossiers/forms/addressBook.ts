import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { AddressAnswer } from './types'
import type { AddressUnits } from './validateAnswers'

export interface UnitOption {
  code: string
  /** Full name as written on papers: "Phường Hoàn Kiếm", "Thành phố Hà Nội". */
  name: string
}

/** The provinces and communes an address of a form may name, for the pickers and the checks. */
export interface AddressBook extends AddressUnits {
  provinces: UnitOption[]
  communesOf(province: string): UnitOption[]
  /** "Số 12 phố Hàng Bài, Phường Hoàn Kiếm, Thành phố Hà Nội". */
  describe(address: AddressAnswer): string
}

const lifetimeMs = 10 * 60_000
const loaded = new WeakMap<Payload, { at: number; book: Promise<AddressBook> }>()

async function readAddressBook(payload: Payload): Promise<AddressBook> {
  const { rows } = (await payload.db.drizzle.execute(sql`
    SELECT u.code, u.name AS short, u.full_name AS name, p.code AS province
    FROM administrative_units u LEFT JOIN administrative_units p ON p.id = u.parent_id`)) as unknown as { rows: { code: string; short: string; name: string; province: string | null }[] }
  // By the name without its type ("Hoàn Kiếm", not "Phường Hoàn Kiếm"), in Vietnamese order.
  const collator = new Intl.Collator('vi')
  rows.sort((a, b) => collator.compare(a.short, b.short))
  const provinces = rows.filter((row) => !row.province).map(({ code, name }) => ({ code, name }))
  const communes = new Map<string, UnitOption[]>()
  const names = new Map(rows.map((row) => [row.code, row.name]))
  for (const row of rows) if (row.province) communes.set(row.province, [...(communes.get(row.province) ?? []), { code: row.code, name: row.name }])
  const provinceCodes = new Set(provinces.map((province) => province.code))
  return {
    provinces,
    communesOf: (province) => communes.get(province) ?? [],
    isProvince: (code) => provinceCodes.has(code),
    isCommuneOf: (province, commune) => (communes.get(province) ?? []).some((option) => option.code === commune),
    describe: (address) => [address.street, names.get(address.commune), names.get(address.province)].filter(Boolean).join(', '),
  }
}

/** The address book, read from the administrative units once every ten minutes per process (they change once in years). */
export function loadAddressBook(payload: Payload): Promise<AddressBook> {
  const cached = loaded.get(payload)
  if (cached && Date.now() - cached.at < lifetimeMs) return cached.book
  const book = readAddressBook(payload)
  loaded.set(payload, { at: Date.now(), book })
  book.catch(() => loaded.delete(payload))
  return book
}
