import type { FormField } from '@/lib/dossiers/forms/types'

/** The id of a field's input (an address: its province picker), which error links point at. */
export const inputId = (field: FormField) => (field.type === 'address' ? `field-${field.name}-province` : `field-${field.name}`)

export const errorId = (field: FormField) => `field-${field.name}-error`

/** A label in the middle of a sentence: "Nhập ngày sinh", "Enter date of birth". */
export const midSentence = (label: string) => label.charAt(0).toLocaleLowerCase('vi') + label.slice(1)
