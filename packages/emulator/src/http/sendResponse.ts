import type { ServerResponse } from 'node:http'

/** CORS for responses any page may read: SDK scripts and the emulator's small JSON APIs. */
export const OPEN_CORS = { 'Access-Control-Allow-Origin': '*' } as const

/** Extra response headers by name. */
export type ResponseHeaders = Record<string, string>

/** Ends the response with `body`; emulator responses are never cached, so edits and new sessions show at once. */
export function sendResponse(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
  headers: ResponseHeaders = {},
): void {
  res.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  })
  res.end(body)
}

/** Ends the response with `value` as JSON. */
export function sendJson(res: ServerResponse, status: number, value: unknown, headers: ResponseHeaders = {}): void {
  sendResponse(res, status, 'application/json; charset=utf-8', JSON.stringify(value), headers)
}

/** Ends the response with a script. */
export function sendJavaScript(res: ServerResponse, status: number, code: string, headers: ResponseHeaders = {}): void {
  sendResponse(res, status, 'application/javascript; charset=utf-8', code, headers)
}

/** Ends the response with plain text. */
export function sendText(res: ServerResponse, status: number, text: string, headers: ResponseHeaders = {}): void {
  sendResponse(res, status, 'text/plain; charset=utf-8', text, headers)
}
