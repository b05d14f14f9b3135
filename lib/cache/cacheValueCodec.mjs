// @ts-check
// Loaded by Next.js at run time outside the bundler (see postgresCacheHandler.mjs): plain ESM.

const marker = '__nextCacheType'

/**
 * Turns a cache record into bytes for the database. JSON keeps it readable and independent of
 * the Node.js version; Buffers (RSC payloads, route bodies) and Maps (RSC segments) are tagged
 * so that `decodeCacheValue` gives back exactly what Next.js stored.
 * @param {unknown} record
 * @returns {Buffer}
 */
export function encodeCacheValue(record) {
  return Buffer.from(
    JSON.stringify(record, function (key, value) {
      // `this[key]` is the value before toJSON(), which turns a Buffer into a byte array.
      const original = this[key]
      if (original instanceof Uint8Array) return { [marker]: 'Buffer', base64: Buffer.from(original.buffer, original.byteOffset, original.byteLength).toString('base64') }
      if (original instanceof Map) return { [marker]: 'Map', entries: [...original] }
      return value
    }),
  )
}

/**
 * The inverse of `encodeCacheValue`.
 * @param {Buffer} bytes
 * @returns {unknown}
 */
export function decodeCacheValue(bytes) {
  return JSON.parse(bytes.toString('utf8'), (_key, value) => {
    if (value && typeof value === 'object' && marker in value) {
      if (value[marker] === 'Buffer') return Buffer.from(value.base64, 'base64')
      if (value[marker] === 'Map') return new Map(value.entries)
    }
    return value
  })
}
