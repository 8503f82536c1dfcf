/** Who the token is for: `1` is the customer sharing their page, `2` is the agent viewing it (the JWT's `role_type`). */
export type TokenRole = 1 | 2

/** What the kit knows when it needs a token; passed to a {@link TokenFunction} and posted to a {@link TokenEndpoint}. */
export interface TokenRequest {
  role: TokenRole
  userId?: string | undefined
  userName?: string | undefined
  /** Aborts the request, e.g. when the component that asked for the token unmounts. */
  signal?: AbortSignal
}

/**
 * Mints or fetches a token yourself. Receives the {@link TokenRequest} (pass its `signal` on to your fetch) and returns
 * the JWT string, not the response object.
 *
 * @example
 * const getToken: TokenFunction = async ({ role, signal }) => {
 *   const response = await fetch(`/api/cobrowse-token?role=${role}`, { signal })
 *   return (await response.json()).token
 * }
 */
export type TokenFunction = (request: TokenRequest) => string | Promise<string>

/**
 * A token endpoint the kit POSTs to. It sends `{ role, userId?, userName? }` as JSON and expects `200 { token }`,
 * which is the contract of Zoom's Cobrowse auth endpoint sample, so a deployment of that sample works as is.
 *
 * @example
 * const endpoint: TokenEndpoint = { url: '/api/token', headers: { 'x-csrf-token': csrf }, timeoutMs: 5000 }
 */
export interface TokenEndpoint {
  url: string | URL
  /** Extra request headers, e.g. for CSRF or an `authorization` header. */
  headers?: Record<string, string>
  /** Defaults to `'same-origin'`; use `'include'` for a cookie-authenticated endpoint on another origin. */
  credentials?: RequestCredentials
  /** Defaults to 10 000 ms. */
  timeoutMs?: number
  /** Replaces the global `fetch`, e.g. in tests or to add retries. */
  fetch?: typeof fetch
}

/**
 * Where a session token comes from:
 * - a `string` is a ready JWT, used as is;
 * - a `URL` or a {@link TokenEndpoint} (`{ url }`) is fetched;
 * - a {@link TokenFunction} is called each time a token is needed.
 *
 * A plain string is never treated as an endpoint: wrap a path as `{ url: '/api/token' }`.
 *
 * @example
 * const fromJwt: TokenProvider = 'eyJhbGciOi…'
 * const fromEndpoint: TokenProvider = { url: '/api/token' }
 * const fromUrl: TokenProvider = new URL('https://auth.example.com/')
 * const fromFunction: TokenProvider = async ({ role }) => mintToken(role)
 */
export type TokenProvider = string | URL | TokenEndpoint | TokenFunction
