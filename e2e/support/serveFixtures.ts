import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'

export interface FixtureSite {
  /** Origin of the customer site, e.g. `http://127.0.0.1:41234`. A different origin from the emulator, as in life. */
  url: string
  close(): Promise<void>
}

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url))

/**
 * Serves e2e/fixtures/*.html (and their .js) as a customer's website on its own loopback port. `{{EMULATOR}}` and `{{SDK_KEY}}` in a
 * page are replaced, so the page loads the SDK exactly as Zoom's snippet does, with only the origin changed.
 */
export async function serveFixtures(vars: { emulator: string; sdkKey: string }): Promise<FixtureSite> {
  const server = createServer(async (req, res) => {
    const name = new URL(req.url ?? '/', 'http://x').pathname.replace(/^\//, '') || 'customer.html'
    if (!/^[\w-]+\.(html|js)$/.test(name)) {
      res.writeHead(404).end()
      return
    }
    try {
      const html = (await readFile(`${FIXTURES}${name}`, 'utf8'))
        .replaceAll('{{EMULATOR}}', vars.emulator)
        .replaceAll('{{SDK_KEY}}', vars.sdkKey)
      const type = name.endsWith('.js') ? 'text/javascript' : 'text/html'
      res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' }).end(html)
    } catch {
      res.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
