import { abortedError } from './abortable.js'
import { CobrowseRestError } from './CobrowseRestError.js'
import type { RestFetch } from './restClientOptions.js'

/** An HTTP answer, read to its end. */
export interface RestAnswer {
  status: number
  headers: Headers
  text: string
}

/** One attempt of a GET. */
export interface AttemptRequestInit {
  fetch: RestFetch
  url: string
  headers: Record<string, string>
  timeoutMs: number
  signal: AbortSignal | undefined
  /** `GET /cobrowsesdk/…`, for messages; never the full URL, which may carry a page token. */
  label: string
}

/**
 * Sends one GET and reads the whole body within `timeoutMs`. Rejects with a `CobrowseRestError`: `aborted` when the
 * caller's signal fired, `timeout`, or `network` when no answer came. The race below settles even when an injected
 * fetch ignores its signal, so neither a timeout nor an abort can be missed.
 */
export async function attemptRequest(init: AttemptRequestInit): Promise<RestAnswer> {
  const { signal, timeoutMs, label } = init
  if (signal?.aborted) throw abortedError(signal)
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, timeoutMs)
  const forwardAbort = () => controller.abort()
  signal?.addEventListener('abort', forwardAbort, { once: true })
  let onStop: (() => void) | undefined
  const stopped = new Promise<never>((_, reject) => {
    onStop = () => reject(controller.signal.reason)
    controller.signal.addEventListener('abort', onStop, { once: true })
  })
  // Never observed when the attempt settles first; this keeps that rejection from being reported as unhandled.
  stopped.catch(() => {})

  const exchange = async (): Promise<RestAnswer> => {
    const response = await init.fetch(init.url, { method: 'GET', headers: init.headers, signal: controller.signal })
    return { status: response.status, headers: response.headers, text: await response.text() }
  }
  try {
    return await Promise.race([exchange(), stopped])
  } catch (error) {
    if (signal?.aborted) throw abortedError(signal)
    if (timedOut) {
      throw new CobrowseRestError('timeout', `${label} got no complete answer within ${timeoutMs} ms.`, {
        cause: error,
      })
    }
    throw new CobrowseRestError('network', `${label} failed before an HTTP answer: ${describe(error)}`, {
      cause: error,
    })
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', forwardAbort)
    if (onStop) controller.signal.removeEventListener('abort', onStop)
  }
}

/** Node's fetch hides the useful part ("ECONNREFUSED") in `cause`. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : ''
  return `${error.message}${cause}`
}
