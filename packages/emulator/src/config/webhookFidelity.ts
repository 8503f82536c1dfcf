import { FIDELITY } from './fidelity.js'

/**
 * How the emulator delivers Zoom's cobrowse webhooks, wherever Zoom's documents leave a choice open: each value is
 * here so it changes in one line. [C] confirmed by Zoom's docs, [U] unconfirmed reading, [kit choice] Zoom is silent
 * and the emulator picks what helps development. No Node imports: the README documents this table.
 */
export const WEBHOOK_FIDELITY = {
  /**
   * Delays before each retry of a failed delivery: 5 min after the first attempt, 20 min after the first retry,
   * 60 min after the second. [C: Zoom blog "Resolving webhook delays"]
   */
  retryDelaysMs: [300_000, 1_200_000, 3_600_000],
  /** How long a receiver may take to answer an event or a URL validation. [C: 3 s] */
  timeoutMs: 3_000,
  /**
   * Zoom asks for 200 or 204 but then speaks of any "2XX" as success; the emulator accepts every 2xx. [C: 200/204;
   * U: other 2xx]
   */
  deliveredStatus: { min: 200, max: 299 },
  /** A URL validation passes only with exactly this status (and the right tokens). [C] */
  validationStatus: 200,
  /** Zoom validates the URL when it is saved and again every 72 h. [C] */
  revalidateAfterMs: 72 * 60 * 60 * 1000,
  /** A 3xx answer is a failed delivery, not followed: Zoom documents no redirects for event endpoints. [U] */
  followRedirects: false,
  /** `user-agent` of every delivery. [U: seen in receivers' logs, not documented] */
  userAgent: 'Zoom Marketplace/1.0a',
  /** `content-type` of every delivery. [sample: Zoom docs' header dump shows the charset] */
  contentType: 'application/json; charset=utf-8',
  /**
   * `x-zm-trackingid`: Zoom sends one, its format and lifetime are undocumented. The emulator sends a fresh random id
   * per attempt, so a receiver that deduplicates retries by it (instead of by the event) notices here. [U]
   */
  trackingIdHeader: 'x-zm-trackingid',
  /**
   * A retry is signed again with a new `x-zm-request-timestamp` (same body, same `event_ts`), so receivers that
   * reject stale timestamps accept it. [U]
   */
  resignRetries: true,
  /**
   * `end_reason` for each of the emulator's end reasons (`FIDELITY.endReasons`): a deliberate end is "The session
   * ended"; a session that ended because the customer's page did not come back (recovery window or agent wait ran
   * out) is "Network connection error". Any other reason maps to `unknownEndReason`. Who ended it (`user_id`,
   * `user_name`, `role_type`) is named only when a user did; a timer's end names nobody. [U]
   */
  endReasons: {
    [FIDELITY.endReasons.byCustomer]: 'The session ended',
    [FIDELITY.endReasons.byAgent]: 'The session ended',
    [FIDELITY.endReasons.notRecovered]: 'Network connection error',
    [FIDELITY.endReasons.agentWait]: 'Network connection error',
  },
  /** `end_reason` when the emulator's reason has no mapping above. [U] */
  unknownEndReason: 'Unknown reason',
  /** `leave_reason` when an attendance's reason is not one of the spec's values. [U] */
  unknownLeaveReason: 'Unknown reason',
  /**
   * When validation of a URL fails, events for it are dropped (recorded as `not-validated`) and the next event tries
   * the validation again: Zoom would not have saved an unvalidated URL at all. [kit choice]
   */
  dropEventsUntilValidated: true,
  /**
   * One request in flight per URL, in lifecycle order. A failed delivery waits for its retry off the queue, so later
   * events go on (Zoom promises no order either); `strictOrder: true` holds the queue instead. [kit choice]
   */
  strictOrderByDefault: false,
  /** `payload.account_id` when none is configured, shaped like Zoom's 22-character ids. [kit choice] */
  defaultAccountId: 'EmulatorDevAccount0001',
  /** How many delivery records `deliveries()` keeps; the oldest go first. [kit choice] */
  maxDeliveryRecords: 500,
} as const
