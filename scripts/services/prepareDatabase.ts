import pg from 'pg'

/** Where to reach the embedded PostgreSQL as its superuser. */
export interface SuperuserConnection {
  host: string
  port: number
  user: string
  password: string
}

/** Extensions the portal's search and matching rely on. */
const extensions = ['unaccent', 'pg_trgm']

/**
 * Creates the application database when it is missing and enables the extensions in it.
 * Returns the server version, e.g. "17.10".
 */
export async function prepareDatabase(connection: SuperuserConnection, database: string): Promise<string> {
  const version = await withClient({ ...connection, database: 'postgres' }, async (client) => {
    // CREATE DATABASE has no IF NOT EXISTS, and failing it would abort the session.
    const existing = await client.query('select 1 from pg_database where datname = $1', [database])
    if (existing.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(database)}`)
    const result = await client.query<{ server_version: string }>('show server_version')
    return result.rows[0]?.server_version.split(' ')[0] ?? 'unknown'
  })
  await withClient({ ...connection, database }, async (client) => {
    for (const extension of extensions) {
      await client.query(`create extension if not exists ${client.escapeIdentifier(extension)}`)
    }
  })
  return version
}

async function withClient<T>(config: pg.ClientConfig, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(config)
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}
