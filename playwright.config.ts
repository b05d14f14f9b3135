import { defineConfig, devices } from '@playwright/test'
import { primaryPort as port, secondPort } from './e2e/helpers/ports'

/** Debian's Chromium, with the flags it needs as root and behind a closed network. */
const chromium = {
  ...devices['Desktop Chrome'],
  locale: 'vi-VN',
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  },
}

/**
 * Browser tests run Debian's Chromium against a production build of the portal, served with
 * its own embedded services and data folder (see scripts/e2eServer.ts).
 */
export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  // CI machines are slower than a workstation; admin saves there can take several seconds.
  expect: { timeout: process.env.CI ? 15_000 : 5_000 },
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'vi-VN',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      // Tests that change content run afterwards, so that they cannot race the read-only ones.
      testIgnore: /(revalidation|sharedCache)\.spec\.ts/,
      use: chromium,
    },
    {
      name: 'content changes',
      testMatch: /(revalidation|sharedCache)\.spec\.ts/,
      dependencies: ['chromium'],
      // One at a time: every edit expires tags that all procedure pages carry (procedures, sitemap).
      workers: 1,
      use: chromium,
    },
  ],
  webServer: {
    command: 'tsx scripts/e2eServer.ts',
    url: `http://localhost:${port}/api/health`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
    stderr: 'pipe',
    // A second instance on the same build and database (e2e/sharedCache.spec.ts).
    env: { PORT: String(port), EXTRA_PORTS: String(secondPort) },
  },
})
