import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { readRawProcedures } from '@/lib/catalog/readRawProcedures'
import { starterVocabulary } from './starterVocabulary'

const dataDir = fileURLToPath(new URL('../../../data', import.meta.url))
const normalize = (text: string) => text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim()
const mutualEntries = starterVocabulary.filter((entry) => !entry.expandsTo)
const allPhrases = starterVocabulary.flatMap((entry) => [...entry.words, ...(entry.expandsTo ?? [])])

describe('starterVocabulary', () => {
  let officialTexts: string[]

  beforeAll(async () => {
    const procedures = await readRawProcedures(dataDir)
    officialTexts = [...new Set(procedures.flatMap((procedure) => [procedure.name, procedure.field]))].map(normalize)
  })

  const occursInData = (phrase: string) => officialTexts.some((text) => text.includes(phrase))

  it('has no empty entry, word or expansion', () => {
    for (const entry of starterVocabulary) {
      expect(entry.words.length, entry.words.join(', ')).toBeGreaterThan(0)
      if (entry.expandsTo) expect(entry.expandsTo.length, entry.words.join(', ')).toBeGreaterThan(0)
    }
    expect(allPhrases.filter((phrase) => phrase.trim() === '')).toEqual([])
  })

  it('writes every phrase in lower case, NFC, trimmed, with single spaces', () => {
    expect(allPhrases.filter((phrase) => phrase !== normalize(phrase))).toEqual([])
  })

  it('lists at least two words in a mutual entry', () => {
    expect(mutualEntries.filter((entry) => entry.words.length < 2)).toEqual([])
  })

  it('repeats no word within an entry nor across mutual entries', () => {
    for (const entry of starterVocabulary) expect(new Set(entry.words).size, entry.words.join(', ')).toBe(entry.words.length)
    const mutualWords = mutualEntries.flatMap((entry) => entry.words)
    expect(mutualWords.filter((word, i) => mutualWords.indexOf(word) !== i)).toEqual([])
  })

  it('never expands a word to itself', () => {
    expect(starterVocabulary.filter((entry) => entry.words.some((word) => entry.expandsTo?.includes(word)))).toEqual([])
  })

  it('expands only to punctuation-free wording that occurs in a real procedure name or field', () => {
    const targets = [...new Set(starterVocabulary.flatMap((entry) => entry.expandsTo ?? []))]
    expect(targets.filter((phrase) => /\p{P}/u.test(phrase))).toEqual([])
    expect(targets.filter((phrase) => !occursInData(phrase))).toEqual([])
  })

  it('ties every mutual list to wording that occurs in the real procedures', () => {
    expect(mutualEntries.filter((entry) => !entry.words.some(occursInData)).map((entry) => entry.words)).toEqual([])
  })
})
