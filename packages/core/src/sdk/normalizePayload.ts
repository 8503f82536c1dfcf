import { CobrowseError } from '../errors/CobrowseError.js'
import type { KitErrorCode } from '../errors/errorCatalog.js'

/**
 * The single place where the kit reads Zoom payloads whose shape is unconfirmed. When Zoom's real shape is known,
 * change it here and nowhere else.
 */

type Loose = Record<string, unknown> | null | undefined

function firstString(payload: Loose, keys: readonly string[]): string | undefined {
  if (!payload || typeof payload !== 'object') return undefined
  for (const key of keys) {
    const value = payload[key]
    if (typeof value === 'string' && value !== '') return value
    if (typeof value === 'number') return String(value)
  }
  return undefined
}

/** The PIN of a `pincode_updated` payload: Zoom's samples use `pinCode`, other docs `pincode`. */
export function readPinCode(payload: Loose): string | undefined {
  return firstString(payload, ['pinCode', 'pincode', 'pin_code', 'pin'])
}

/** An agent in the customer's session, as the kit exposes it. */
export interface Agent {
  /** Stable within the session; generated when the SDK payload carries no id. */
  id: string
  /** Display name; empty when the SDK gives none. */
  name: string
}

/** The agent of an `agent_joined` / `agent_left` payload (undocumented shape). */
export function readAgent(payload: Loose): { id?: string; name: string } {
  const id = firstString(payload, ['userId', 'user_id', 'id', 'agentId', 'participantId'])
  const name = firstString(payload, ['userName', 'user_name', 'displayName', 'name']) ?? ''
  return id === undefined ? { name } : { id, name }
}

/** An optional reason string of `session_ended`. */
export function readEndReason(payload: Loose): string | undefined {
  return firstString(payload, ['reason', 'endReason', 'end_reason'])
}

/**
 * Any error the SDK hands over (`session_error` payload, failed `init`, a thrown value) as a `CobrowseError`.
 * Numeric codes keep Zoom's meaning; the SDK's own text, when present, becomes the message.
 */
export function toCobrowseError(value: unknown, fallback: KitErrorCode = 'unknown'): CobrowseError {
  if (value instanceof CobrowseError) return value
  const payload = (typeof value === 'object' && value !== null ? value : undefined) as Loose
  const rawCode = payload?.code
  const code =
    typeof rawCode === 'number'
      ? rawCode
      : typeof rawCode === 'string' && /^\d+$/.test(rawCode)
        ? Number(rawCode)
        : undefined
  const text =
    firstString(payload, ['errorMsg', 'message', 'reason']) ?? (typeof value === 'string' ? value : undefined)
  return new CobrowseError(code ?? fallback, {
    ...(text === undefined ? {} : { message: text }),
    cause: value,
  })
}
