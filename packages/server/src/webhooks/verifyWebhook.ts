import { createWebhookVerifier, type WebhookRequestParts, type WebhookVerification } from './createWebhookVerifier.js'

/** Options of `verifyWebhook`. */
export interface VerifyWebhookOptions extends WebhookRequestParts {
  /** The event subscription's Secret Token (Zoom Marketplace → your app → Features → Event Subscriptions). */
  secretToken: string
  /** Largest accepted distance between `x-zm-request-timestamp` and now, either way; 300 (5 min) by default. */
  toleranceSeconds?: number
}

/** Default replay window: Zoom does not set one; 5 minutes is the usual choice for timestamped HMAC webhooks. */
export const DEFAULT_WEBHOOK_TOLERANCE_SECONDS = 300

/**
 * Verifies one Zoom webhook request without any framework: the `x-zm-signature` HMAC over
 * `v0:{x-zm-request-timestamp}:{body}` (compared in constant time), the timestamp against replays, then the body.
 * Answers URL validation requests and types events. Pure (WebCrypto only) and never throws: every failure is an
 * `HttpProblem` with a status, code and hint.
 *
 * @example
 * const result = await verifyWebhook({ secretToken, headers: request.headers, body: await request.text() })
 * if (!result.ok) return problemResponse(result.problem)
 * if (result.kind === 'url_validation') return jsonResponse(200, result.response)
 * if (result.event.type === 'cobrowse.session_started') startTimer(result.event.body.payload.object.session_id)
 */
export function verifyWebhook(options: VerifyWebhookOptions): Promise<WebhookVerification> {
  const { secretToken, toleranceSeconds = DEFAULT_WEBHOOK_TOLERANCE_SECONDS, ...request } = options
  return createWebhookVerifier(secretToken, toleranceSeconds)(request)
}
