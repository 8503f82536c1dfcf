/**
 * Events of the customer session (`session.on(name, handler)`).
 *
 * Zoom documents the event names but few payloads. Every payload type below is therefore open (extra keys allowed)
 * and the kit reads them only through `normalizePayload.ts`, so a change on Zoom's side is a one-file fix.
 */

/** Payload of `pincode_updated`. Zoom's samples disagree on the key: read it with `readPinCode()`. */
export interface PincodeUpdatedPayload {
  /** Key used by Zoom's early Quickstart. */
  pinCode?: string
  /** Key used by secondary docs. Unconfirmed. */
  pincode?: string
  [key: string]: unknown
}

/** Payload of `agent_joined` / `agent_left`. Unconfirmed: likely the agent's user info. Read with `readAgent()`. */
export interface AgentPresencePayload {
  userId?: string
  userName?: string
  [key: string]: unknown
}

/** Payload of `session_error`. `code` is documented; `errorMsg` is seen in samples. */
export interface SessionErrorPayload {
  code: number
  errorMsg?: string
  [key: string]: unknown
}

/** Payload of `session_ended`. Unconfirmed; the kit reads an optional `reason`. */
export interface SessionEndedPayload {
  reason?: string
  [key: string]: unknown
}

/** Payload of `remote_assist_*` events. Unconfirmed. */
export interface RemoteAssistPayload {
  remoteAssistType?: string
  [key: string]: unknown
}

/** Payload of events whose shape Zoom does not document at all. */
export interface OpaquePayload {
  [key: string]: unknown
}

/** Every customer event name and the payload its handler receives. */
export interface CustomerEventMap {
  /** The PIN to give to the agent. The only PIN to show. */
  pincode_updated: PincodeUpdatedPayload
  session_started: OpaquePayload
  session_ended: SessionEndedPayload
  agent_joined: AgentPresencePayload
  agent_left: AgentPresencePayload
  session_error: SessionErrorPayload
  /** Unconfirmed name (secondary docs): the connection dropped and the SDK is reconnecting. */
  session_reconnecting: OpaquePayload
  /**
   * Not in Zoom's published list: an agent asked for remote assist and the customer's answer is pending. Zoom's SDK
   * shows its own consent pop-up instead; the kit's emulator and test kit emit this so host-driven consent UIs work.
   */
  remote_assist_requested: RemoteAssistPayload
  /** Unconfirmed name (secondary docs). */
  remote_assist_started: RemoteAssistPayload
  /** Unconfirmed name (secondary docs). */
  remote_assist_stopped: RemoteAssistPayload
}

export type CustomerEventName = keyof CustomerEventMap

export type CustomerEventHandler<E extends CustomerEventName> = (payload: CustomerEventMap[E]) => void

/** All customer event names, in the order a session usually emits them. */
export const CUSTOMER_EVENT_NAMES: readonly CustomerEventName[] = [
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
]
