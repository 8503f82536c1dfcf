import { jsonResponse, problemResponse } from '../http/httpProblem.js'
import { readBody } from '../http/readBody.js'
import { createMemoryDedupeStore } from './createMemoryDedupeStore.js'
import { createWebhookVerifier } from './createWebhookVerifier.js'
import type { WebhookDedupeStore } from './WebhookDedupeStore.js'
import { type WebhookHandlerError, webhookHandlerError } from './WebhookHandlerError.js'
import { resolveWebhookHandlerOptions, type WebhookHandlerOptions } from './WebhookHandlerOptions.js'
import { webhookDeliveryKey } from './webhookDeliveryKey.js'
import { webhookProblem } from './webhookProblem.js'

/**
 * A fetch-style endpoint for Zoom webhooks: POST only, JSON only, size-bounded, signature and timestamp verified,
 * URL validation answered, events typed, duplicates dropped, then `onEvent`. Bad input gets a 4xx with a reason;
 * the only 5xx is the host's own failure in `onEvent`. The returned function never throws or rejects.
 * Needs the raw body: with Express, mount it before `express.json()` (see `toNodeHandler`).
 *
 * @example
 * const webhooks = createWebhookHandler({
 *   secretToken: process.env.ZOOM_WEBHOOK_SECRET!,
 *   onEvent: async (event) => {
 *     if (event.type === 'cobrowse.session_ended') await sessions.close(event.body.payload.object.session_id)
 *   },
 * })
 * app.post('/zoom/webhooks', toNodeHandler(webhooks))
 */
export function createWebhookHandler(options: WebhookHandlerOptions): (request: Request) => Promise<Response> {
  const settings = resolveWebhookHandlerOptions(options)
  const verify = createWebhookVerifier(options.secretToken, settings.toleranceSeconds)
  const store = options.dedupe === false ? undefined : (options.dedupe ?? createMemoryDedupeStore())
  const report = (error: WebhookHandlerError) => {
    try {
      ;(options.onError ?? console.error)(error)
    } catch {
      // A failing error reporter must not turn into an exception in the host's server.
    }
  }

  async function handle(request: Request): Promise<Response> {
    if (request.method !== 'POST') return problemResponse(webhookProblem('method_not_allowed'), { allow: 'POST' })
    const read = await readBody(request, { maxBytes: settings.maxBodyBytes, contentTypes: ['application/json'] })
    if (!read.ok) return problemResponse(read.problem)
    const verified = await verify({ headers: request.headers, body: read.text })
    if (!verified.ok) return problemResponse(verified.problem)
    if (verified.kind === 'url_validation') return jsonResponse(200, verified.response)

    const { event, raw } = verified
    const name = event.type === 'unknown' ? event.name : event.type
    const deliveryKey = await webhookDeliveryKey(name, event.body, raw)
    const claimed = store ? await claim(store, deliveryKey, name) : false
    if (claimed === 'duplicate') return jsonResponse(200, { received: true, duplicate: true })
    try {
      await options.onEvent(event, { duplicate: false, deliveryKey, raw, request })
    } catch (cause) {
      if (claimed === true && store) await release(store, deliveryKey, name)
      report(webhookHandlerError('event_handler_failed', name, cause))
      return problemResponse(webhookProblem('event_handler_failed'))
    }
    return jsonResponse(200, { received: true })
  }

  /** `true`: first delivery; `'duplicate'`; `false`: the store failed, so the event is processed unguarded. */
  async function claim(dedupe: WebhookDedupeStore, key: string, name: string): Promise<boolean | 'duplicate'> {
    try {
      return (await dedupe.claim(key, settings.dedupeTtlMs)) ? true : 'duplicate'
    } catch (cause) {
      // Processing a possible duplicate beats dropping an event: handlers should be idempotent anyway.
      report(webhookHandlerError('dedupe_claim_failed', name, cause))
      return false
    }
  }

  async function release(dedupe: WebhookDedupeStore, key: string, name: string): Promise<void> {
    try {
      await dedupe.release(key)
    } catch (cause) {
      report(webhookHandlerError('dedupe_release_failed', name, cause))
    }
  }

  return async (request) => {
    try {
      return await handle(request)
    } catch (cause) {
      report(webhookHandlerError('internal_error', undefined, cause))
      return problemResponse(webhookProblem('internal_error'))
    }
  }
}
