import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readRawProcedures } from '@/lib/catalog/readRawProcedures'

interface LabelledQuery {
  q: string
  style: string
  relevant: string[]
  note?: string
}

const styles = ['official', 'no-diacritics', 'typo', 'everyday']

// The development set in bench/search-quality is labelled against data/: keep it in step.
describe('bench/search-quality/queries.json', () => {
  it('labels every query with existing procedure codes, at least 20 queries per style', async () => {
    const [file, procedures] = await Promise.all([
      readFile(new URL('../../bench/search-quality/queries.json', import.meta.url), 'utf8'),
      readRawProcedures(fileURLToPath(new URL('../../data', import.meta.url))),
    ])
    const { queries } = JSON.parse(file) as { queries: LabelledQuery[] }
    const codes = new Set(procedures.map((procedure) => procedure.code))

    expect(queries.filter((query) => !styles.includes(query.style))).toEqual([])
    for (const style of styles) expect(queries.filter((query) => query.style === style).length, style).toBeGreaterThanOrEqual(20)
    expect(queries.filter((query) => query.relevant.length === 0 || new Set(query.relevant).size !== query.relevant.length)).toEqual([])
    expect(queries.flatMap((query) => query.relevant.filter((code) => !codes.has(code)).map((code) => `${query.q}: ${code}`))).toEqual([])
    expect(new Set(queries.map((query) => query.q)).size).toBe(queries.length)
  })
})
