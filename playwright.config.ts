import { defineConfig } from '@playwright/test'
import { CHROMIUM_LAUNCH } from './scripts/chromium.js'

// Real Chromium from Debian (scripts/ensure-chromium.sh installs it); Playwright downloads no browser here.
const PORT = 4317

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.e2e.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: '.reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    launchOptions: CHROMIUM_LAUNCH,
  },
  // The playground server: the emulator and the pages on one port, run from source like `npm start`.
  webServer: {
    command: 'node --conditions=@cobrowse-kit/source --import tsx apps/playground/server.ts',
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}/__emulator/health`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
