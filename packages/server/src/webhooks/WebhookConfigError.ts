import { ConfigError } from '../http/ConfigError.js'

/** What `WebhookConfigError.code` can be. */
export type WebhookConfigErrorCode = 'missing_secret' | 'invalid_option'

/**
 * A programmer error in how the webhook handler or the memory dedupe store is set up: no secret token, or an option
 * out of range. Thrown when the handler is created, never while a request is answered.
 */
export class WebhookConfigError extends ConfigError<WebhookConfigErrorCode> {
  override readonly name = 'WebhookConfigError'
}
