import { describe, expect, it } from 'vitest'
import { readRawProcedures } from '@/lib/catalog/readRawProcedures'
import { starterForms } from './starterForms'

describe('the forms shipped for five procedures', () => {
  it('belong to real procedures of the national data', async () => {
    const codes = new Set((await readRawProcedures()).map((procedure) => procedure.code))
    for (const code of Object.keys(starterForms)) expect(codes.has(code), code).toBe(true)
    expect(Object.keys(starterForms)).toHaveLength(5)
  })

  for (const [code, form] of Object.entries(starterForms)) {
    it(`${code}: names each answer and document once, gives every choice its options, and lists the documents to upload`, () => {
      const names = form.steps.flatMap((step) => step.fields.map((field) => field.name))
      expect(new Set(names).size).toBe(names.length)
      const documents = form.documents.map((document) => document.key)
      expect(new Set(documents).size).toBe(documents.length)
      expect(form.documents.length).toBeGreaterThan(0)
      for (const field of form.steps.flatMap((step) => step.fields)) {
        if (field.type === 'choice') expect(field.options?.length, field.name).toBeGreaterThan(1)
        expect(field.label.vi && field.label.en, field.name).toBeTruthy()
      }
    })
  }
})
