import type { IncomingMessage, ServerResponse } from 'node:http'
import { findRoute, type HttpContext, type Route } from './emulatorRoutes.js'
import { parseRequestUrl } from './parseRequestUrl.js'
import { OPEN_CORS, sendText } from './sendResponse.js'

/** `(req, res) => boolean`: answers the emulator's paths and leaves every other request untouched. */
export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => boolean

/**
 * The emulator's HTTP side, mountable in any Node server. Each request is handled on its own promise whose errors
 * become a 500, so no request, however malformed, can take the process down.
 */
export function createRequestHandler(context: HttpContext): RequestHandler {
  return (req, res) => {
    const url = parseRequestUrl(req.url)
    const route = url && findRoute(url.pathname, context)
    if (!url || !route) return false
    respond(route, req, res, url).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error)
      context.log(`${req.method ?? '?'} ${url.pathname} failed: ${message}`)
      if (!res.headersSent) sendText(res, 500, `Emulator error: ${message}`, route.cors ? OPEN_CORS : {})
      else res.destroy()
    })
    return true
  }
}

async function respond(route: Route, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const method = req.method ?? 'GET'
  // Any origin, any requested header: the emulator is a local development tool whose only secret is a dev one.
  if (method === 'OPTIONS' && route.cors) {
    res.writeHead(204, {
      ...OPEN_CORS,
      'Access-Control-Allow-Methods': [...route.methods, 'OPTIONS'].join(', '),
      'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? 'Content-Type',
      'Access-Control-Max-Age': '600',
    })
    res.end()
    return
  }
  if (!route.methods.includes(method)) {
    if (route.rejectMethod) route.rejectMethod(res, method)
    else sendText(res, 405, `Method ${method} not allowed`, { Allow: route.methods.join(', ') })
    return
  }
  await route.handle(req, res, url)
}
