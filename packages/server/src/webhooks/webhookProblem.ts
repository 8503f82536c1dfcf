import type { HttpProblem } from '../http/httpProblem.js'

/** Why a webhook request was refused (4xx), or why it could not be answered (5xx: the host's setup or code). */
export type WebhookProblemCode = keyof typeof WEBHOOK_PROBLEMS

// Every refusal of untrusted input is a 4xx: Zoom (or whoever sent it) must change the request, not retry it as is.
const WEBHOOK_PROBLEMS = {
  method_not_allowed: [405, 'Webhooks are delivered with POST.', 'Send the request with method POST.'],
  signature_missing: [
    401,
    'The x-zm-signature header is missing.',
    'Only Zoom-signed requests are accepted; check that this URL is the one set in the app’s event subscription.',
  ],
  signature_malformed: [
    401,
    'The x-zm-signature header is not of the form v0=<64 lowercase hex digits>.',
    'Send the header exactly as Zoom computes it: "v0=" + hex HMAC-SHA256.',
  ],
  signature_mismatch: [
    401,
    'The x-zm-signature header does not match the body and timestamp.',
    'Check that secretToken is the event subscription’s Secret Token and that nothing rewrites the body before it is verified (mount the handler before any JSON body parser).',
  ],
  timestamp_missing: [
    401,
    'The x-zm-request-timestamp header is missing.',
    'Send the Unix time in seconds that the signature covers.',
  ],
  timestamp_malformed: [
    401,
    'The x-zm-request-timestamp header is not a Unix time in whole seconds.',
    'Send the Unix time in seconds that the signature covers.',
  ],
  timestamp_out_of_range: [
    401,
    'The request timestamp is too far from this server’s clock, so it may be a replay.',
    'Check the server clock (NTP); a legitimate retry from Zoom is signed afresh. Widen toleranceSeconds only if clocks cannot be fixed.',
  ],
  body_not_json: [400, 'The body is not valid JSON.', 'Send the event as a JSON object.'],
  event_malformed: [
    400,
    'The body is not a webhook event: a JSON object with a non-empty string "event".',
    'Send Zoom’s envelope { event, event_ts, payload }.',
  ],
  url_validation_malformed: [
    400,
    'The endpoint.url_validation request has no payload.plainToken string.',
    'Send { event: "endpoint.url_validation", payload: { plainToken } }.',
  ],
  webhook_misconfigured: [
    500,
    'The webhook verifier is misconfigured: secretToken must be a non-empty string and toleranceSeconds a number ≥ 0.',
    'Pass the event subscription’s Secret Token (for example from ZOOM_WEBHOOK_SECRET).',
  ],
  body_not_text: [
    500,
    'verifyWebhook was given a parsed body instead of the raw body text.',
    'Pass the exact text received: mount the handler before express.json(), or use express.text({ type: "application/json" }).',
  ],
  event_handler_failed: [
    500,
    'The application failed to process the event.',
    'Zoom retries the delivery; see the error reported through onError.',
  ],
  internal_error: [500, 'The webhook handler failed unexpectedly.', 'See the error reported through onError.'],
} as const satisfies Record<string, readonly [number, string, string]>

/** The problem for `code`, ready for `problemResponse`. */
export function webhookProblem(code: WebhookProblemCode): HttpProblem {
  const [status, message, hint] = WEBHOOK_PROBLEMS[code]
  return { status, code, message, hint }
}
