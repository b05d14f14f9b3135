import { randomBytes } from 'node:crypto'
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { AddressObject, ParsedMail } from 'mailparser'

/** A message the catcher received, as stored in `<folder>/<id>.json` (its source beside it in `<id>.eml`). */
export interface CaughtMessage {
  id: string
  receivedAt: string
  /** What the client said in MAIL FROM and RCPT TO. */
  envelope: { from: string | null; to: string[] }
  from: string
  /** Addresses of the To and Cc headers. */
  to: string[]
  subject: string
  date: string | null
  messageId: string | null
  text: string
  html: string | null
}

// Time first, so that names sort in the order the messages arrived; random, so that two in one millisecond differ.
const idShape = /^\d{13}-[0-9a-f]{8}$/
const newId = (at: Date) => `${String(at.getTime()).padStart(13, '0')}-${randomBytes(4).toString('hex')}`

const addresses = (field: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((group) => group.value.map((entry) => entry.address ?? '').filter(Boolean))

/** The fields of a parsed message that the catcher shows and the tests read. */
export function toCaughtMessage(parsed: ParsedMail, input: { id: string; receivedAt: Date; envelope: CaughtMessage['envelope'] }): CaughtMessage {
  return {
    id: input.id,
    receivedAt: input.receivedAt.toISOString(),
    envelope: input.envelope,
    from: parsed.from?.text ?? '',
    to: [...addresses(parsed.to), ...addresses(parsed.cc)],
    subject: parsed.subject ?? '',
    date: parsed.date ? parsed.date.toISOString() : null,
    messageId: parsed.messageId ?? null,
    text: parsed.text ?? '',
    html: parsed.html || null,
  }
}

/**
 * Stores a message: its source first, then its JSON under a temporary name renamed into place, so
 * that another process listing the folder never reads half a message.
 */
export async function saveMessage(folder: string, raw: Buffer, parsed: ParsedMail, envelope: CaughtMessage['envelope'], receivedAt = new Date()): Promise<CaughtMessage> {
  const message = toCaughtMessage(parsed, { id: newId(receivedAt), receivedAt, envelope })
  await writeFile(path.join(folder, `${message.id}.eml`), raw)
  const file = path.join(folder, `${message.id}.json`)
  await writeFile(`${file}.tmp`, JSON.stringify(message))
  await rename(`${file}.tmp`, file)
  return message
}

/** Whether a message was addressed to someone (envelope or headers; case does not matter). */
export const isFor = (message: CaughtMessage, to: string) =>
  [...message.envelope.to, ...message.to].some((address) => address.toLowerCase() === to.trim().toLowerCase())

/** The stored messages, newest first, optionally only those addressed to `to`. */
export async function listMessages(folder: string, filter: { to?: string } = {}): Promise<CaughtMessage[]> {
  const ids = (await readdir(folder).catch(() => [] as string[]))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .filter((id) => idShape.test(id))
    .sort()
    .reverse()
  const messages = await Promise.all(ids.map((id) => readMessage(folder, id)))
  return messages.filter((message): message is CaughtMessage => message !== undefined && (!filter.to || isFor(message, filter.to)))
}

/** One stored message, or undefined (also for an id that is not one, so that no other file can be read). */
export async function readMessage(folder: string, id: string): Promise<CaughtMessage | undefined> {
  if (!idShape.test(id)) return undefined
  try {
    return JSON.parse(await readFile(path.join(folder, `${id}.json`), 'utf8')) as CaughtMessage
  } catch (error) {
    // Deleted meanwhile (a test clearing the mailbox).
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/** A message's source as it arrived (.eml). */
export async function readRawMessage(folder: string, id: string): Promise<Buffer | undefined> {
  if (!idShape.test(id)) return undefined
  return readFile(path.join(folder, `${id}.eml`)).catch(() => undefined)
}

/** Removes the stored messages (only those addressed to `to`, when given); returns how many. */
export async function deleteMessages(folder: string, filter: { to?: string } = {}): Promise<number> {
  const messages = await listMessages(folder, filter)
  await Promise.all(messages.flatMap((message) => ['json', 'eml'].map((ext) => rm(path.join(folder, `${message.id}.${ext}`), { force: true }))))
  return messages.length
}
