import { importHmacKey } from '../crypto/hmacKey.js'
import type { HttpProblem } from '../http/httpProblem.js'
import { parseWebhookEvent } from './events/parseWebhookEvent.js'
import type { WebhookEvent } from './events/WebhookEvent.js'
import { type WebhookHeaders, webhookHeader } from './webhookHeader.js'
import { type WebhookProblemCode, webhookProblem } from './webhookProblem.js'
import { hmacHex, isSignatureForm, signatureMatches } from './webhookSignature.js'

/** What Zoom expects back from an `endpoint.url_validation` request, as the JSON body of a 200. */
export interface UrlValidationResponse {
  plainToken: string
  /** Hex HMAC-SHA256 of `plainToken` with the Secret Token. */
  encryptedToken: string
}

/** The outcome of verifying one webhook request. */
export type WebhookVerification =
  | {
      ok: true
      kind: 'event'
      event: WebhookEvent
      /** The body text exactly as signed, e.g. to archive or forward it. */
      raw: string
      /** The signed `x-zm-request-timestamp`, Unix seconds. */
      timestamp: number
    }
  | { ok: true; kind: 'url_validation'; plainToken: string; response: UrlValidationResponse }
  | { ok: false; problem: HttpProblem }

/** One request to verify. */
export interface WebhookRequestParts {
  headers: WebhookHeaders
  /** The raw body text; a re-serialised parsed body does not match the signature in general. */
  body: string
  /** Current time in milliseconds since the epoch; `Date.now()` by default. */
  now?: number
}

// Unix seconds fit in 10 digits until the year 2286; 15 keeps Number() exact and refuses absurd lengths early.
const TIMESTAMP_FORM = /^\d{1,15}$/

/**
 * A verifier bound to one Secret Token, so the HMAC key is imported once rather than per request. Checks run
 * cheapest first and the body is parsed only once the signature proved who wrote it. Never throws or rejects.
 */
export function createWebhookVerifier(
  secretToken: string,
  toleranceSeconds: number,
): (request: WebhookRequestParts) => Promise<WebhookVerification> {
  const configured = typeof secretToken === 'string' && secretToken !== '' && toleranceSeconds >= 0
  let key: Promise<CryptoKey> | undefined
  return async ({ headers, body, now }) => {
    if (!configured) return refuse('webhook_misconfigured')
    if (typeof body !== 'string') return refuse('body_not_text')
    const signature = webhookHeader(headers, 'x-zm-signature')
    if (signature === undefined) return refuse('signature_missing')
    const timestamp = webhookHeader(headers, 'x-zm-request-timestamp')
    if (timestamp === undefined) return refuse('timestamp_missing')
    if (!TIMESTAMP_FORM.test(timestamp)) return refuse('timestamp_malformed')
    if (!isSignatureForm(signature)) return refuse('signature_malformed')
    try {
      key ??= importHmacKey(secretToken)
      if (!(await signatureMatches(await key, timestamp, body, signature))) return refuse('signature_mismatch')
      // Checked after the signature, so a wrong secret is reported as such rather than as a clock problem.
      const nowMs = typeof now === 'number' && Number.isFinite(now) ? now : Date.now()
      if (Math.abs(nowMs / 1000 - Number(timestamp)) > toleranceSeconds) return refuse('timestamp_out_of_range')
      return await interpret(await key, body, Number(timestamp))
    } catch {
      key = undefined
      return refuse('internal_error')
    }
  }
}

async function interpret(key: CryptoKey, body: string, timestamp: number): Promise<WebhookVerification> {
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    return refuse('body_not_json')
  }
  if (isRecord(json) && json.event === 'endpoint.url_validation') {
    const plainToken = isRecord(json.payload) ? json.payload.plainToken : undefined
    if (typeof plainToken !== 'string' || plainToken === '') return refuse('url_validation_malformed')
    const response = { plainToken, encryptedToken: await hmacHex(key, plainToken) }
    return { ok: true, kind: 'url_validation', plainToken, response }
  }
  const event = parseWebhookEvent(json)
  if (!event) return refuse('event_malformed')
  return { ok: true, kind: 'event', event, raw: body, timestamp }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function refuse(code: WebhookProblemCode): WebhookVerification {
  return { ok: false, problem: webhookProblem(code) }
}
