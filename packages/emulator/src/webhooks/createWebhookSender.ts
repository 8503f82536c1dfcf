import { WEBHOOK_FIDELITY } from '../config/webhookFidelity.js'
import type { SessionLifecycleListener } from '../sessions/sessionLifecycle.js'
import { DeliveryLog, type WebhookDeliveryRecord } from './deliveryLog.js'
import type { EmulatorWebhookOptions } from './emulatorWebhookOptions.js'
import { PendingWork } from './pendingWork.js'
import { resolveWebhookOptions } from './resolveWebhookOptions.js'
import { toCobrowseWebhookEvent } from './toCobrowseWebhookEvent.js'
import { WebhookEndpoint } from './webhookEndpoint.js'

export type { EmulatorWebhookOptions } from './emulatorWebhookOptions.js'

/** Sends the webhooks of every session lifecycle event it is told about. */
export interface WebhookSender {
  /** Pass as the registry's `onLifecycle` (or call it from a listener that fans out). Never throws. */
  readonly listener: SessionLifecycleListener
  /** Resolves when every queued delivery (retries included) has finished: for tests and graceful shutdown. */
  idle(): Promise<void>
  /** Deliveries and their outcomes so far, oldest first, at most `WEBHOOK_FIDELITY.maxDeliveryRecords`. */
  deliveries(): readonly WebhookDeliveryRecord[]
  /** Stops retries and pending timers, aborts requests in flight; later lifecycle events are ignored. */
  close(): Promise<void>
}

/**
 * Sends Zoom's signed cobrowse webhooks (`cobrowse.session_started`, `session_user_joined`, `session_user_left`,
 * `session_ended`) to every URL, validating each URL first like Zoom. Throws `WebhookOptionsError` on options that
 * cannot work.
 *
 * @example
 * const webhooks = createWebhookSender({ urls: ['http://127.0.0.1:3000/webhooks/zoom'], secretToken, log })
 * const registry = new SessionRegistry({ timing, log, onLifecycle: webhooks.listener })
 * // on shutdown
 * await webhooks.close()
 */
export function createWebhookSender(options: EmulatorWebhookOptions & { log: (line: string) => void }): WebhookSender {
  const settings = resolveWebhookOptions(options)
  const log = (line: string): void => {
    // A throwing log function must not break deliveries, nor the session change the listener runs inside.
    try {
      options.log(line)
    } catch {}
  }
  const abort = new AbortController()
  const pending = new PendingWork()
  const records = new DeliveryLog(WEBHOOK_FIDELITY.maxDeliveryRecords)
  const context = { settings, signal: abort.signal, pending, log }
  const endpoints = settings.urls.map((url) => new WebhookEndpoint(url, context))

  const listener: SessionLifecycleListener = (lifecycle) => {
    if (abort.signal.aborted || endpoints.length === 0) return
    try {
      const webhook = toCobrowseWebhookEvent(lifecycle, settings.accountId)
      const body = JSON.stringify(webhook)
      const sessionId = webhook.payload.object.session_id
      for (const endpoint of endpoints) {
        endpoint.enqueue(records.add({ url: endpoint.url, event: webhook.event, sessionId, body }))
      }
    } catch (error) {
      // The registry calls this in the middle of a session change: a webhook bug must not break the session.
      log(`webhook for ${lifecycle.type} not sent: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  return {
    listener,
    idle: () => pending.idle(),
    deliveries: () => records.list(),
    async close() {
      abort.abort()
      for (const endpoint of endpoints) endpoint.close()
      await pending.idle()
    },
  }
}
