import { WEBHOOK_FIDELITY } from '../config/webhookFidelity.js'
import type { MutableDeliveryRecord, WebhookDeliveryOutcome } from './deliveryLog.js'
import type { PendingWork } from './pendingWork.js'
import { postWebhook } from './postWebhook.js'
import type { WebhookSettings } from './resolveWebhookOptions.js'
import { signWebhook } from './signWebhook.js'
import { validateWebhookUrl } from './validateWebhookUrl.js'

/** What every endpoint of one sender shares. */
export interface EndpointContext {
  settings: WebhookSettings
  /** Aborted by the sender's `close()`. */
  signal: AbortSignal
  pending: PendingWork
  log: (line: string) => void
}

interface Delivery {
  record: MutableDeliveryRecord
  firstAttemptAt?: number
}

/**
 * One receiver URL: validates it when due, then sends its events one at a time in the order they happened, and
 * retries failed deliveries on the configured schedule.
 */
export class WebhookEndpoint {
  readonly url: string
  readonly #context: EndpointContext
  readonly #queue: Delivery[] = []
  readonly #retries = new Map<ReturnType<typeof setTimeout>, Delivery>()
  #draining = false
  /** In strict order a delivery waiting for its retry holds every later one. */
  #holding = false
  #validatedAt: number | undefined

  constructor(url: string, context: EndpointContext) {
    this.url = url
    this.#context = context
  }

  enqueue(record: MutableDeliveryRecord): void {
    this.#context.pending.begin()
    this.#queue.push({ record })
    void this.#drain()
  }

  /** Cancels every queued delivery and every retry; the one in flight ends through the sender's abort signal. */
  close(): void {
    for (const [timer, delivery] of this.#retries) {
      clearTimeout(timer)
      this.#finish(delivery, 'cancelled')
    }
    this.#retries.clear()
    for (const delivery of this.#queue.splice(0)) this.#finish(delivery, 'cancelled')
  }

  async #drain(): Promise<void> {
    if (this.#draining) return
    this.#draining = true
    while (!this.#holding && !this.#context.signal.aborted) {
      const delivery = this.#queue.shift()
      if (!delivery) break
      try {
        await this.#deliver(delivery)
      } catch (error) {
        // Nothing here is meant to throw; if something does, the delivery must still end or idle() would never resolve.
        delivery.record.error = error instanceof Error ? error.message : String(error)
        this.#finish(delivery, 'failed')
      }
    }
    this.#draining = false
  }

  async #deliver(delivery: Delivery): Promise<void> {
    const { record } = delivery
    const { settings, signal, log } = this.#context
    const validated = await this.#ensureValidated()
    if (signal.aborted) return this.#finish(delivery, 'cancelled')
    if (!validated && WEBHOOK_FIDELITY.dropEventsUntilValidated) {
      record.error = 'the URL did not pass validation'
      log(`webhook ${record.event} for ${this.url} dropped: the URL did not pass validation`)
      return this.#finish(delivery, 'not-validated')
    }
    record.attempts++
    const now = Date.now()
    delivery.firstAttemptAt ??= now
    const signedAt = WEBHOOK_FIDELITY.resignRetries ? now : delivery.firstAttemptAt
    const answer = await postWebhook(this.url, record.body, {
      headers: signWebhook(settings.secretToken, record.body, signedAt),
      timeoutMs: settings.timeoutMs,
      signal,
      readText: false,
    })
    if (answer.kind === 'cancelled') return this.#finish(delivery, 'cancelled')
    if (answer.kind === 'answered') record.status = answer.status
    if (answer.kind === 'answered' && isDelivered(answer.status)) {
      delete record.error
      log(`webhook ${record.event} delivered to ${this.url} (HTTP ${answer.status})`)
      return this.#finish(delivery, 'delivered')
    }
    record.error = answer.kind === 'answered' ? `HTTP ${answer.status}` : answer.reason
    const delay = settings.retryDelaysMs[record.attempts - 1]
    if (delay === undefined) {
      log(
        `webhook ${record.event} to ${this.url} failed (${record.error}); gave up after ${record.attempts} attempt(s)`,
      )
      return this.#finish(delivery, 'failed')
    }
    log(
      `webhook ${record.event} to ${this.url} failed (${record.error}); ` +
        `retry ${record.attempts} of ${settings.retryDelaysMs.length} in ${delay} ms`,
    )
    this.#scheduleRetry(delivery, delay)
  }

  async #ensureValidated(): Promise<boolean> {
    const { settings, signal, log } = this.#context
    if (!settings.validateUrls) return true
    const validatedAt = this.#validatedAt
    if (validatedAt !== undefined && Date.now() - validatedAt < WEBHOOK_FIDELITY.revalidateAfterMs) return true
    this.#validatedAt = undefined
    const result = await validateWebhookUrl(this.url, {
      secretToken: settings.secretToken,
      timeoutMs: settings.timeoutMs,
      signal,
    })
    if (result.ok) {
      this.#validatedAt = Date.now()
      log(`webhook URL ${this.url} validated (endpoint.url_validation)`)
      return true
    }
    if ('reason' in result) {
      log(
        `webhook URL validation of ${this.url} failed: ${result.reason}. ` +
          'Its events are dropped until a validation passes; the next event tries again.',
      )
    }
    return false
  }

  #scheduleRetry(delivery: Delivery, delay: number): void {
    const { strictOrder } = this.#context.settings
    if (strictOrder) this.#holding = true
    const timer = setTimeout(() => {
      this.#retries.delete(timer)
      this.#holding = false
      if (strictOrder) this.#queue.unshift(delivery)
      else this.#queue.push(delivery)
      void this.#drain()
    }, delay)
    // A forgotten emulator must not keep the process alive for a retry due in an hour.
    timer.unref()
    this.#retries.set(timer, delivery)
  }

  #finish(delivery: Delivery, outcome: WebhookDeliveryOutcome): void {
    delivery.record.outcome = outcome
    this.#context.pending.end()
  }
}

function isDelivered(status: number): boolean {
  return status >= WEBHOOK_FIDELITY.deliveredStatus.min && status <= WEBHOOK_FIDELITY.deliveredStatus.max
}
