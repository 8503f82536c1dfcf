import type { IncomingMessage, ServerResponse } from 'node:http'
import { buildEmbedFiles, type EmbedFiles } from '../../../packages/embed/scripts/buildEmbed.js'

/** What the plain-HTML page needs: the public SDK key, the cobrowse origin and the token endpoint. */
export interface EmbedPageSettings {
  sdkKey: string
  /** The emulator's origin (this server) or Zoom's. */
  origin: string
  tokenUrl: string
}

const escapeAttribute = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;')

/** A page any site could be: no React, no bundler, no build step; the cobrowse part is one script tag. */
function embedPage(settings: EmbedPageSettings): string {
  const attribute = (name: string, value: string) => `${name}="${escapeAttribute(value)}"`
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Plain HTML shop (Cobrowse Kit embed)</title>
    <link rel="stylesheet" href="/src/playground.css" />
  </head>
  <body>
    <main>
      <h1>A plain HTML shop</h1>
      <p>
        No React and no bundler: this page has one script tag, <code>@cobrowse-kit/embed</code>. The "Get help" button
        in the corner costs a few kilobytes; the session UI and Zoom's SDK load when you point at it.
      </p>
      <form>
        <p><label>Name <input name="name" autocomplete="name" /></label></p>
        <p><label>Card number (masked) <input class="pii" name="card" autocomplete="cc-number" /></label></p>
        <p><label>Social security number (masked) <input id="ssn" name="ssn" /></label></p>
      </form>
      <p>Open the <a href="/agent.html" target="_blank">agent page</a> and type the PIN the button shows.</p>
    </main>
    <script src="/embed/embed.js" async
      ${attribute('data-sdk-key', settings.sdkKey)}
      ${attribute('data-origin', settings.origin)}
      ${attribute('data-token-url', settings.tokenUrl)}
      data-mask=".pii, #ssn"
      data-user-name="Plain HTML customer"
      data-remote-assist="scroll_page"></script>
  </body>
</html>
`
}

/**
 * Serves `/embed.html` and the embed's two scripts at `/embed/`, built from source in memory on the first request
 * (so `npm start` stays quick) and kept for the life of the process.
 */
export function createEmbedRoutes(settings: EmbedPageSettings): (req: IncomingMessage, res: ServerResponse) => boolean {
  let built: Promise<EmbedFiles> | undefined
  const files = () => {
    built ??= buildEmbedFiles()
    built.catch(() => {
      built = undefined
    })
    return built
  }
  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0]
    if (path === '/embed.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      res.end(embedPage(settings))
      return true
    }
    const file = /^\/embed\/(embed(-ui)?\.js)$/.exec(path ?? '')?.[1] as keyof EmbedFiles | undefined
    if (!file) return false
    files()
      .then((built) => {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' })
        res.end(built[file])
      })
      .catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
        res.end(`Could not build the embed: ${error instanceof Error ? error.message : String(error)}`)
      })
    return true
  }
}
