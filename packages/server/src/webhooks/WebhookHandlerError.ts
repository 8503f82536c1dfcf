/** What `WebhookHandlerError.code` can be. */
export type WebhookHandlerErrorCode =
  | 'event_handler_failed'
  | 'dedupe_claim_failed'
  | 'dedupe_release_failed'
  | 'internal_error'

/**
 * A failure on the host's side while an authentic event was handled, reported through `onError`: `onEvent` threw
 * (Zoom gets a 500 and retries), or the dedupe store failed. Bad requests are not reported here: they are answered
 * with a 4xx and cost the host nothing.
 */
export class WebhookHandlerError extends Error {
  override readonly name = 'WebhookHandlerError'
  /** Stable, machine-readable reason. */
  readonly code: WebhookHandlerErrorCode
  /** What to check. */
  readonly hint: string
  /** The event's name (`event` field), when the failure concerns one. */
  readonly eventName: string | undefined

  constructor(
    code: WebhookHandlerErrorCode,
    message: string,
    hint: string,
    options: { cause?: unknown; eventName?: string } = {},
  ) {
    super(message, { cause: options.cause })
    this.code = code
    this.hint = hint
    this.eventName = options.eventName
  }
}

const FAILURES: Record<WebhookHandlerErrorCode, readonly [(name: string) => string, string]> = {
  event_handler_failed: [
    (name) => `onEvent failed on ${name}.`,
    'Zoom retries the delivery; fix onEvent or what it depends on.',
  ],
  dedupe_claim_failed: [
    (name) => `The dedupe store failed to claim ${name}.`,
    'Check the store’s connection; the event was processed anyway, so a retry may be processed twice.',
  ],
  dedupe_release_failed: [
    (name) => `The dedupe store failed to release ${name}.`,
    'Check the store’s connection; until the key expires, Zoom’s retry of this event is dropped as a duplicate.',
  ],
  internal_error: [
    () => 'The webhook handler failed unexpectedly.',
    'This is a bug in @cobrowse-kit/server; please report it.',
  ],
}

/** The error `onError` receives for `code`, with the standard message and hint. */
export function webhookHandlerError(code: WebhookHandlerErrorCode, name: string | undefined, cause: unknown) {
  const [message, hint] = FAILURES[code]
  const options = name === undefined ? { cause } : { cause, eventName: name }
  return new WebhookHandlerError(code, message(name ?? 'a request'), hint, options)
}
