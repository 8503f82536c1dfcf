import { FIDELITY } from '../../../config/fidelity.js'
import type { UserInfo } from '../../../protocol/messages.js'

/** `pincode_updated`: the PIN under every key Zoom's material uses (`FIDELITY.pinPayloadKeys`). */
export type PinPayload = Record<(typeof FIDELITY.pinPayloadKeys)[number], string>

/** Every event the emulated customer session emits, with its payload. */
export interface CustomerEvents {
  session_started: { sessionId: string }
  pincode_updated: PinPayload
  session_ended: { reason: string }
  agent_joined: UserInfo
  agent_left: UserInfo & { reason: string }
  session_error: { code: number; errorMsg: string }
  session_reconnecting: Record<string, never>
  /** Not in Zoom's list: the customer's answer to a remote-assist request is pending. */
  remote_assist_requested: UserInfo & { remoteAssistType: string }
  remote_assist_started: { remoteAssistType: string }
  /** `reason: 'declined'` when the customer refused a request rather than stopping a running assist. */
  remote_assist_stopped: { by: 'agent' | 'customer'; reason?: 'declined' }
}

/** Emits one customer event to the page's handlers. */
export type EmitCustomerEvent = <Name extends keyof CustomerEvents>(name: Name, payload: CustomerEvents[Name]) => void

/** Every event name, in the order a session usually emits them. */
export const CUSTOMER_EVENT_NAMES = [
  'session_started',
  'pincode_updated',
  'agent_joined',
  'remote_assist_requested',
  'remote_assist_started',
  'remote_assist_stopped',
  'agent_left',
  'session_reconnecting',
  'session_error',
  'session_ended',
] as const satisfies ReadonlyArray<keyof CustomerEvents>

/** `pincode_updated`'s payload for `pin`. */
export function pinPayload(pin: string): PinPayload {
  return Object.fromEntries(FIDELITY.pinPayloadKeys.map((key) => [key, pin])) as PinPayload
}
