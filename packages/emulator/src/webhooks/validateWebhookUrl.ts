import { randomBytes } from 'node:crypto'
import { WEBHOOK_FIDELITY } from '../config/webhookFidelity.js'
import { postWebhook } from './postWebhook.js'
import { encryptPlainToken, signWebhook } from './signWebhook.js'

/** The outcome of Zoom's URL validation challenge; `reason` says what the receiver got wrong. */
export type UrlValidation = { ok: true } | { ok: false; reason: string } | { ok: false; cancelled: true }

/** What a validation needs besides the URL. */
export interface ValidateWebhookUrlOptions {
  secretToken: string
  timeoutMs: number
  signal: AbortSignal
}

/**
 * Zoom's `endpoint.url_validation` challenge: POSTs a signed random `plainToken` and requires a 200 answer with
 * `{ plainToken, encryptedToken }`, where `encryptedToken` is the hex HMAC-SHA256 of `plainToken` keyed with the
 * Secret Token.
 *
 * @example
 * const result = await validateWebhookUrl('http://127.0.0.1:3000/webhooks/zoom', { secretToken, timeoutMs, signal })
 * if (!result.ok && 'reason' in result) log(result.reason)
 */
export async function validateWebhookUrl(url: string, options: ValidateWebhookUrlOptions): Promise<UrlValidation> {
  const plainToken = randomBytes(16).toString('base64url')
  const now = Date.now()
  const body = JSON.stringify({ event: 'endpoint.url_validation', payload: { plainToken }, event_ts: now })
  const answer = await postWebhook(url, body, {
    headers: signWebhook(options.secretToken, body, now),
    timeoutMs: options.timeoutMs,
    signal: options.signal,
    readText: true,
  })
  if (answer.kind === 'cancelled') return { ok: false, cancelled: true }
  if (answer.kind === 'no-answer') return { ok: false, reason: answer.reason }
  if (answer.status !== WEBHOOK_FIDELITY.validationStatus) {
    return { ok: false, reason: `answered HTTP ${answer.status}, expected ${WEBHOOK_FIDELITY.validationStatus}` }
  }
  const reply = parseObject(answer.text)
  if (!reply) return { ok: false, reason: 'the answer is not a JSON object { plainToken, encryptedToken }' }
  if (reply.plainToken !== plainToken) return { ok: false, reason: 'the answer does not echo the plainToken sent' }
  if (reply.encryptedToken !== encryptPlainToken(options.secretToken, plainToken)) {
    return {
      ok: false,
      reason: 'encryptedToken is not the hex HMAC-SHA256 of plainToken keyed with the Secret Token (same secret?)',
    }
  }
  return { ok: true }
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}
