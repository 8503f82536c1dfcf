import { WEBHOOK_FIDELITY } from '../config/webhookFidelity.js'
import type { EmulatorWebhookOptions } from './emulatorWebhookOptions.js'
import { WebhookOptionsError } from './webhookOptionsError.js'

// setTimeout and AbortSignal.timeout fire at once past 2^31 - 1 ms; longer waits are clamped to "practically never".
const MAX_DELAY_MS = 2 ** 31 - 1

/** The webhook options with every default applied and every value checked. */
export interface WebhookSettings {
  urls: readonly string[]
  secretToken: string
  accountId: string
  retryDelaysMs: readonly number[]
  timeoutMs: number
  validateUrls: boolean
  strictOrder: boolean
}

/** The options `resolveWebhookOptions` reads. */
export type WebhookOptionsInput = EmulatorWebhookOptions

/**
 * Applies the Zoom-like defaults and checks every value, so a typo in a URL or a secret fails at start with a hint
 * instead of silently losing webhooks. Throws `WebhookOptionsError`. Options may come from a CLI or untyped JS, so
 * nothing is trusted to match its type.
 */
export function resolveWebhookOptions(options: WebhookOptionsInput): WebhookSettings {
  const { urls, secretToken, accountId = WEBHOOK_FIDELITY.defaultAccountId } = options
  if (!Array.isArray(urls)) {
    throw new WebhookOptionsError('invalid_webhook_url', 'Webhook urls must be an array', "Pass urls: ['http://…']")
  }
  if (typeof secretToken !== 'string' || secretToken === '') {
    throw new WebhookOptionsError(
      'missing_secret_token',
      'Webhooks need a secretToken to sign deliveries',
      "Use the Secret Token of your app's event subscription (the same one your receiver verifies with)",
    )
  }
  if (typeof accountId !== 'string' || accountId === '') {
    throw new WebhookOptionsError(
      'invalid_account_id',
      'accountId must be a non-empty string',
      'Omit it for a dev value',
    )
  }
  return {
    urls: [...new Set(urls.map(readUrl))],
    secretToken,
    accountId,
    retryDelaysMs: readDelays(options.retryDelaysMs ?? WEBHOOK_FIDELITY.retryDelaysMs),
    timeoutMs: readTimeout(options.timeoutMs ?? WEBHOOK_FIDELITY.timeoutMs),
    validateUrls: options.validateUrls !== false,
    strictOrder: options.strictOrder ?? WEBHOOK_FIDELITY.strictOrderByDefault,
  }
}

function readUrl(value: unknown): string {
  const url = typeof value === 'string' && URL.canParse(value) ? new URL(value) : undefined
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
    throw new WebhookOptionsError(
      'invalid_webhook_url',
      `Webhook URL ${JSON.stringify(value)} is not an absolute http(s) URL`,
      'Give the full URL of the receiver, e.g. http://127.0.0.1:3000/webhooks/zoom',
    )
  }
  return url.href
}

function readDelays(value: unknown): readonly number[] {
  if (!Array.isArray(value) || !value.every((delay) => typeof delay === 'number' && delay >= 0)) {
    throw new WebhookOptionsError(
      'invalid_retry_delays',
      'retryDelaysMs must be an array of non-negative numbers (milliseconds)',
      "Use [] for no retries, e.g. [10, 20] in tests; omit it for Zoom's 5, 20 and 60 minutes",
    )
  }
  return value.map((delay: number) => Math.min(delay, MAX_DELAY_MS))
}

function readTimeout(value: unknown): number {
  if (typeof value !== 'number' || !(value > 0)) {
    throw new WebhookOptionsError(
      'invalid_timeout',
      'timeoutMs must be a positive number of milliseconds',
      "Omit it for Zoom's 3 s",
    )
  }
  return Math.min(value, MAX_DELAY_MS)
}
