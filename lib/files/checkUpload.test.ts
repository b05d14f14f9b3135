import net from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkUpload, safeFileName } from './checkUpload'
import { clamdScanner, noScanner } from './virusScanner'

const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n')
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xde])
const exe = Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0])
const eicar = new TextEncoder().encode('X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*')

describe('checking an upload', () => {
  it('accepts a PDF and a PNG by their content, and names them by what they are', async () => {
    const checked = await checkUpload({ bytes: pdf, name: 'giay-chung-sinh.pdf', accept: ['pdf', 'jpeg', 'png'], maxSizeMb: 1 }, noScanner)
    expect(checked).toMatchObject({ ok: true, file: { kind: 'pdf', mime: 'application/pdf', name: 'giay-chung-sinh.pdf', size: pdf.length } })
    const image = await checkUpload({ bytes: png, name: 'ảnh chụp.pdf', accept: ['pdf', 'png'], maxSizeMb: 1 }, noScanner)
    expect(image).toMatchObject({ ok: true, file: { kind: 'png', name: 'ảnh chụp.png' } })
  })

  it('refuses a program named like a PDF, a type the document does not accept, an empty file and a file too large', async () => {
    expect(await checkUpload({ bytes: exe, name: 'to-khai.pdf', accept: ['pdf'], maxSizeMb: 1 }, noScanner)).toEqual({ ok: false, problem: 'wrong_type' })
    expect(await checkUpload({ bytes: png, name: 'anh.png', accept: ['pdf'], maxSizeMb: 1 }, noScanner)).toEqual({ ok: false, problem: 'wrong_type' })
    expect(await checkUpload({ bytes: new Uint8Array(), name: 'x.pdf', accept: ['pdf'], maxSizeMb: 1 }, noScanner)).toEqual({ ok: false, problem: 'empty' })
    const big = new Uint8Array(1024 * 1024 + 1)
    big.set(pdf)
    expect(await checkUpload({ bytes: big, name: 'x.pdf', accept: ['pdf'], maxSizeMb: 1 }, noScanner)).toEqual({ ok: false, problem: 'too_large' })
  })

  it.each([
    ['../../etc/passwd.pdf', 'passwd.pdf'],
    ['C:\\Users\\An\\Giấy tờ\\chứng sinh.pdf', 'chứng sinh.pdf'],
    ['.htaccess', 'tep.pdf'],
    ['bad\u0000name<>:"|?*.pdf', 'badname.pdf'],
    ['Giấy chứng sinh.PDF.exe', 'Giấy chứng sinh.PDF.pdf'],
  ])('makes the name %j harmless', (name, safe) => {
    expect(safeFileName(name, 'pdf')).toBe(safe)
  })
})

describe('scanning with ClamAV (clamd INSTREAM protocol)', () => {
  let server: net.Server
  let port: number

  beforeAll(async () => {
    // A stand-in daemon that speaks clamd's INSTREAM protocol and knows the EICAR test signature.
    server = net.createServer((socket) => {
      let buffer = Buffer.alloc(0)
      socket.on('data', (chunk) => {
        buffer = Buffer.concat([buffer, chunk])
        const command = 'zINSTREAM\0'
        if (buffer.length < command.length) return
        let offset = command.length
        const parts: Buffer[] = []
        while (buffer.length >= offset + 4) {
          const size = buffer.readUInt32BE(offset)
          if (size === 0) {
            const content = Buffer.concat(parts).toString('latin1')
            socket.end(content.includes('EICAR-STANDARD-ANTIVIRUS-TEST-FILE') ? 'stream: Win.Test.EICAR_HDB-1 FOUND\0' : 'stream: OK\0')
            return
          }
          if (buffer.length < offset + 4 + size) return
          parts.push(buffer.subarray(offset + 4, offset + 4 + size))
          offset += 4 + size
        }
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('passes a clean file and refuses the EICAR test virus, naming it', async () => {
    const scanner = clamdScanner('127.0.0.1', port)
    expect(await scanner.scan(pdf)).toEqual({ clean: true })
    const infected = new Uint8Array([...pdf.slice(0, 9), ...eicar])
    expect(await checkUpload({ bytes: infected, name: 'x.pdf', accept: ['pdf'], maxSizeMb: 1 }, scanner)).toEqual({ ok: false, problem: 'infected', threat: 'Win.Test.EICAR_HDB-1' })
  })

  it('fails rather than keeping a file unscanned when the daemon cannot be reached', async () => {
    await expect(clamdScanner('127.0.0.1', 1).scan(pdf)).rejects.toThrow()
  })
})
