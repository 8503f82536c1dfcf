import { createHmac, randomUUID } from 'node:crypto'
import { WEBHOOK_FIDELITY } from '../config/webhookFidelity.js'

/**
 * `x-zm-signature` for a body sent at `timestampS` (unix seconds): `v0=` + hex HMAC-SHA256 of
 * `v0:{timestamp}:{body}`, keyed with the subscription's Secret Token.
 *
 * @example
 * webhookSignature('secret', 1743483350, '{"event":"cobrowse.session_started"}') // 'v0=…64 hex digits'
 */
export function webhookSignature(secretToken: string, timestampS: number, body: string): string {
  return `v0=${hmacHex(secretToken, `v0:${timestampS}:${body}`)}`
}

/** The `encryptedToken` a receiver must answer a URL validation with: hex HMAC-SHA256 of `plainToken`. */
export function encryptPlainToken(secretToken: string, plainToken: string): string {
  return hmacHex(secretToken, plainToken)
}

/**
 * Every header of one delivery attempt: Zoom's signature pair, the content type, the user agent and a fresh tracking
 * id. `body` must be the exact bytes sent, since the signature covers them.
 */
export function signWebhook(secretToken: string, body: string, nowMs: number): Record<string, string> {
  const timestampS = Math.floor(nowMs / 1000)
  return {
    'content-type': WEBHOOK_FIDELITY.contentType,
    'user-agent': WEBHOOK_FIDELITY.userAgent,
    'x-zm-request-timestamp': String(timestampS),
    'x-zm-signature': webhookSignature(secretToken, timestampS, body),
    [WEBHOOK_FIDELITY.trackingIdHeader]: randomUUID(),
  }
}

function hmacHex(key: string, message: string): string {
  return createHmac('sha256', key).update(message, 'utf8').digest('hex')
}
