import type { RawData } from 'ws'

/** A decoded client message: an object with a string `t`, other fields still unchecked. */
export type ClientMessage = { t: string } & Record<string, unknown>

/** Decodes one WebSocket frame; `undefined` for binary frames, bad JSON or anything without a string `t`. */
export function parseClientMessage(data: RawData, isBinary: boolean): ClientMessage | undefined {
  if (isBinary) return undefined
  const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data)
  let value: unknown
  try {
    value = JSON.parse(bytes.toString('utf8'))
  } catch {
    return undefined
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  return typeof (value as { t?: unknown }).t === 'string' ? (value as ClientMessage) : undefined
}
