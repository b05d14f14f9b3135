import type { TextField } from 'payload'

/**
 * The natural key by which the importer upserts a record (a code or a source name). Hidden from
 * editors; unique so that two imports can never create the same record twice.
 */
export const importKeyField: TextField = {
  name: 'importKey',
  type: 'text',
  unique: true,
  index: true,
  admin: { hidden: true },
}

/** Hash of the normalized source record, to tell "unchanged" from "updated" on re-import. */
export const importHashField: TextField = {
  name: 'importHash',
  type: 'text',
  admin: { hidden: true },
}
