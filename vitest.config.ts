import react from '@vitejs/plugin-react'
import { defaultClientConditions, defaultServerConditions } from 'vite'
import { defineConfig } from 'vitest/config'

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
          exclude: [`packages/*/${SERVER_TESTS}`],
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
          include: [`packages/*/${SERVER_TESTS}`],
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
    ],
  },
})
