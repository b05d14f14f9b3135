import type { VocabularyEntry } from './starterVocabulary'

/** The parts of admin_units_mapping_new_to_old.json read here: each new province and the old units it was formed from. */
export interface UnitMergerMapping {
  data: { level1_id: string; merges: { old_id: string; type: 'full' | 'partial' }[] }[]
}

/** The parts of admin_units.json read here: today's provinces and their communes. */
export interface CurrentUnits {
  provinces: { code: string; name: string; fullName: string; wards: { name: string }[] }[]
}

/** The parts of admin_units_pre2025.json read here: the 63 former provinces and their districts. */
export interface FormerUnits {
  provinces: { code: string; name: string; fullName: string; districts: { name: string; fullName: string }[] }[]
}

interface Candidate {
  /** Today's provinces (codes) the former unit became part of. */
  targets: string[]
  /** Forms that name this unit in full: a former province keeps them whatever else bears the name. */
  names: string[]
  /** Forms kept only when unambiguous (hyphen-separated parts, district names). */
  aliases: string[]
  formerNames: string[]
}

/**
 * One-way entries from pre-2025 place names to today's province, so that a citizen typing an old
 * name finds today's agencies: every former province whose name no longer exists ("bình dương" →
 * "hồ chí minh"), and every former district (there are no districts since 1 July 2025) whose name
 * is unambiguous. Search ignores diacritics, so a district name is left out where it could mean
 * another place: another former district or province, today's province, or a commune of another
 * province ("ba đình" is also a commune in Thanh Hoá); its prefixed form ("quận ba đình") stays.
 */
export function formerPlaceNameEntries(mapping: UnitMergerMapping, unitsNew: CurrentUnits, unitsOld: FormerUnits): VocabularyEntry[] {
  const newProvinces = new Map(unitsNew.provinces.map((province) => [province.code, province]))
  const successors = new Map<string, string[]>()
  for (const province of mapping.data) for (const merge of province.merges) addTo(successors, merge.old_id, province.level1_id)

  const provinces: Candidate[] = []
  const districts: Candidate[] = []
  const currentProvinceNames = new Set(unitsNew.provinces.flatMap((province) => [fold(province.name), fold(province.fullName)]))
  for (const old of unitsOld.provinces) {
    const targets = successors.get(old.code)
    if (!targets) continue
    if (!currentProvinceNames.has(fold(old.name))) provinces.push({ targets, ...nameForms(old.name, old.fullName), formerNames: [old.fullName] })
    const targetNames = targets.map((code) => fold(newProvinces.get(code)?.name ?? ''))
    districts.push(...districtCandidates(old, targets).filter((district) => !district.aliases.some((alias) => targetNames.includes(fold(alias)))))
  }

  const candidates = [...provinces, ...districts]
  const owners = new Map<string, string[]>()
  for (const candidate of candidates) for (const word of [...candidate.names, ...candidate.aliases]) addTo(owners, fold(word), candidate.targets.join('+'))
  const communeProvinces = new Map<string, string[]>()
  for (const province of unitsNew.provinces) for (const ward of province.wards) addTo(communeProvinces, fold(ward.name), province.code)
  const isUnambiguous = (word: string, candidate: Candidate) => {
    const folded = fold(word)
    if (!/\p{L}/u.test(folded) || (owners.get(folded)?.length ?? 0) > 1 || currentProvinceNames.has(folded)) return false
    return (communeProvinces.get(folded) ?? []).every((code) => candidate.targets.includes(code))
  }

  // Former provinces come first, so a district named like its province does not repeat the name.
  const taken = new Set<string>()
  const entries: VocabularyEntry[] = []
  for (const candidate of candidates) {
    const words = [...candidate.names, ...candidate.aliases.filter((word) => isUnambiguous(word, candidate))].filter((word) => !taken.has(fold(word)))
    words.forEach((word) => taken.add(fold(word)))
    if (!words.length) continue
    const successorsToday = candidate.targets.flatMap((code) => newProvinces.get(code) ?? [])
    entries.push({
      words,
      expandsTo: unique(successorsToday.flatMap((province) => [lower(province.name), lower(province.fullName)])),
      note: `${candidate.formerNames.join('; ')} (trước 01/7/2025) nay thuộc ${successorsToday.map((province) => province.fullName).join(', ')}.`,
    })
  }
  return entries
}

/** One candidate per district name: a city and a rural district may share one (Thị xã and Huyện Kỳ Anh). */
function districtCandidates(province: FormerUnits['provinces'][number], targets: string[]): Candidate[] {
  const byName = new Map<string, Candidate>()
  for (const district of province.districts) {
    const forms = nameForms(district.name, district.fullName)
    const formerName = `${district.fullName}, ${province.fullName}`
    const known = byName.get(fold(district.name))
    if (known) Object.assign(known, { aliases: unique([...known.aliases, ...forms.names, ...forms.aliases]), formerNames: [...known.formerNames, formerName] })
    else byName.set(fold(district.name), { targets, names: [], aliases: [...forms.names, ...forms.aliases], formerNames: [formerName] })
  }
  return [...byName.values()]
}

/** The bare and the full name, with and without hyphens, in both tone placements; the parts of a hyphenated name as aliases. */
function nameForms(name: string, fullName: string): Pick<Candidate, 'names' | 'aliases'> {
  const withVariants = (forms: string[]) => unique(forms.flatMap((form) => [form, otherTonePlacement(form)]))
  const base = [lower(name), lower(fullName)]
  const parts = lower(name).split(/\s*[-–]\s*/)
  return {
    names: withVariants([...base, ...base.map((form) => form.replace(/\s*[-–]\s*/g, ' '))]),
    aliases: parts.length > 1 ? withVariants(parts) : [],
  }
}

const newToOldTone: Record<string, string> = {
  oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa',
  oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
}
const oldToNewTone = Object.fromEntries(Object.entries(newToOldTone).map(([newer, older]) => [older, newer]))

/** "hoà bình" ⇄ "hòa bình": Vietnamese writes the tone of a final oa/oe/uy on either vowel. */
function otherTonePlacement(form: string): string {
  return form
    .split(' ')
    .map((syllable) => {
      const ending = syllable.slice(-2)
      if (syllable.at(-3) === 'q') return syllable
      const swapped = newToOldTone[ending] ?? oldToNewTone[ending]
      return swapped ? syllable.slice(0, -2) + swapped : syllable
    })
    .join(' ')
}

/** Lower case, NFC, single spaces. */
function lower(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim()
}

/** The form search compares: no diacritics, đ as d, hyphens as spaces. */
function fold(text: string): string {
  return lower(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/\s*[-–]\s*/g, ' ')
}

/** Adds `value` to the list under `key`, once. */
function addTo(map: Map<string, string[]>, key: string, value: string) {
  const values = map.get(key) ?? []
  if (!values.includes(value)) map.set(key, [...values, value])
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}
