/** Request headers as a `Headers` object or a plain record (Node's `req.headers`, a framework's header map). */
export type WebhookHeaders = Headers | Record<string, string | undefined>

/**
 * One header's value, looked up case-insensitively. A value that is not a single string (Node gives arrays for a
 * repeated header) counts as absent: Zoom sends each header once.
 */
export function webhookHeader(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof headers !== 'object' || headers === null) return undefined
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name) return typeof value === 'string' ? value : undefined
  }
  return undefined
}
