import net from 'node:net'

/** What an antivirus said of a file. */
export type ScanVerdict = { clean: true } | { clean: false; threat: string }

/** Scans uploaded files before they are kept. */
export interface VirusScanner {
  scan(bytes: Uint8Array): Promise<ScanVerdict>
}

/** No antivirus configured (development): every file passes. Production sets CLAMD_HOST. */
export const noScanner: VirusScanner = { scan: async () => ({ clean: true }) }

/**
 * ClamAV's daemon over TCP (the INSTREAM command: the file in chunks, each prefixed with its
 * length as a 4-byte big-endian integer, ended by a zero length). Answers "stream: OK" or
 * "stream: <name> FOUND". A daemon that cannot be reached or answers otherwise is an error: the
 * upload is refused rather than kept unscanned.
 */
export function clamdScanner(host: string, port = 3310, timeoutMs = 10_000): VirusScanner {
  return {
    scan: (bytes) =>
      new Promise((resolve, reject) => {
        const socket = net.createConnection({ host, port })
        let reply = ''
        socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`clamd at ${host}:${port} did not answer in ${timeoutMs} ms`)))
        socket.on('error', reject)
        socket.on('data', (chunk) => (reply += chunk.toString('utf8')))
        socket.on('end', () => {
          const answer = reply.replace(/\0/g, '').trim()
          const found = /^stream: (.+) FOUND$/.exec(answer)
          if (answer === 'stream: OK') resolve({ clean: true })
          else if (found) resolve({ clean: false, threat: found[1]! })
          else reject(new Error(`clamd answered: ${answer || '(nothing)'}`))
        })
        socket.on('connect', () => {
          socket.write('zINSTREAM\0')
          for (let offset = 0; offset < bytes.length; offset += 64 * 1024) {
            const chunk = bytes.subarray(offset, offset + 64 * 1024)
            const size = Buffer.alloc(4)
            size.writeUInt32BE(chunk.length)
            socket.write(size)
            socket.write(chunk)
          }
          socket.write(Buffer.alloc(4))
        })
      }),
  }
}

/** The scanner the deployment configures: clamd at CLAMD_HOST[:CLAMD_PORT], else none. */
export const configuredScanner = (env: NodeJS.ProcessEnv = process.env): VirusScanner =>
  env.CLAMD_HOST ? clamdScanner(env.CLAMD_HOST, Number(env.CLAMD_PORT ?? 3310)) : noScanner
