import { describe, expect, it } from 'vitest'
import { normalizeDossierGroups } from './normalizeDossierGroups'

describe('normalizeDossierGroups', () => {
  it('keeps names as published, trimming whitespace and invisible characters only', () => {
    const { dossierGroups } = normalizeDossierGroups([
      { group: '* Giấy tờ phải nộp:', items: [{ name: ' - Tờ khai đăng k\u200eý khai sinh ', quantity: '1 bản chính,1 bản sao' }] },
    ])
    expect(dossierGroups).toEqual([
      {
        title: '* Giấy tờ phải nộp:',
        documents: [{ name: '- Tờ khai đăng ký khai sinh', originals: 1, copies: 1, quantityText: '1 bản chính,1 bản sao', templateName: null }],
      },
    ])
  })

  it('keeps a group without heading with a null title', () => {
    expect(normalizeDossierGroups([{ group: null, items: [] }]).dossierGroups).toEqual([{ title: null, documents: [] }])
  })

  it('takes the template name from the form', () => {
    const { dossierGroups } = normalizeDossierGroups([
      { group: null, items: [{ name: 'Đơn khiếu nại', quantity: 'Bản chính: 1; Bản sao: 0', form: 'Đơn khiếu nại.doc' }] },
    ])
    expect(dossierGroups[0].documents[0]).toMatchObject({ originals: 1, copies: 0, templateName: 'Đơn khiếu nại.doc' })
  })

  it('flags an unreadable quantity and counts nothing', () => {
    const result = normalizeDossierGroups([{ group: null, items: [{ name: 'Ảnh', quantity: '02 tấm' }] }])
    expect(result.dossierGroups[0].documents[0]).toMatchObject({ originals: 0, copies: 0, quantityText: '02 tấm' })
    expect(result.flags).toEqual([{ code: 'quantity-unparsed', message: expect.stringContaining('«02 tấm»') }])
  })

  it('leaves out a document without a name, with a flag', () => {
    const result = normalizeDossierGroups([{ group: null, items: [{ name: '', quantity: '01 bản sao' }] }])
    expect(result.dossierGroups[0].documents).toEqual([])
    expect(result.flags).toEqual([{ code: 'document-name-missing', message: expect.stringContaining('«01 bản sao»') }])
  })
})
