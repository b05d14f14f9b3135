import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { readGzipJson } from '@/lib/import/readGzipJson'
import { type CurrentUnits, formerPlaceNameEntries, type FormerUnits, type UnitMergerMapping } from './formerPlaceNames'
import type { VocabularyEntry } from './starterVocabulary'

const dataDir = fileURLToPath(new URL('../../../data', import.meta.url))
const withoutMarks = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

describe('formerPlaceNameEntries', () => {
  let unitsNew: CurrentUnits
  let unitsOld: FormerUnits
  let entries: VocabularyEntry[]
  const expansionOf = (word: string) => entries.find((entry) => entry.words.includes(word))?.expandsTo

  beforeAll(async () => {
    const [mapping, current, former] = await Promise.all([
      readGzipJson<UnitMergerMapping>('admin_units_mapping_new_to_old.json.gz', dataDir),
      readGzipJson<CurrentUnits>('admin_units.json.gz', dataDir),
      readGzipJson<FormerUnits>('admin_units_pre2025.json.gz', dataDir),
    ])
    unitsNew = current
    unitsOld = former
    entries = formerPlaceNameEntries(mapping, unitsNew, unitsOld)
  })

  it('maps every former province whose name is gone to the province it merged into', () => {
    const today = new Set(unitsNew.provinces.map((province) => withoutMarks(province.name)))
    const gone = unitsOld.provinces.filter((province) => !today.has(withoutMarks(province.name)))
    expect(gone).toHaveLength(29)
    for (const province of gone) {
      expect(expansionOf(province.name.toLowerCase()), province.name).toBeDefined()
      expect(expansionOf(province.fullName.toLowerCase()), province.fullName).toBeDefined()
    }
    expect(expansionOf('bình dương')).toEqual(['hồ chí minh', 'thành phố hồ chí minh'])
    expect(expansionOf('tỉnh hà giang')).toEqual(['tuyên quang', 'tỉnh tuyên quang'])
    expect(expansionOf('vũng tàu')).toEqual(['hồ chí minh', 'thành phố hồ chí minh'])
  })

  it('accepts both placements of the tone mark', () => {
    expect(expansionOf('hoà bình')).toEqual(['phú thọ', 'tỉnh phú thọ'])
    expect(expansionOf('hòa bình')).toEqual(['phú thọ', 'tỉnh phú thọ'])
  })

  it('does not map names that still name a province today', () => {
    expect(expansionOf('hà nội')).toBeUndefined()
    expect(expansionOf('tuyên quang')).toBeUndefined()
    expect(expansionOf('khánh hòa')).toBeUndefined()
  })

  it('maps district names that no longer exist', () => {
    expect(expansionOf('đà lạt')).toEqual(['lâm đồng', 'tỉnh lâm đồng'])
    expect(expansionOf('huyện củ chi')).toEqual(['hồ chí minh', 'thành phố hồ chí minh'])
    expect(expansionOf('quận 1')).toEqual(['hồ chí minh', 'thành phố hồ chí minh'])
    expect(expansionOf('1')).toBeUndefined()
  })

  it('leaves out a bare district name that could mean a place in another province, keeping its prefixed form', () => {
    expect(expansionOf('châu thành')).toBeUndefined()
    expect(expansionOf('tân uyên')).toBeUndefined()
    expect(expansionOf('ba đình')).toBeUndefined()
    expect(expansionOf('quận ba đình')).toEqual(['hà nội', 'thành phố hà nội'])
  })

  it('gives one-way, lower-case entries, each word in one entry only, fewer than a thousand', () => {
    expect(entries.length).toBeLessThan(1000)
    const words = entries.flatMap((entry) => entry.words)
    expect(words.filter((word, i) => words.indexOf(word) !== i)).toEqual([])
    expect(words.filter((word) => word !== word.toLocaleLowerCase('vi'))).toEqual([])
    const todayNames = new Set(unitsNew.provinces.flatMap((province) => [province.name, province.fullName].map((name) => name.toLowerCase())))
    for (const entry of entries) {
      expect(entry.expandsTo?.length, entry.words.join(', ')).toBeGreaterThan(0)
      expect(entry.expandsTo?.filter((name) => !todayNames.has(name))).toEqual([])
    }
  })
})
