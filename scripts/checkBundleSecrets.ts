import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { BUNDLE_ENTRIES, createBundles } from '../packages/emulator/src/http/bundles.js'
import { collectTestSecrets } from './secrets/collectTestSecrets.js'
import { type Bundle, browserFiles, scanBundles } from './secrets/scanBundles.js'

// CI gate: build every browser bundle of the repository and fail if any of them contains a secret that the tests,
// benchmarks, demo server or the emulator's dev defaults use. SDK, API and webhook secrets belong to servers only.
// Expects `pnpm build` and `pnpm build-storybook` to have run (verify.sh orders it so); builds the rest itself.

const root = fileURLToPath(new URL('..', import.meta.url))
const at = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url))

const secrets = await collectTestSecrets(root)
// The check is only as good as its list: if the collector stops finding the known ones, fail rather than pass.
if (secrets.length < 3) {
  console.error(`bundle secrets: only ${secrets.length} secret literal(s) found in tests; the collector is broken`)
  process.exit(1)
}

await build({ configFile: at('apps/playground/vite.config.ts'), root: at('apps/playground'), logLevel: 'warn' })
const emulatorBundles = createBundles()
const bundles: Bundle[] = []
for (const name of Object.keys(BUNDLE_ENTRIES) as (keyof typeof BUNDLE_ENTRIES)[]) {
  bundles.push({ name: `emulator bundle ${name}`, text: await emulatorBundles.get(name) })
}
const dirs = [
  'packages/core/dist',
  'packages/react/dist',
  'packages/embed/dist',
  'apps/playground/dist',
  'storybook-static',
]
for (const dir of dirs) for (const file of await browserFiles(at(dir))) bundles.push({ file })

const leaks = await scanBundles(bundles, secrets)
for (const { file, secret } of leaks) {
  console.error(`LEAK: ${file.replace(root, '')} contains the secret from ${secret.source}`)
}
console.log(
  `bundle secrets: ${bundles.length} browser files scanned for ${secrets.length} test secrets: ${leaks.length} leak(s)`,
)
process.exit(leaks.length === 0 ? 0 : 1)
