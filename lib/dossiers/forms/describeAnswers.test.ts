import { describe, expect, it } from 'vitest'
import { describeAnswers } from './describeAnswers'
import type { DossierFormDefinition } from './types'

const t = (vi: string, en: string) => ({ vi, en })
const form: DossierFormDefinition = {
  steps: [
    {
      key: 'child',
      title: t('Người được khai sinh', 'The child'),
      fields: [
        { name: 'childName', type: 'text', label: t('Họ và tên', 'Full name'), required: true },
        { name: 'childBirthDate', type: 'date', label: t('Ngày sinh', 'Date of birth'), required: true },
        { name: 'childGender', type: 'choice', label: t('Giới tính', 'Sex'), required: true, options: [{ value: 'male', label: t('Nam', 'Male') }] },
        { name: 'birthPlace', type: 'address', label: t('Nơi sinh', 'Place of birth'), required: true },
        { name: 'note', type: 'textarea', label: t('Ghi chú', 'Note'), required: false },
      ],
    },
  ],
  documents: [],
  declaration: t('Tôi cam đoan', 'I declare'),
}
const addressBook = { describe: (address: { street: string; commune: string; province: string }) => `${address.street}, ${address.commune}, ${address.province}` }

describe('a dossier’s answers for the officers', () => {
  const data = { childName: 'Lê Minh Khôi', childBirthDate: '2026-11-02', childGender: 'male', birthPlace: { province: '01', commune: '00070', street: 'Bệnh viện' }, note: null }

  it('shows each answer under its label, with choices, dates and addresses in words', () => {
    const [step] = describeAnswers(form, data, 'vi', addressBook)
    expect(step!.title).toBe('Người được khai sinh')
    expect(step!.answers.map((answer) => [answer.label, answer.value])).toEqual([
      ['Họ và tên', 'Lê Minh Khôi'],
      ['Ngày sinh', '02/11/2026'],
      ['Giới tính', 'Nam'],
      ['Nơi sinh', 'Bệnh viện, 00070, 01'],
      ['Ghi chú', null],
    ])
  })

  it('uses the English labels in the English admin', () => {
    expect(describeAnswers(form, data, 'en', addressBook)[0]!.answers[2]).toMatchObject({ label: 'Sex', value: 'Male' })
  })

  it('keeps answers the form no longer names, and all answers when there is no form', () => {
    const described = describeAnswers(form, { ...data, oldField: 'giá trị cũ' }, 'vi', addressBook)
    expect(described.at(-1)).toEqual({ key: '_other', title: 'Nội dung khác', answers: [{ name: 'oldField', label: 'oldField', value: 'giá trị cũ' }] })
    expect(describeAnswers(null, { childName: 'An' }, 'en', addressBook)).toEqual([{ key: '_other', title: 'Other answers', answers: [{ name: 'childName', label: 'childName', value: 'An' }] }])
  })
})
