'use client'

import { useEffect, useRef } from 'react'
import type { FormField } from '@/lib/dossiers/forms/types'
import { checkField, type FieldError } from '@/lib/dossiers/forms/validateAnswers'

type Props = {
  fields: FormField[]
  /** Each field's message for each refusal, in the page's language. */
  messages: Record<string, Partial<Record<FieldError, string>>>
}

// Addresses are checked against the administrative units on the server; here only their presence matters.
const anyUnits = { isProvince: () => true, isCommuneOf: () => true }

/**
 * Checks an answer as soon as the citizen leaves the field, with the server's own rules
 * (lib/dossiers/forms/validateAnswers), and shows or clears the field's message. An empty
 * required field is left to "continue" (it is not an error to tab past it). Without JavaScript the
 * server's checks alone apply.
 */
export function LiveChecks({ fields, messages }: Props) {
  const anchor = useRef<HTMLSpanElement>(null)
  useEffect(() => {
    const form = anchor.current?.closest('form')
    if (!form) return
    const check = (event: Event) => {
      const target = event.target as HTMLInputElement
      const field = fields.find((candidate) => candidate.name === target.name && candidate.type !== 'address')
      if (!field) return
      const value = new FormData(form).get(field.name)
      const checked = checkField(field, { [field.name]: typeof value === 'string' ? value : '' }, anyUnits)
      const error = checked.ok || (checked.error === 'required' && event.type === 'focusout') ? null : checked.error
      const message = document.getElementById(`field-${field.name}-error`)
      const input = document.getElementById(`field-${field.name}`)
      if (!message || !input) return
      message.textContent = error ? (messages[field.name]?.[error] ?? '') : ''
      message.hidden = !error
      if (error) input.setAttribute('aria-invalid', 'true')
      else input.removeAttribute('aria-invalid')
      const describedBy = new Set((input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean))
      if (error) describedBy.add(message.id)
      else describedBy.delete(message.id)
      if (describedBy.size) input.setAttribute('aria-describedby', [...describedBy].join(' '))
      else input.removeAttribute('aria-describedby')
    }
    // Leaving a field checks it; changing a refused one re-checks it, so that the message goes as soon as it is right.
    const recheck = (event: Event) => {
      if ((event.target as HTMLElement).getAttribute('aria-invalid') === 'true' || (event.target as HTMLInputElement).type === 'radio') check(event)
    }
    form.addEventListener('focusout', check)
    form.addEventListener('input', recheck)
    form.addEventListener('change', recheck)
    return () => {
      form.removeEventListener('focusout', check)
      form.removeEventListener('input', recheck)
      form.removeEventListener('change', recheck)
    }
  }, [fields, messages])
  return <span ref={anchor} hidden />
}
