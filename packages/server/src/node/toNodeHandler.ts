import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'

/** Any handler of this package: a web-standard `Request` in, a `Response` out. */
export type FetchHandler = (request: Request) => Promise<Response>

/** A Node `http` listener; also valid Express and Connect middleware (`next` is never needed). */
export type NodeHandler = (req: IncomingMessage & { body?: unknown }, res: ServerResponse) => void

let warnedParsedBody = false

/**
 * Adapts a fetch-style handler to Node's `http` module, Express and Connect. Mount it before any body parser: the
 * webhook handler signs over the raw bytes. When a parser already ran, a Buffer or string body (`express.raw()`,
 * `express.text()`) is used as is; a parsed object is serialised back to JSON, which only matches the signature
 * when the sender's JSON was compact, so a warning says so once.
 *
 * @example
 * import { createServer } from 'node:http'
 * createServer(toNodeHandler(createTokenHandler({ sdkKey, sdkSecret, authorizeAgent }))).listen(4000)
 */
export function toNodeHandler(handler: FetchHandler): NodeHandler {
  return (req, res) => {
    const abort = new AbortController()
    // `close` on the response fires when the client goes away before the answer is written.
    res.once('close', () => {
      if (!res.writableFinished) abort.abort()
    })
    let request: Request
    try {
      request = toRequest(req, abort.signal)
    } catch {
      // A request line Node accepted but the URL parser refuses (e.g. a bad Host header).
      res.writeHead(400, { 'content-type': 'application/json; charset=utf-8' }).end(
        JSON.stringify({
          code: 'bad_request_target',
          message: 'The request URL or Host header is malformed.',
          hint: 'Send a valid Host header and path.',
        }),
      )
      return
    }
    handler(request)
      .then((response) => writeResponse(response, res))
      .catch(() => {
        // The handlers of this package never reject; this guards a custom handler passed in.
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
        res.end('Internal error')
      })
  }
}

function toRequest(req: IncomingMessage & { body?: unknown }, signal: AbortSignal): Request {
  const secure = 'encrypted' in req.socket && req.socket.encrypted === true
  // Express strips its mount path from `url`; `originalUrl` is what the client asked for.
  const target = (req as { originalUrl?: string }).originalUrl ?? req.url ?? '/'
  // Concatenated, not resolved: `new URL('//evil.example/x', base)` would read the path as another host.
  const url = new URL(
    `${secure ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}${target.startsWith('/') ? target : `/${target}`}`,
  )
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one)
  }
  const method = req.method ?? 'GET'
  const init: RequestInit & { duplex?: 'half' } = { method, headers, signal }
  if (method !== 'GET' && method !== 'HEAD') {
    const parsed = req.body
    if (typeof parsed === 'string' || parsed instanceof Uint8Array) {
      init.body = typeof parsed === 'string' ? parsed : new Uint8Array(parsed)
      headers.delete('content-length')
    } else if (parsed !== undefined && req.readableEnded) {
      if (!warnedParsedBody) {
        warnedParsedBody = true
        console.warn(
          '[@cobrowse-kit/server] A body parser ran before this handler; the body was re-serialised. Mount the handler before express.json() or use express.raw({ type: "application/json" }) so webhook signatures are checked over the raw bytes.',
        )
      }
      init.body = JSON.stringify(parsed)
      headers.delete('content-length')
    } else {
      init.body = Readable.toWeb(req) as ReadableStream<Uint8Array>
      init.duplex = 'half'
    }
  }
  return new Request(url, init)
}

async function writeResponse(response: Response, res: ServerResponse): Promise<void> {
  const headers: Record<string, string | string[]> = {}
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) headers['set-cookie'] = cookies
  res.writeHead(response.status, headers)
  if (!response.body) {
    res.end()
    return
  }
  const body = Buffer.from(await response.arrayBuffer())
  res.end(body)
}
