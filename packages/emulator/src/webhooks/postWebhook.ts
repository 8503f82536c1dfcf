import { WEBHOOK_FIDELITY } from '../config/webhookFidelity.js'

/** What one POST to a receiver came to: an HTTP answer (any status), no answer, or the sender closing meanwhile. */
export type WebhookAnswer =
  | { kind: 'answered'; status: number; text: string }
  | { kind: 'no-answer'; reason: string }
  | { kind: 'cancelled' }

/** How one POST is made. */
export interface PostWebhookOptions {
  headers: Record<string, string>
  timeoutMs: number
  /** Aborts the request when the sender closes. */
  signal: AbortSignal
  /** Read the answer's body (URL validation needs it; events do not). */
  readText: boolean
}

/**
 * POSTs `body` to `url` once. Never throws: a refused connection, a timeout or an unreadable answer come back as
 * `no-answer` with a reason meant for the log.
 */
export async function postWebhook(url: string, body: string, options: PostWebhookOptions): Promise<WebhookAnswer> {
  const signal = AbortSignal.any([options.signal, AbortSignal.timeout(options.timeoutMs)])
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: options.headers,
      body,
      signal,
      redirect: WEBHOOK_FIDELITY.followRedirects ? 'follow' : 'manual',
    })
    let text = ''
    // An unread body would hold the connection; events only need the status.
    if (options.readText) text = await response.text()
    else await response.body?.cancel()
    return { kind: 'answered', status: response.status, text }
  } catch (error) {
    if (options.signal.aborted) return { kind: 'cancelled' }
    return { kind: 'no-answer', reason: describeFailure(error, options.timeoutMs) }
  }
}

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `no answer within ${timeoutMs} ms`
  // fetch reports network errors as TypeError('fetch failed') with the system error as its cause.
  const cause = error instanceof Error ? error.cause : undefined
  const code = cause instanceof Error && 'code' in cause ? String(cause.code) : undefined
  const message = error instanceof Error ? error.message : String(error)
  return code ? `network error ${code}` : `network error: ${message}`
}
