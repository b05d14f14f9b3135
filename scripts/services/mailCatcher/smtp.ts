import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { saveMessage } from './mailbox'

const maxBytes = 25 * 1024 * 1024

/**
 * An SMTP server that accepts every message, from anyone to anyone, without authentication or
 * TLS (it listens on the loopback interface only), and stores it in `folder`.
 */
export function createCatchingSmtpServer(folder: string, log: (line: string) => void): SMTPServer {
  return new SMTPServer({
    name: 'mail-catcher.localhost',
    banner: 'Local mail catcher (development): nothing is delivered',
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: maxBytes,
    logger: false,
    // On stop, a client still connected (an idle pooled connection) gets two seconds, not thirty.
    closeTimeout: 2_000,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.once('error', (error) => callback(error))
      stream.once('end', () => {
        if (stream.sizeExceeded) {
          callback(Object.assign(new Error('Message too large for the mail catcher'), { responseCode: 552 }))
          return
        }
        const raw = Buffer.concat(chunks)
        const envelope = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
        }
        simpleParser(raw)
          .then((parsed) => saveMessage(folder, raw, parsed, envelope))
          .then(
            (message) => callback(null, `Caught as ${message.id}`),
            (error: Error) => {
              log(`mail catcher: could not store a message: ${error.message}`)
              callback(Object.assign(error, { responseCode: 451 }))
            },
          )
      })
    },
  })
}
