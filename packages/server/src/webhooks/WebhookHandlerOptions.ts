import type { WebhookEvent } from './events/WebhookEvent.js'
import { DEFAULT_WEBHOOK_TOLERANCE_SECONDS } from './verifyWebhook.js'
import { WebhookConfigError } from './WebhookConfigError.js'
import type { WebhookDedupeStore } from './WebhookDedupeStore.js'
import type { WebhookHandlerError } from './WebhookHandlerError.js'

/** What `onEvent` receives besides the event. */
export interface WebhookEventContext {
  /** Always `false`: duplicates are answered without calling `onEvent`. Kept so handlers can log it uniformly. */
  readonly duplicate: false
  /** The dedupe key of this delivery (event name, `event_ts`, SHA-256 of the body), for your own idempotency. */
  readonly deliveryKey: string
  /** The body text exactly as signed. */
  readonly raw: string
  /** The incoming request, e.g. for its `signal` or headers. */
  readonly request: Request
}

/** Options of `createWebhookHandler`. */
export interface WebhookHandlerOptions {
  /** The event subscription's Secret Token. */
  secretToken: string
  /**
   * Called once per authentic, new event. Zoom gets its 200 when the returned promise settles and expects a quick
   * answer, so queue slow work. Throwing (or rejecting) answers 500, which makes Zoom retry, and frees the dedupe
   * claim so the retry is processed.
   */
  onEvent: (event: WebhookEvent, context: WebhookEventContext) => void | Promise<void>
  /** Where duplicates are detected; an in-memory store by default, `false` to deliver every authentic request. */
  dedupe?: WebhookDedupeStore | false
  /** How long a delivery is remembered; 24 h by default, longer than Zoom's retries last. */
  dedupeTtlMs?: number
  /** Replay window for `x-zm-request-timestamp`, either way; 300 s by default. `Infinity` turns the check off. */
  toleranceSeconds?: number
  /** Largest accepted body; 256 KiB by default. */
  maxBodyBytes?: number
  /** Receives host-side failures (`onEvent` threw, the dedupe store failed); `console.error` by default. */
  onError?: (error: WebhookHandlerError) => void
}

const DAY_MS = 24 * 60 * 60 * 1000

/** The handler's numeric settings with defaults applied; throws `WebhookConfigError` on a setup mistake. */
export function resolveWebhookHandlerOptions(options: WebhookHandlerOptions): {
  toleranceSeconds: number
  maxBodyBytes: number
  dedupeTtlMs: number
} {
  if (typeof options.secretToken !== 'string' || options.secretToken === '') {
    throw new WebhookConfigError(
      'missing_secret',
      'createWebhookHandler needs secretToken.',
      'Pass the Secret Token of the app’s event subscription, for example process.env.ZOOM_WEBHOOK_SECRET.',
    )
  }
  if (typeof options.onEvent !== 'function') {
    throw new WebhookConfigError('invalid_option', 'createWebhookHandler needs onEvent.', 'Pass a function.')
  }
  const settings = {
    toleranceSeconds: options.toleranceSeconds ?? DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
    maxBodyBytes: options.maxBodyBytes ?? 256 * 1024,
    dedupeTtlMs: options.dedupeTtlMs ?? DAY_MS,
  }
  for (const [name, value] of Object.entries(settings)) {
    // The tolerance may be 0 (same second only) or Infinity (check off); sizes and durations must be finite and > 0.
    const tolerance = name === 'toleranceSeconds'
    const valid = typeof value === 'number' && (tolerance ? value >= 0 : Number.isFinite(value) && value > 0)
    if (!valid) {
      const rule = tolerance ? 'a number ≥ 0' : 'a finite number > 0'
      throw new WebhookConfigError(
        'invalid_option',
        `${name} must be ${rule}, got ${value}.`,
        'Omit it for the default.',
      )
    }
  }
  return settings
}
