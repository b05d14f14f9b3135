import pg from 'pg'

/** Drops the databases that test files created on the test server (see createTestDatabase). */
export async function dropTestDatabases(serverUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'test\\_%' OR datname LIKE 'bench\\_%'",
    )
    for (const { datname } of rows) await client.query(`DROP DATABASE "${datname}" WITH (FORCE)`)
  } finally {
    await client.end()
  }
}
