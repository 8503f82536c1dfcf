import type { CobrowseError } from '../errors/CobrowseError.js'
import type { Agent } from '../sdk/normalizePayload.js'

/** Whether an agent may act on the page: asked for and waiting on the customer, running, or not at all. */
export type RemoteAssistStatus = 'off' | 'requested' | 'on'

/** Why a session ended: the customer ended it, the service or an agent did, or a refresh could not resume it. */
export type EndReason = 'ended_by_customer' | 'ended_remotely' | 'not_recovered'

/** Which step failed, so `retry()` knows what to run again. */
export type SessionPhase = 'load' | 'start' | 'join' | 'session'

/**
 * The customer session as a discriminated union on `status`. It changes only through named transitions
 * (see `transitionSession`), never by assignment.
 *
 * idle → loading → ready → starting → pin → active ⇄ reconnecting → ended | error
 */
export type SessionState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready' }
  | { readonly status: 'starting' }
  | { readonly status: 'pin'; readonly pin: string }
  | {
      readonly status: 'active'
      readonly pin: string
      readonly agents: readonly Agent[]
      readonly remoteAssist: RemoteAssistStatus
      /**
       * The agent who asked for remote assist, while it is requested or on. Consent covers that agent only: when
       * they leave, the request lapses.
       */
      readonly remoteAssistBy?: Agent
    }
  | { readonly status: 'reconnecting'; readonly pin: string | undefined; readonly agents: readonly Agent[] }
  | { readonly status: 'ended'; readonly reason: EndReason; readonly detail?: string }
  | { readonly status: 'error'; readonly error: CobrowseError; readonly during: SessionPhase }

export type SessionStatus = SessionState['status']

/** The state of one status, e.g. `SessionStateOf<'active'>`. */
export type SessionStateOf<S extends SessionStatus> = Extract<SessionState, { status: S }>

const NO_AGENTS: readonly Agent[] = []

/** The PIN to show, in every state that has one. */
export function selectPin(state: SessionState): string | undefined {
  return state.status === 'pin' || state.status === 'active' || state.status === 'reconnecting' ? state.pin : undefined
}

/** Agents in the session; the same empty array when there are none, so selectors stay referentially stable. */
export function selectAgents(state: SessionState): readonly Agent[] {
  return state.status === 'active' || state.status === 'reconnecting' ? state.agents : NO_AGENTS
}

/** Remote assist as a customer UI needs it: its status and the agent who asked. */
export function selectRemoteAssist(state: SessionState): { status: RemoteAssistStatus; agent: Agent | undefined } {
  return state.status === 'active'
    ? { status: state.remoteAssist, agent: state.remoteAssistBy }
    : { status: 'off', agent: undefined }
}

/** The current error, if the session is in the error state. */
export function selectError(state: SessionState): CobrowseError | undefined {
  return state.status === 'error' ? state.error : undefined
}

/** True while a session exists on the service (a PIN was or is being issued and it has not ended). */
export function isSessionLive(state: SessionState): boolean {
  return state.status === 'starting' || selectPin(state) !== undefined || state.status === 'reconnecting'
}
