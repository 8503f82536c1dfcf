import { EmulatorOptionsError } from '../config/EmulatorOptionsError.js'

/** What is wrong with the webhook options. */
export type WebhookOptionsErrorCode =
  | 'invalid_webhook_url'
  | 'missing_secret_token'
  | 'invalid_account_id'
  | 'invalid_retry_delays'
  | 'invalid_timeout'

/**
 * Thrown by `createWebhookSender` when its options cannot work, before anything is sent: the emulator refuses to
 * start rather than drop every webhook later.
 *
 * @example
 * try {
 *   createWebhookSender({ urls: ['localhost:3000'], secretToken, log })
 * } catch (error) {
 *   if (error instanceof WebhookOptionsError) console.error(`${error.message}\n${error.hint}`)
 * }
 */
export class WebhookOptionsError extends EmulatorOptionsError<WebhookOptionsErrorCode> {
  override readonly name = 'WebhookOptionsError'
}
