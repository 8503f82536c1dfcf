import type { CorsOptions } from './corsOptions.js'

/** The verdict on a request's `Origin`: headers to add to the answer, or the origin that was refused. */
export type CorsVerdict = { allowed: true; headers: Headers } | { allowed: false; origin: string }

/** Decides, per request, whether its origin may call the endpoint, and which CORS headers the answer carries. */
export interface CorsPolicy {
  /** For the actual request (POST …). A request without `Origin` (a server, curl) is always allowed. */
  check(request: Request): CorsVerdict
  /** For a preflight (`OPTIONS`): on `allowed`, the headers of the 204 answer. */
  preflight(request: Request): CorsVerdict
}

/** Context of `createCorsPolicy`. */
export interface CorsPolicyContext {
  /** Methods the endpoint serves, e.g. `['POST']`. */
  methods: readonly string[]
  /** Receives an error thrown by an `origins` predicate (that origin is then refused). */
  onError: (error: unknown) => void
}

const DEFAULT_MAX_AGE_SECONDS = 600
const ALWAYS_ALLOWED_HEADERS = ['content-type', 'authorization']

/**
 * Builds the CORS policy of an endpoint from an allow-list. With `options` undefined the endpoint is same-origin
 * only: a browser request is allowed when its `Origin` names the host the request was sent to (its `Host` header,
 * else the URL's host). The scheme is not compared, because behind a TLS-terminating proxy the request arrives as
 * `http:` while the browser's origin says `https:`. `Access-Control-Allow-Origin` always echoes one exact origin,
 * never `*`. Entries of `origins` are assumed to pass `invalidOriginReason`.
 *
 * @example
 * const cors = createCorsPolicy({ origins: ['https://shop.example'] }, { methods: ['POST'], onError: console.error })
 * const verdict = cors.check(request)
 */
export function createCorsPolicy(options: CorsOptions | undefined, context: CorsPolicyContext): CorsPolicy {
  if (options === undefined) return sameOriginPolicy()
  const isAllowed = originMatcher(options.origins, context.onError)
  const acceptedHeaders = new Set([...ALWAYS_ALLOWED_HEADERS, ...(options.allowHeaders ?? [])].map(lower))
  const maxAge = String(Math.max(0, Math.floor(options.maxAgeSeconds ?? DEFAULT_MAX_AGE_SECONDS)))

  const baseHeaders = (origin: string): Headers => {
    const headers = new Headers({ 'access-control-allow-origin': origin, vary: 'Origin' })
    if (options.credentials) headers.set('access-control-allow-credentials', 'true')
    return headers
  }
  return {
    check(request) {
      const origin = request.headers.get('origin')
      if (origin === null) return { allowed: true, headers: new Headers({ vary: 'Origin' }) }
      if (!isAllowed(origin)) return { allowed: false, origin }
      const headers = baseHeaders(origin)
      // Retry-After is not a CORS-safelisted response header; without this the page cannot read it on a 429.
      headers.set('access-control-expose-headers', 'Retry-After')
      return { allowed: true, headers }
    },
    preflight(request) {
      const origin = request.headers.get('origin')
      if (origin === null) return { allowed: true, headers: new Headers({ vary: 'Origin' }) }
      if (!isAllowed(origin)) return { allowed: false, origin }
      const requested = (request.headers.get('access-control-request-headers') ?? '')
        .split(',')
        .map((name) => lower(name.trim()))
        .filter((name) => acceptedHeaders.has(name))
      const headers = baseHeaders(origin)
      headers.set('access-control-allow-methods', context.methods.join(', '))
      headers.set('access-control-allow-headers', [...new Set(['content-type', ...requested])].join(', '))
      headers.set('access-control-max-age', maxAge)
      headers.set('vary', 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers')
      return { allowed: true, headers }
    },
  }
}

function sameOriginPolicy(): CorsPolicy {
  const check = (request: Request): CorsVerdict => {
    const origin = request.headers.get('origin')
    if (origin === null) return { allowed: true, headers: new Headers() }
    // The Host header first: it names what the browser addressed, whatever an adapter made of the URL.
    const host = request.headers.get('host') ?? new URL(request.url).host
    if (hostOf(origin) === host) return { allowed: true, headers: new Headers() }
    return { allowed: false, origin }
  }
  return { check, preflight: check }
}

function originMatcher(
  origins: CorsOptions['origins'],
  onError: (error: unknown) => void,
): (origin: string) => boolean {
  if (typeof origins === 'function') {
    return (origin) => {
      try {
        return origins(origin) === true
      } catch (error) {
        onError(error)
        return false
      }
    }
  }
  const allowed = new Set(origins)
  return (origin) => allowed.has(origin)
}

/**
 * Why an allow-list entry can never (or must never) match a browser's `Origin` header, or undefined when it is a
 * usable exact origin. Hosts are told at startup rather than finding out from refused browsers.
 */
export function invalidOriginReason(origin: string): string | undefined {
  if (origin === '*' || origin === 'null') {
    return `cors.origins cannot contain '${origin}': any site could then call this endpoint.`
  }
  if (hostOf(origin) === undefined || new URL(origin).origin !== origin) {
    return `cors.origins entry "${origin}" can never match a browser's Origin header; write ${suggestOrigin(origin)}.`
  }
  return undefined
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host
  } catch {
    return undefined
  }
}

function suggestOrigin(origin: string): string {
  for (const candidate of origin.includes('://') ? [origin] : [origin, `https://${origin}`]) {
    try {
      const { origin: exact } = new URL(candidate)
      // Non-http schemes (chrome-extension:, file:) have an opaque origin that no list entry can name.
      if (exact !== 'null') return `"${exact}"`
    } catch {}
  }
  return 'an origin such as "https://shop.example", or pass a function (origin) => boolean'
}

function lower(name: string): string {
  return name.toLowerCase()
}
