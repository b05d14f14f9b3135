import type { Settings } from 'meilisearch'

/**
 * The name of the live search index. MEILI_INDEX_PREFIX lets tests and benchmarks share one
 * Meilisearch without touching each other's data.
 */
export const liveIndexName = () => `${process.env.MEILI_INDEX_PREFIX ?? ''}portal`

/**
 * Index settings, applied at every start and by every reindex (lib/search/meiliIndex). Chosen by
 * measurement with bench/search-quality; see the README's search section for the figures.
 */
export const indexSettings: Settings = {
  // Weight order: a word in the name counts most, then the national code, aliases (abbreviations,
  // former names), the field, the agencies, the results and the text. The list of documents to
  // bring is left out: its generic words ("bản sao", "tờ khai", "giấy tờ") matched queries by
  // chance (without it MRR@10 0.905 → 0.914, typos 0.897 → 0.955) and cost time.
  searchableAttributes: ['title', 'code', 'aliases', 'fieldName', 'agencies', 'results', 'body'],
  // fieldFacet and ministryFacet ("ho-tich|Hộ tịch") exist for facet counts that carry their label.
  filterableAttributes: ['type', 'locale', 'fieldSlug', 'ministrySlug', 'fieldFacet', 'ministryFacet', 'levels', 'onlineAvailable'],
  sortableAttributes: ['popularity'],
  displayedAttributes: ['id', 'type', 'docId', 'title', 'code', 'fieldName', 'fieldSlug', 'ministryName', 'ministrySlug', 'online', 'url', 'vietnameseOnly', 'body', 'documents', 'results', 'updatedAt'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'exactness', 'popularity:desc'],
  typoTolerance: {
    enabled: true,
    // Vietnamese syllables are short ("sinh", "hộ", "xe"): the default (5 letters for one typo)
    // would never forgive "sihn". Codes and numbers must match exactly (1.001193 ≠ 1.001194).
    minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
    disableOnAttributes: ['code'],
    disableOnNumbers: true,
  },
  faceting: { maxValuesPerFacet: 200 },
  // Totals exact for the whole catalogue (7,600 entries today, 50,000 in bench:search).
  pagination: { maxTotalHits: 100_000 },
}
