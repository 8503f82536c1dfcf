import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { build, defaultClientConditions, type Rollup } from 'vite'

const ENTRY = fileURLToPath(new URL('../fixtures/kit/LeakLab.tsx', import.meta.url))
// The workspace's packages are not dependencies of the repo root: point their names at their source, as a host's
// bundler would point them at the installed packages.
const PACKAGES = {
  '@cobrowse-kit/core': fileURLToPath(new URL('../../packages/core/src/index.ts', import.meta.url)),
  '@cobrowse-kit/react': fileURLToPath(new URL('../../packages/react/src/index.ts', import.meta.url)),
}

let built: Promise<string> | undefined

/**
 * Bundles the React leak lab (e2e/fixtures/kit) from the kit's source, in memory, once per test process: React in
 * development mode, so the kit's development warnings run as they do in a host's dev server.
 */
export function buildKitFixture(): Promise<string> {
  built ??= (async () => {
    const output = (await build({
      configFile: false,
      logLevel: 'warn',
      plugins: [react()],
      mode: 'development',
      // Vite folds both spellings to "production" in a build unless told otherwise; core reads the globalThis one.
      define: {
        'process.env.NODE_ENV': JSON.stringify('development'),
        'globalThis.process.env.NODE_ENV': JSON.stringify('development'),
      },
      resolve: { alias: PACKAGES, conditions: ['@cobrowse-kit/source', ...defaultClientConditions] },
      build: {
        write: false,
        minify: false,
        sourcemap: false,
        rolldownOptions: {
          input: ENTRY,
          output: { format: 'es', entryFileNames: 'leak-lab.js', codeSplitting: false },
        },
      },
    })) as Rollup.RollupOutput | Rollup.RollupOutput[]
    const outputs = Array.isArray(output) ? output : [output]
    const chunk = outputs.flatMap((result) => result.output).find((file) => file.type === 'chunk')
    if (chunk?.type !== 'chunk') throw new Error('the leak lab bundle has no chunk')
    return chunk.code
  })()
  return built
}
