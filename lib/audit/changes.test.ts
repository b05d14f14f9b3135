import { describe, expect, it } from 'vitest'
import { changedFields, summarize } from './changes'

describe('changedFields', () => {
  it('lists what changed, relations by id, structures summarized, secrets and bookkeeping left out', () => {
    const before = { name: 'Cũ', status: 'draft', ministry: { id: 4, name: 'Bộ Công an' }, steps: [{ d: 1 }], updatedAt: 'a', hash: 'x', same: 1 }
    const after = { name: 'Mới', status: 'published', ministry: 5, steps: [{ d: 1 }, { d: 2 }], updatedAt: 'b', hash: 'y', same: 1 }
    expect(changedFields(before, after)).toEqual({ name: ['Cũ', 'Mới'], status: ['draft', 'published'], ministry: [4, 5], steps: ['1 items', '2 items'] })
  })

  it('sees a related document populated or not as the same, and edited array rows as a change', () => {
    expect(changedFields({ field: { id: 3, name: 'Hộ tịch' }, tags: [{ id: 1 }, 2] }, { field: 3, tags: [1, 2] })).toEqual({})
    expect(changedFields({ steps: [{ id: 'a1', description: 'Nộp hồ sơ' }] }, { steps: [{ id: 'a1', description: 'Nộp hồ sơ trực tuyến' }] })).toEqual({ steps: ['1 items', '1 items'] })
  })

  it('cuts long text', () => {
    const changes = changedFields({ body: 'a'.repeat(500) }, { body: 'b'.repeat(500) })
    expect((changes.body![1] as string).length).toBe(201)
  })
})

describe('summarize', () => {
  it('shows short values and names the rest', () => {
    expect(summarize({ status: ['draft', 'published'], steps: ['1 items', '2 items'], requirements: ['x'.repeat(40), 'y'.repeat(40)] })).toBe(
      'status (draft → published), steps (1 items → 2 items), requirements',
    )
    expect(summarize({})).toBe('no field changed')
  })
})
