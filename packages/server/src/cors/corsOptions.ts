/**
 * Which browser origins may call an endpoint cross-origin. There is no wildcard: each allowed site is named, or a
 * function decides (for example to allow your own subdomains).
 *
 * @example
 * const cors: CorsOptions = { origins: ['https://shop.example', 'https://agents.example'], credentials: true }
 */
export interface CorsOptions {
  /**
   * Exact origins (`https://shop.example`, scheme + host + non-default port, no path or trailing slash), or a
   * predicate given the request's `Origin` header. `'*'` and `'null'` are refused at startup.
   */
  origins: readonly string[] | ((origin: string) => boolean)
  /** Sends `Access-Control-Allow-Credentials: true`, so cookies of your site reach the endpoint. Default false. */
  credentials?: boolean
  /** How long a browser may cache a preflight answer. Default 600 (browsers cap it: Chromium at 7200). */
  maxAgeSeconds?: number
  /**
   * Request headers a cross-origin caller may send besides `content-type` and `authorization`, e.g. `['x-csrf-token']`.
   */
  allowHeaders?: readonly string[]
}
