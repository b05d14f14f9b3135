import type { Payload } from 'payload'
import { readGzipJson } from '@/lib/import/readGzipJson'
import type { VocabularyEntry } from '../synonyms'
import { type CurrentUnits, formerPlaceNameEntries, type FormerUnits, type UnitMergerMapping } from './formerPlaceNames'
import { starterVocabulary } from './starterVocabulary'

/** The former place names (pre-2025 provinces and districts → today's provinces) from the shipped data. */
export async function loadFormerPlaceNames(dataDir = 'data'): Promise<VocabularyEntry[]> {
  const [mapping, current, former] = await Promise.all([
    readGzipJson<UnitMergerMapping>('admin_units_mapping_new_to_old.json.gz', dataDir),
    readGzipJson<CurrentUnits>('admin_units.json.gz', dataDir),
    readGzipJson<FormerUnits>('admin_units_pre2025.json.gz', dataDir),
  ])
  return formerPlaceNameEntries(mapping, current, former)
}

/**
 * Fills the search vocabulary with the starter list and the former place names while it is
 * empty; from then on editors own it. Returns how many entries were created.
 */
export async function importSearchVocabulary(payload: Payload, dataDir = 'data'): Promise<number> {
  const { totalDocs } = await payload.count({ collection: 'searchVocabulary' })
  if (totalDocs > 0) return 0
  const sources: [VocabularyEntry[], 'starter' | 'formerPlaces'][] = [
    [starterVocabulary, 'starter'],
    [await loadFormerPlaceNames(dataDir), 'formerPlaces'],
  ]
  let created = 0
  for (const [entries, source] of sources) {
    for (const entry of entries) {
      await payload.create({ collection: 'searchVocabulary', data: { words: entry.words, expandsTo: entry.expandsTo, note: entry.note, source }, overrideAccess: true })
      created++
    }
  }
  return created
}
