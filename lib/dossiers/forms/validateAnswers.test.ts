import { describe, expect, it } from 'vitest'
import type { FormStep } from './types'
import { type AddressUnits, validateStep } from './validateAnswers'

const units: AddressUnits = {
  isProvince: (code) => code === '01' || code === '79',
  isCommuneOf: (province, commune) => (province === '01' && commune === '00070') || (province === '79' && commune === '26734'),
}

const label = { vi: 'Nhãn', en: 'Label' }
const step: FormStep = {
  key: 'child',
  title: { vi: 'Thông tin trẻ', en: 'The child' },
  fields: [
    { name: 'fullName', type: 'text', label, required: true, max: 100 },
    { name: 'birthDate', type: 'date', label, required: true },
    { name: 'gender', type: 'choice', label, required: true, options: [{ value: 'male', label }, { value: 'female', label }] },
    { name: 'fatherId', type: 'personalId', label, required: false },
    { name: 'phone', type: 'phone', label, required: false },
    { name: 'email', type: 'email', label, required: false },
    { name: 'weight', type: 'number', label, required: false, min: 0, max: 10 },
    { name: 'birthPlace', type: 'address', label, required: true },
  ],
}

describe('validating a step of a form', () => {
  it('accepts answers as people write them and normalises them', () => {
    const { values, errors } = validateStep(
      step,
      {
        fullName: '  Nguyễn Văn Bình ',
        birthDate: '5/3/2026',
        gender: 'male',
        fatherId: '001 085 012 345',
        phone: '+84 912.345.678',
        email: 'an@example.vn',
        weight: '3,2',
        'birthPlace.province': '01',
        'birthPlace.commune': '00070',
        'birthPlace.street': 'Bệnh viện Phụ sản Hà Nội',
      },
      units,
    )
    expect(errors).toEqual({})
    expect(values).toEqual({
      fullName: 'Nguyễn Văn Bình',
      birthDate: '2026-03-05',
      gender: 'male',
      fatherId: '001085012345',
      phone: '0912345678',
      email: 'an@example.vn',
      weight: 3.2,
      birthPlace: { province: '01', commune: '00070', street: 'Bệnh viện Phụ sản Hà Nội' },
    })
  })

  it('names each refused field with a code', () => {
    const { errors } = validateStep(
      step,
      {
        fullName: 'x'.repeat(101),
        birthDate: '31/02/2026',
        gender: 'other',
        fatherId: '123',
        phone: '12345',
        email: 'an@',
        weight: '11',
        'birthPlace.province': '01',
        'birthPlace.commune': '26734',
      },
      units,
    )
    expect(errors).toEqual({
      fullName: 'too_long',
      birthDate: 'invalid_date',
      gender: 'invalid_choice',
      fatherId: 'invalid_personal_id',
      phone: 'invalid_phone',
      email: 'invalid_email',
      weight: 'out_of_range',
      birthPlace: 'invalid_commune',
    })
  })

  it('asks for what is required and lets the rest be empty', () => {
    const { values, errors } = validateStep(step, {}, units)
    expect(errors).toEqual({ fullName: 'required', birthDate: 'required', gender: 'required', birthPlace: 'required' })
    expect(values).toMatchObject({ fatherId: null, phone: null, email: null, weight: null })
  })

  it('refuses a personal identification number with a province code that does not exist', () => {
    expect(validateStep({ ...step, fields: [step.fields[3]!] }, { fatherId: '099085012345' }, units).errors).toEqual({ fatherId: 'invalid_personal_id' })
  })
})
