import { importHmacKey } from '../crypto/hmacKey.js'
import { hmacHex, signedMessage } from './webhookSignature.js'

/** Options of `signWebhook`. */
export interface SignWebhookOptions {
  /** The event subscription's Secret Token. */
  secretToken: string
  /** The exact body that will be sent. */
  body: string
  /** Unix time in seconds the signature covers; now by default. */
  timestamp?: number
}

/** The two headers Zoom sends with every webhook. */
export interface WebhookSignatureHeaders {
  'x-zm-request-timestamp': string
  'x-zm-signature': string
}

/**
 * Signs a body the way Zoom does, for tests of your own webhook endpoint and for local emulation: the result goes
 * straight into a request's headers.
 *
 * @example
 * const body = JSON.stringify({ event: 'cobrowse.session_started', event_ts: Date.now(), payload })
 * const headers = await signWebhook({ secretToken, body })
 * await handler(new Request(url, { method: 'POST', body, headers: { ...headers, 'content-type': 'application/json' } }))
 */
export async function signWebhook(options: SignWebhookOptions): Promise<WebhookSignatureHeaders> {
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000))
  const digest = await hmacHex(await importHmacKey(options.secretToken), signedMessage(timestamp, options.body))
  return { 'x-zm-request-timestamp': timestamp, 'x-zm-signature': `v0=${digest}` }
}
