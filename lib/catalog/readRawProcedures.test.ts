import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeRawProcedure } from './fixtures/makeRawProcedure'
import { readRawProcedures } from './readRawProcedures'

describe('readRawProcedures', () => {
  let dir: string

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'procedures-'))
    const write = (name: string, codes: string[]) =>
      writeFile(path.join(dir, name), gzipSync(JSON.stringify({ part: name, procedures: codes.map((code) => makeRawProcedure({ code })) })))
    await write('procedures_part1.json.gz', ['1.000001', '1.000002'])
    await write('procedures_part2.json.gz', ['2.000001'])
  })

  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('reads and gunzips both parts, in order', async () => {
    const procedures = await readRawProcedures(dir)
    expect(procedures.map((procedure) => procedure.code)).toEqual(['1.000001', '1.000002', '2.000001'])
  })

  it('fails clearly when a part is missing', async () => {
    await expect(readRawProcedures(path.join(dir, 'missing'))).rejects.toThrow(/procedures_part1/)
  })
})
