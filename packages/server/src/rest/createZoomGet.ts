import { untilAborted, waitBeforeRetry } from './abortable.js'
import type { AccessTokenSource } from './apiAccessToken.js'
import { attemptRequest } from './attemptRequest.js'
import { CobrowseRestError } from './CobrowseRestError.js'
import type { ResolvedRestOptions } from './restClientOptions.js'
import { backoffDelayMs, parseRetryAfter } from './retryDelay.js'
import { type ZoomApiError, zoomApiErrorFromAnswer } from './ZoomApiError.js'
import { parseJsonObject } from './zoomPayload.js'

/** A GET of Zoom's REST API: path below `baseUrl` (already encoded), query, and the caller's signal. */
export type ZoomGet = (
  path: string,
  query: URLSearchParams,
  signal: AbortSignal | undefined,
) => Promise<Record<string, unknown>>

/** What one attempt came to: the body, or a failure with whether and when to try again. */
type Outcome =
  | { ok: true; body: Record<string, unknown> }
  | { ok: false; error: ZoomApiError | CobrowseRestError; retryable: boolean; retryAfterMs?: number }

/**
 * The request pipeline of the REST client: bearer token, one attempt with a timeout, then retries. Every endpoint is
 * a GET, so retrying is safe: after a 429 or a 5xx (waiting `Retry-After` when given, else an exponential backoff
 * with jitter), after a network error and after a timeout, until `maxRetries` retries are spent. Other statuses
 * reject at once with a `ZoomApiError`.
 */
export function createZoomGet(options: ResolvedRestOptions, accessToken: AccessTokenSource): ZoomGet {
  const { retry } = options
  return async (path, query, signal) => {
    const label = `GET ${path}`
    const search = query.toString()
    const url = `${options.baseUrl}${path}${search ? `?${search}` : ''}`
    for (let retryIndex = 0; ; retryIndex++) {
      const token = await untilAborted(accessToken(), signal)
      const outcome = await attempt(url, label, token, signal)
      if (outcome.ok) return outcome.body
      if (!outcome.retryable || retryIndex >= retry.maxRetries) throw outcome.error
      const delay = outcome.retryAfterMs ?? backoffDelayMs(retryIndex, retry)
      // Zoom's daily limit asks to come back tomorrow: better to fail now and say when than to hang for hours.
      if (delay > retry.maxDelayMs) throw outcome.error
      await waitBeforeRetry(delay, signal)
    }
  }

  async function attempt(url: string, label: string, token: string, signal: AbortSignal | undefined): Promise<Outcome> {
    const headers: Record<string, string> = { accept: 'application/json', authorization: `Bearer ${token}` }
    if (options.userAgent !== undefined) headers['user-agent'] = options.userAgent
    let answer: Awaited<ReturnType<typeof attemptRequest>>
    try {
      answer = await attemptRequest({ fetch: options.fetch, url, headers, timeoutMs: options.timeoutMs, signal, label })
    } catch (error) {
      if (!(error instanceof CobrowseRestError)) throw error
      return { ok: false, error, retryable: error.code === 'network' || error.code === 'timeout' }
    }
    if (answer.status >= 200 && answer.status < 300) return { ok: true, body: parseJsonObject(answer, label) }
    const retryAfterMs = parseRetryAfter(answer.headers.get('retry-after'), Date.now())
    const error = zoomApiErrorFromAnswer(answer.status, answer.text, retryAfterMs)
    const retryable = answer.status === 429 || answer.status >= 500
    return retryAfterMs === undefined ? { ok: false, error, retryable } : { ok: false, error, retryable, retryAfterMs }
  }
}
