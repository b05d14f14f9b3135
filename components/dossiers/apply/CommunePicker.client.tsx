'use client'

import { useState, useSyncExternalStore } from 'react'
import type { UnitOption } from '@/lib/dossiers/forms/addressBook'
import type { AddressLabels } from './AddressInput'

type Props = {
  name: string
  idPrefix: string
  provinces: UnitOption[]
  province: string
  commune: string
  communes: UnitOption[]
  labels: AddressLabels
  invalid: boolean
  required: boolean
}

const noSubscription = () => () => {}
const box = 'mt-1 block w-full max-w-xl rounded border-2 border-ink px-3 py-2'

/** Province and commune pickers: the commune list is fetched when the province changes (the server renders it for the saved province). */
export function CommunePicker({ name, idPrefix, provinces, province: initialProvince, commune: initialCommune, communes: initialCommunes, labels, invalid, required }: Props) {
  const [province, setProvince] = useState(initialProvince)
  const [communes, setCommunes] = useState(initialCommunes)
  // False in the server's HTML (the no-JavaScript button shows), true once hydrated.
  const enhanced = useSyncExternalStore(noSubscription, () => true, () => false)

  async function choose(code: string) {
    setProvince(code)
    setCommunes([])
    if (!code) return
    const response = await fetch(`/api/administrative-units/communes?province=${encodeURIComponent(code)}`)
    if (response.ok) setCommunes((await response.json()) as UnitOption[])
  }

  return (
    <>
      <label htmlFor={`${idPrefix}-province`} className="mt-2 block">{labels.province}</label>
      <select id={`${idPrefix}-province`} name={`${name}.province`} value={province} onChange={(event) => void choose(event.target.value)} aria-invalid={invalid || undefined} required={required} className={box}>
        <option value="">{labels.choose}</option>
        {provinces.map((option) => (
          <option key={option.code} value={option.code}>{option.name}</option>
        ))}
      </select>
      {enhanced ? null : (
        <button type="submit" name="go" value="refresh" className="mt-2 rounded border-2 border-brand px-3 py-1 font-semibold text-brand">{labels.refreshCommunes}</button>
      )}
      <label htmlFor={`${idPrefix}-commune`} className="mt-3 block">{labels.commune}</label>
      <select id={`${idPrefix}-commune`} name={`${name}.commune`} defaultValue={initialCommune} key={province} aria-invalid={invalid || undefined} required={required} className={box}>
        <option value="">{province ? labels.choose : labels.chooseProvinceFirst}</option>
        {communes.map((option) => (
          <option key={option.code} value={option.code}>{option.name}</option>
        ))}
      </select>
    </>
  )
}
