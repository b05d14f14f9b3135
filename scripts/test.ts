/**
 * `npm test`: every check, in order of speed — types, lint, unit and integration tests
 * (real PostgreSQL and Meilisearch), then browser tests against a production build.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const steps: [string, string[]][] = [
  ['Type check', ['node_modules/.bin/tsc', '--noEmit']],
  ['Lint', ['node_modules/.bin/eslint', '.', '--max-warnings=0']],
  ['Unit and integration tests', ['node_modules/.bin/vitest', 'run']],
  ['Browser tests', ['node_modules/.bin/playwright', 'test']],
]

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (!existsSync(chromium)) {
  console.error(`[test] Chromium not found at ${chromium}. Install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`)
  process.exit(1)
}

for (const [name, [command, ...args]] of steps) {
  const started = Date.now()
  console.log(`\n[test] ${name}: ${[command, ...args].join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit' })
  const took = ((Date.now() - started) / 1000).toFixed(0)
  if (result.status !== 0) {
    console.error(`[test] ${name} failed after ${took} s`)
    process.exit(result.status ?? 1)
  }
  console.log(`[test] ${name} passed (${took} s)`)
}
