import { CobrowseError } from '../errors/CobrowseError.js'
import { isJwtShaped } from './isJwtShaped.js'
import { malformedTokenError } from './malformedTokenError.js'
import type { TokenEndpoint, TokenRequest } from './tokenProvider.js'

/** How long a token request may take before it is aborted. */
export const DEFAULT_TOKEN_TIMEOUT_MS = 10_000

interface ValidationIssue {
  property?: unknown
  reason?: unknown
}

/**
 * POSTs `{ role, userId?, userName? }` to a token endpoint and returns the JWT from its `{ token }` answer. Rejects
 * with a `CobrowseError`: `token_fetch_failed` (network, timeout, abort, 400 or another non-2xx status),
 * `token_forbidden` (401/403), `token_invalid_response` (no `token` string) or `token_malformed`.
 *
 * @example
 * const token = await fetchToken({ url: '/api/token' }, { role: 1, userId: 'c-42' })
 */
export async function fetchToken(endpoint: TokenEndpoint, request: TokenRequest): Promise<string> {
  const url = String(endpoint.url)
  const timeoutMs = endpoint.timeoutMs ?? DEFAULT_TOKEN_TIMEOUT_MS
  const { role, userId, userName, signal } = request
  const endpointName = `The token endpoint ${url}`
  const failed = (message: string, cause?: unknown, retryable = true) =>
    new CobrowseError('token_fetch_failed', { message, cause, retryable })
  const aborted = () => failed(`The token request to ${url} was aborted.`, signal?.reason)
  if (signal?.aborted) throw aborted()

  const controller = new AbortController()
  const forwardAbort = () => controller.abort(signal?.reason)
  signal?.addEventListener('abort', forwardAbort, { once: true })
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  // Settles the race below even when a custom fetch ignores its signal, so a timeout always ends the wait.
  const stopped = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true })
  })
  // Read once: a fetch called as `endpoint.fetch(…)` would get `this === endpoint`, and browsers refuse that.
  const fetchImpl = endpoint.fetch ?? globalThis.fetch

  const send = async (): Promise<string> => {
    const response = await fetchImpl(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        // Lower-cased so a caller's `Content-Type` replaces ours instead of being sent twice.
        ...Object.fromEntries(
          Object.entries(endpoint.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
        ),
      },
      // JSON.stringify drops undefined fields, matching the optional fields of Zoom's sample endpoint.
      body: JSON.stringify({ role, userId, userName }),
      credentials: endpoint.credentials ?? 'same-origin',
      signal: controller.signal,
    })
    const { status } = response
    if (status === 401 || status === 403) {
      throw new CobrowseError('token_forbidden', { message: `${endpointName} refused this user (${status}).` })
    }
    let body: unknown
    if (response.ok || status === 400) {
      const text = await response.text()
      try {
        body = JSON.parse(text)
      } catch {
        // Left undefined: reported below as a response without a token.
      }
    }
    const { errors, token } = (body ?? {}) as { errors?: unknown; token?: unknown }
    if (!response.ok) {
      // Zoom's sample answers a bad body with 400 { errors: [{ property, reason }] }.
      const issues = Array.isArray(errors) ? (errors as (ValidationIssue | null)[]) : []
      throw failed(
        issues.length
          ? `${endpointName} rejected the request: ${issues.map((issue) => `${issue?.property}: ${issue?.reason}`).join('; ')}.`
          : `${endpointName} answered ${status}.`,
        undefined,
        // The same request will be refused again (400, 404, …); a busy or failing server (429, 5xx) may recover.
        status === 429 || status >= 500,
      )
    }
    if (typeof token !== 'string') {
      throw new CobrowseError('token_invalid_response', {
        message: `${endpointName} returned ${body === undefined ? 'no JSON' : 'JSON without a "token" string'}.`,
      })
    }
    if (!isJwtShaped(token)) throw malformedTokenError(token, `The token from ${url}`)
    return token
  }

  try {
    return await Promise.race([send(), stopped])
  } catch (error) {
    if (error instanceof CobrowseError) throw error
    if (signal?.aborted) throw aborted()
    if (controller.signal.aborted) throw failed(`The token request to ${url} timed out after ${timeoutMs} ms.`, error)
    throw failed(`Could not reach the token endpoint ${url}.`, error)
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', forwardAbort)
  }
}
