import { describe, expect, it } from 'vitest'
import { decodeCacheValue, encodeCacheValue } from './cacheValueCodec.mjs'

const roundTrip = (value: unknown) => decodeCacheValue(encodeCacheValue(value))

describe('the cache value codec', () => {
  it('gives back Buffers byte for byte, as Buffers', () => {
    const bytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i))
    const decoded = roundTrip({ rscData: bytes }) as { rscData: Buffer }
    expect(Buffer.isBuffer(decoded.rscData)).toBe(true)
    expect(decoded.rscData.equals(bytes)).toBe(true)
  })

  it('keeps only the viewed part of a byte array that shares a larger buffer', () => {
    const view = Buffer.from('xxĐăng kýxx').subarray(2, -2)
    expect((roundTrip(view) as Buffer).toString()).toBe('Đăng ký')
  })

  it('gives back Maps with their entries, Buffers included', () => {
    const segments = new Map([['/_tree', Buffer.from([0, 1])], ['/_full', Buffer.from([255])]])
    const decoded = roundTrip({ segmentData: segments }) as { segmentData: Map<string, Buffer> }
    expect(decoded.segmentData).toBeInstanceOf(Map)
    expect([...decoded.segmentData.keys()]).toEqual(['/_tree', '/_full'])
    expect(decoded.segmentData.get('/_full')?.equals(Buffer.from([255]))).toBe(true)
  })

  it('keeps text exactly, NUL characters included', () => {
    const html = '<h1>Thủ tục đăng ký khai sinh</h1>\u0000'
    expect(roundTrip({ html, status: 200, headers: { 'x-next-cache-tags': 'a,b' } })).toEqual({ html, status: 200, headers: { 'x-next-cache-tags': 'a,b' } })
  })

  it('writes plain JSON, readable in the database', () => {
    expect(JSON.parse(encodeCacheValue({ kind: 'FETCH', revalidate: 60 }).toString())).toEqual({ kind: 'FETCH', revalidate: 60 })
  })
})
