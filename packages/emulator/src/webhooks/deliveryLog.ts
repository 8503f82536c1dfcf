import type { CobrowseWebhookEventName } from './cobrowseWebhookEvent.js'

/**
 * Where a delivery stands: still being tried (or waiting for a retry), accepted with a 2xx, given up after the last
 * retry, dropped because the URL failed validation, or stopped by `close()`.
 */
export type WebhookDeliveryOutcome = 'pending' | 'delivered' | 'failed' | 'not-validated' | 'cancelled'

/** One event for one URL, with every attempt it took. */
export interface WebhookDeliveryRecord {
  readonly url: string
  readonly event: CobrowseWebhookEventName
  readonly sessionId: string
  /** The JSON body sent, byte for byte (what the signature covers). */
  readonly body: string
  readonly attempts: number
  readonly outcome: WebhookDeliveryOutcome
  /** HTTP status of the last attempt that got an answer. */
  readonly status?: number
  /** Why the last attempt failed: `HTTP 500`, `no answer within 3000 ms`, a network error, a validation failure. */
  readonly error?: string
}

/** The record a delivery updates as it goes. */
export type MutableDeliveryRecord = { -readonly [K in keyof WebhookDeliveryRecord]: WebhookDeliveryRecord[K] }

/** The most recent delivery records, oldest first, at most `max` of them. */
export class DeliveryLog {
  readonly #records: MutableDeliveryRecord[] = []
  readonly #max: number

  constructor(max: number) {
    this.#max = max
  }

  add(entry: Pick<WebhookDeliveryRecord, 'url' | 'event' | 'sessionId' | 'body'>): MutableDeliveryRecord {
    const record: MutableDeliveryRecord = { ...entry, attempts: 0, outcome: 'pending' }
    this.#records.push(record)
    // A dropped record's delivery goes on; it is only no longer listed.
    if (this.#records.length > this.#max) this.#records.splice(0, this.#records.length - this.#max)
    return record
  }

  /** Snapshots: later attempts do not change what a caller already holds. */
  list(): readonly WebhookDeliveryRecord[] {
    return this.#records.map((record) => ({ ...record }))
  }
}
