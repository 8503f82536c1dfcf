import { fileURLToPath } from 'node:url'
import { STORYBOOK_TEST_INITIAL_GLOBALS_PROVIDE_KEY } from '@storybook/addon-vitest/constants'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import react from '@vitejs/plugin-react'
import { playwright } from '@vitest/browser-playwright'
import { defaultClientConditions, defaultServerConditions } from 'vite'
import { defineConfig } from 'vitest/config'
import { STORY_TEST_MODES } from './packages/react/src/storybook/storyGlobals.js'
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
        test: { name: 'repo', environment: 'node', include: ['scripts/**/*.test.ts', 'e2e/support/**/*.test.ts'] },
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
            // Every story runs once per mode: light, dark and right to left, each with its own axe check, and a
            // failure in any of them fails the run. One browser instance per mode, each handing the plugin its
            // globals the way `storybookTest({ initialGlobals })` does (through this provide key); a story's own
            // `globals` still win. Instances rather than a project per mode: they share one Vite server and its
            // dependency cache (three plugins would optimise into the same cache folder at once), and
            // `--project storybook` still runs all three. Per-mode copies of every story would triple the sidebar,
            // and re-rendering in a hook would run axe outside the story's own test.
            instances: Object.entries(STORY_TEST_MODES).map(([mode, globals]) => ({
              browser: 'chromium' as const,
              name: `storybook (${mode})`,
              provide: { [STORYBOOK_TEST_INITIAL_GLOBALS_PROVIDE_KEY]: globals },
            })),
          },
        },
      },
    ],
  },
})
