import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import type { EmbedFiles } from '../../packages/embed/scripts/buildEmbed.js'

export interface FixtureSite {
  /** Origin of the customer site, e.g. `http://127.0.0.1:41234`. A different origin from the emulator, as in life. */
  url: string
  close(): Promise<void>
}

/** What the fixture pages are filled in with. */
export interface FixtureVars {
  emulator: string
  sdkKey: string
  /** The built embed (`embed.js`, `embed-ui.js`), served at `/embed/`. */
  embed?: EmbedFiles
  /** The bundled React leak lab (e2e/fixtures/kit), served at `/kit/leak-lab.js`. */
  kit?: string
}

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url))

/**
 * The strict policy `?csp=1` puts on a page: scripts and styles only with the page's nonce (no host allow-list, no
 * 'unsafe-inline', no 'strict-dynamic'), network only to the site itself and the emulator.
 */
function strictCsp(nonce: string, emulator: string): string {
  const socket = emulator.replace(/^http/, 'ws')
  return [
    "default-src 'self'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'self' 'nonce-${nonce}'`,
    `connect-src 'self' ${emulator} ${socket}`,
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
  ].join('; ')
}

/**
 * Serves e2e/fixtures/*.html (and their .js) as a customer's website on its own loopback port. `{{EMULATOR}}` and
 * `{{SDK_KEY}}` in a page are replaced, so the page loads the SDK exactly as Zoom's snippet does, with only the origin
 * changed. Each page view gets a fresh `{{NONCE}}`; `?csp=1` also sends a strict nonce-based Content-Security-Policy.
 * `?queue=1` makes `{{QUEUE}}` name the script that queues embed calls before the embed loads (else an empty one);
 * `?locale=xx` fills the embed's `data-locale` (`{{LOCALE}}`, default `en`).
 */
export async function serveFixtures(vars: FixtureVars): Promise<FixtureSite> {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const embedFile = /^\/embed\/(embed(-ui)?\.js)$/.exec(url.pathname)?.[1] as keyof EmbedFiles | undefined
    if (embedFile && vars.embed) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' })
      res.end(vars.embed[embedFile])
      return
    }
    if (url.pathname === '/kit/leak-lab.js' && vars.kit) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' })
      res.end(vars.kit)
      return
    }
    const name = url.pathname.replace(/^\//, '') || 'customer.html'
    if (!/^[\w-]+\.(html|js)$/.test(name)) {
      res.writeHead(404).end()
      return
    }
    try {
      const nonce = randomBytes(16).toString('base64')
      const queue = url.searchParams.get('queue') === '1'
      const locale = url.searchParams.get('locale')
      const page = (await readFile(`${FIXTURES}${name}`, 'utf8'))
        .replaceAll('{{EMULATOR}}', vars.emulator)
        .replaceAll('{{SDK_KEY}}', vars.sdkKey)
        .replaceAll('{{NONCE}}', nonce)
        .replaceAll('{{QUEUE}}', queue ? 'embed-queue.js' : 'embed-no-queue.js')
        .replaceAll('{{LOCALE}}', locale && /^[a-z]{2}$/.test(locale) ? locale : 'en')
      const type = name.endsWith('.js') ? 'text/javascript' : 'text/html'
      const headers: Record<string, string> = { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' }
      if (type === 'text/html' && url.searchParams.get('csp') === '1') {
        headers['content-security-policy'] = strictCsp(nonce, vars.emulator)
      }
      res.writeHead(200, headers).end(page)
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
