import { describe, expect, it } from 'vitest'
import { lexicalToPlainText } from './lexicalToPlainText'
import { toLexical } from './toLexical'

describe('lexicalToPlainText', () => {
  it('gives one line per paragraph, heading and list item', () => {
    const value = toLexical(['## Phạm vi', 'Áp dụng cho mọi người.', '- Một\n- Hai'])
    expect(lexicalToPlainText(value)).toBe('Phạm vi\nÁp dụng cho mọi người.\nMột\nHai')
  })
  it('is empty for no content', () => {
    expect(lexicalToPlainText(null)).toBe('')
  })
})
