import { REST_FIDELITY } from '../config/restFidelity.js'
import { type RestReply, validationFailed } from './restReply.js'

const { min, max, default: fallback } = REST_FIDELITY.pageSize

/**
 * `page_size` of a listing: a whole number from 30 to 300, 30 when absent (or empty, as clients that serialise an
 * unset option send it). Anything else is a 400 rather than a silent clamp, so a client's mistake shows in dev.
 */
export function readPageSize(
  params: URLSearchParams,
): { ok: true; pageSize: number } | { ok: false; reply: RestReply } {
  const text = params.get('page_size')
  if (text === null || text === '') return { ok: true, pageSize: fallback }
  const value = Number(text)
  if (!/^\d+$/.test(text) || value < min || value > max) {
    return {
      ok: false,
      reply: validationFailed('page_size', `page_size must be a whole number from ${min} to ${max}, got ${text}.`),
    }
  }
  return { ok: true, pageSize: value }
}
