import { toHex } from '../crypto/hex.js'

const encoder = new TextEncoder()

/**
 * The identity of one delivery, for deduplication: event name, `event_ts` and the SHA-256 of the raw body. A retry
 * Zoom signs afresh carries a new timestamp header but the same body, so the key ignores headers.
 */
export async function webhookDeliveryKey(name: string, body: unknown, raw: string): Promise<string> {
  const eventTs = (body as { event_ts?: unknown } | null)?.event_ts
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(raw)))
  return `${name}:${typeof eventTs === 'number' ? eventTs : ''}:${toHex(digest)}`
}
