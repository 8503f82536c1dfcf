import { fileURLToPath } from 'node:url'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import react from '@vitejs/plugin-react'
import { playwright } from '@vitest/browser-playwright'
import { defaultClientConditions, defaultServerConditions } from 'vite'
import { defineConfig } from 'vitest/config'
import { CHROMIUM_LAUNCH } from './scripts/chromium.js'

// Tests run from source: the custom condition resolves workspace packages to src/ with no build.
const SOURCE = '@cobrowse-kit/source'
const SERVER_TESTS = 'src/**/*.server.test.{ts,tsx}'

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [react()],
        resolve: { conditions: [SOURCE, ...defaultClientConditions] },
        test: {
          name: 'browser-env',
          environment: 'jsdom',
          include: ['packages/*/src/**/*.test.{ts,tsx}'],
          // @cobrowse-kit/server runs on servers only: all of its tests run in the node project.
          exclude: [`packages/*/${SERVER_TESTS}`, 'packages/server/**'],
          setupFiles: ['./scripts/vitest.setup.ts'],
        },
      },
      {
        plugins: [react()],
        resolve: { conditions: [SOURCE, ...defaultServerConditions] },
        ssr: { resolve: { conditions: [SOURCE, ...defaultServerConditions] } },
        test: {
          name: 'server-env',
          environment: 'node',
          include: [`packages/*/${SERVER_TESTS}`, 'packages/server/src/**/*.test.ts'],
        },
      },
      {
        test: { name: 'repo', environment: 'node', include: ['scripts/**/*.test.ts'] },
      },
      {
        // Type tests (*.test-d.ts): expectTypeOf and @ts-expect-error, checked by tsc and counted as tests.
        test: {
          name: 'types',
          include: [],
          typecheck: { enabled: true, include: ['packages/*/src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
      {
        // Every story is a test in real Chromium: it renders, runs its play function, then axe (a11y.test 'error').
        // Stories come from .storybook/main.ts, with Storybook's Vite config (source condition included).
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: CHROMIUM_LAUNCH,
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
})
