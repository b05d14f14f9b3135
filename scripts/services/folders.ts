import { existsSync, statSync } from 'node:fs'
import { chmod, mkdir } from 'node:fs/promises'
import path from 'node:path'

/** Creates a folder and any missing parents, each readable by other users (755). */
export async function ensureFolder(folder: string): Promise<void> {
  const missing: string[] = []
  for (let current = path.resolve(folder); !existsSync(current); current = path.dirname(current)) {
    missing.unshift(current)
  }
  for (const created of missing) {
    await mkdir(created).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error
    })
    // The umask may have removed bits the postgres user needs to reach its data.
    await chmod(created, 0o755)
  }
}

/**
 * Fails with a clear message when the postgres user could not reach `folder`:
 * as root, PostgreSQL runs as another user that needs search access to every parent.
 */
export function assertReachableByOthers(folder: string): void {
  for (let current = path.resolve(folder); ; current = path.dirname(current)) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) {
      throw new Error(
        `Thư mục ${current} không cho người dùng postgres truy cập. Chạy: chmod 755 ${current}. / ` +
          `The folder ${current} is not accessible to the postgres user. Run: chmod 755 ${current}`,
      )
    }
    if (current === path.dirname(current)) return
  }
}
