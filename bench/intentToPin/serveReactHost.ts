import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { build, defaultClientConditions, type Rollup } from 'vite'

const ENTRY = fileURLToPath(new URL('./ReactHostPage.tsx', import.meta.url))
// The workspace's packages are not dependencies of the repo root: their names point at their source, as a host's
// bundler would point them at the installed packages.
const PACKAGES = {
  '@cobrowse-kit/core': fileURLToPath(new URL('../../packages/core/src/index.ts', import.meta.url)),
  '@cobrowse-kit/react': fileURLToPath(new URL('../../packages/react/src/index.ts', import.meta.url)),
}

/** A React host site on its own loopback port: `/` is the page, `/page.js` its bundle. */
export interface ReactHost {
  url: string
  close(): Promise<void>
}

/** Bundles ReactHostPage.tsx in memory, minified and in production mode, as a host would ship it. */
async function bundlePage(): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    mode: 'production',
    resolve: { alias: PACKAGES, conditions: ['@cobrowse-kit/source', ...defaultClientConditions] },
    build: {
      write: false,
      minify: true,
      sourcemap: false,
      rolldownOptions: { input: ENTRY, output: { format: 'es', entryFileNames: 'page.js', codeSplitting: false } },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[]
  const chunk = (Array.isArray(output) ? output : [output])
    .flatMap((result) => result.output)
    .find((file) => file.type === 'chunk')
  if (chunk?.type !== 'chunk') throw new Error('the React host page bundle has no chunk')
  return chunk.code
}

/** Serves the React host page, pointed at the emulator at `emulator` with `sdkKey`. */
export async function serveReactHost(emulator: string, sdkKey: string): Promise<ReactHost> {
  const code = await bundlePage()
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>React shop</title></head><body>
<h1>React shop</h1><div id="root"></div>
<script>window.INTENT_TO_PIN = ${JSON.stringify({ emulator, sdkKey })}</script>
<script type="module" src="/page.js"></script></body></html>`
  const server = createServer((req, res) => {
    const [type, body] = req.url === '/page.js' ? ['text/javascript', code] : ['text/html', page]
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
