/**
 * The server Playwright tests run against: the same path as `npm start` (services, migrations,
 * import, production build, next start) on its own data folder and ports, with a known admin.
 * A start-up that reports a hang (see preparePortal) is tried once more.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { STARTUP_HUNG_EXIT_CODE } from './portal/preparePortal'

const env = {
  ...process.env,
  DATA_DIR: process.env.E2E_DATA_DIR ?? '.data/e2e',
  PG_PORT: process.env.E2E_PG_PORT ?? '54349',
  MEILI_PORT: process.env.E2E_MEILI_PORT ?? '7729',
  IDP_PORT: process.env.E2E_IDP_PORT ?? '7739',
  SMTP_PORT: process.env.E2E_SMTP_PORT ?? '2549',
  MAIL_UI_PORT: process.env.E2E_MAIL_UI_PORT ?? '2599',
  PORT: process.env.PORT ?? '3100',
  ADMIN_EMAIL: 'e2e-admin@portal.localhost',
  ADMIN_PASSWORD: 'E2e-Kiem-thu-2026!',
  // Two-factor authentication is required of administrators; the tests compute the codes (e2e/helpers/adminToken.ts).
  ADMIN_TOTP_SECRET: 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU',
}

let child: ChildProcess
const start = (triesLeft: number) => {
  child = spawn('node_modules/.bin/tsx', ['--conditions=production', 'scripts/start.ts'], { stdio: 'inherit', env })
  child.on('exit', (code) => {
    if (code === STARTUP_HUNG_EXIT_CODE && triesLeft > 0) {
      console.log('[e2e] The portal start-up hung; starting again')
      start(triesLeft - 1)
    } else process.exit(code ?? 1)
  })
}
start(1)
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
