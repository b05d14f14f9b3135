import { defineConfig, devices } from '@playwright/test'

const port = Number(process.env.E2E_PORT ?? 3100)

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
      testIgnore: /revalidation\.spec\.ts/,
      use: chromium,
    },
    {
      name: 'content changes',
      testMatch: /revalidation\.spec\.ts/,
      dependencies: ['chromium'],
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
    env: { PORT: String(port) },
  },
})
