const encoder = new TextEncoder()

/**
 * The identity of one delivery, for deduplication: event name, `event_ts` and the SHA-256 of the raw body. A retry
 * Zoom signs afresh carries a new timestamp header but the same body, so the key ignores headers.
 */
export async function webhookDeliveryKey(name: string, body: unknown, raw: string): Promise<string> {
  const eventTs = (body as { event_ts?: unknown } | null)?.event_ts
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(raw)))
  let hex = ''
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0')
  return `${name}:${typeof eventTs === 'number' ? eventTs : ''}:${hex}`
}
