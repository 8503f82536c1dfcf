/** Where and how the emulator sends Zoom's four cobrowse webhooks. */
export interface EmulatorWebhookOptions {
  /** Endpoints that receive the 4 cobrowse events (Zoom: the app's Event Notification Endpoint URL). */
  urls: readonly string[]
  /** The subscription's Secret Token: signs every delivery and the URL validation. */
  secretToken: string
  /** The account id in every payload (`payload.account_id`). Default `WEBHOOK_FIDELITY.defaultAccountId`. */
  accountId?: string
  /**
   * Delays before each retry of a failed delivery (non-2xx, timeout, network error). Default Zoom's 5 min, 20 min,
   * 60 min; tests pass e.g. `[10, 20]`, `[]` for none.
   */
  retryDelaysMs?: readonly number[]
  /** How long a receiver may take to answer. Default Zoom's 3 s. */
  timeoutMs?: number
  /**
   * Validate each URL with `endpoint.url_validation` before its first delivery and again every 72 h, as Zoom does
   * when the URL is saved. Default true.
   */
  validateUrls?: boolean
  /**
   * Hold a URL's later events while a failed delivery waits for its retry, so the receiver sees every event in
   * lifecycle order even across failures. Zoom promises no such order; default false (later events go on).
   */
  strictOrder?: boolean
}
