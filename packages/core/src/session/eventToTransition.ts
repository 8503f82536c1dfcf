import type { CustomerEventMap, CustomerEventName } from '../sdk/customerEvents.js'
import { readAgent, readEndReason, readPinCode, toCobrowseError } from '../sdk/normalizePayload.js'
import type { SessionPhase, SessionStatus } from './sessionState.js'
import type { SessionTransition } from './sessionTransition.js'

export interface EventContext {
  status: SessionStatus
  /** Makes an id for an agent whose payload carries none. */
  nextAgentId: () => string
}

/** Which step an error belongs to, read from where the session was when it arrived. */
function phaseOf(status: SessionStatus): SessionPhase {
  if (status === 'loading' || status === 'idle') return 'load'
  if (status === 'starting') return 'start'
  if (status === 'reconnecting') return 'join'
  return 'session'
}

/** Maps one SDK event onto the session's named transition; `undefined` for events that change nothing. */
export function eventToTransition<E extends CustomerEventName>(
  event: E,
  payload: CustomerEventMap[E] | undefined,
  context: EventContext,
): SessionTransition | undefined {
  switch (event) {
    case 'session_started':
      return { type: 'SESSION_STARTED' }
    case 'pincode_updated': {
      const pin = readPinCode(payload)
      return pin === undefined ? undefined : { type: 'PIN_ISSUED', pin: pin.toUpperCase() }
    }
    case 'agent_joined': {
      const { id, name } = readAgent(payload)
      return { type: 'AGENT_JOINED', agent: { id: id ?? context.nextAgentId(), name } }
    }
    case 'agent_left':
      return { type: 'AGENT_LEFT', agentId: readAgent(payload).id }
    case 'remote_assist_requested':
      return { type: 'REMOTE_ASSIST_REQUESTED', agent: readAgent(payload) }
    case 'remote_assist_started':
      return { type: 'REMOTE_ASSIST_STARTED' }
    case 'remote_assist_stopped':
      return { type: 'REMOTE_ASSIST_STOPPED' }
    case 'session_reconnecting':
      return { type: 'CONNECTION_LOST' }
    case 'session_error':
      return { type: 'FAILED', error: toCobrowseError(payload), during: phaseOf(context.status) }
    case 'session_ended': {
      const detail = readEndReason(payload)
      // Ending while reconnecting means the refresh/drop was not resumed within Zoom's window.
      const reason =
        detail === 'ended_by_customer'
          ? 'ended_by_customer'
          : context.status === 'reconnecting'
            ? 'not_recovered'
            : 'ended_remotely'
      return detail === undefined ? { type: 'SESSION_ENDED', reason } : { type: 'SESSION_ENDED', reason, detail }
    }
    default:
      return undefined
  }
}
