import http from 'node:http'

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })

export interface TimedResponse {
  status: number
  /** From sending the request to the last byte of the body. */
  ms: number
  headers: http.IncomingHttpHeaders
  body: string
}

/**
 * GETs a URL over a kept-alive connection and times it to the last byte, without the overhead
 * of fetch's connection handling (STACK.md). No Accept-Encoding unless given: the body comes
 * uncompressed.
 */
export function timedGet(url: string, headers: http.OutgoingHttpHeaders = {}): Promise<TimedResponse> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const request = http.get(url, { agent, headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('error', reject)
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          ms: performance.now() - started,
          headers: response.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      )
    })
    request.on('error', reject)
  })
}
