import type { AgentPresencePayload, CustomerEventMap } from '../sdk/customerEvents.js'
import { delay } from './delay.js'
import type { TimelineStep } from './timeline.js'

/** What the fake customer SDK tracks across steps and calls. Mutated in place. */
export interface FakeCustomerState {
  /** Started (or joined) and not ended. */
  live: boolean
  /** The last PIN issued. */
  pin: string | undefined
  /** The `customPinCode` given to the current session's `start()`. */
  customPin: string | undefined
  /** Agents present, in join order. */
  agents: { userId: string; userName: string }[]
  /** Agents who ever joined: numbers the default agents. */
  agentsJoined: number
}

type Emit = <E extends keyof CustomerEventMap>(event: E, payload: CustomerEventMap[E]) => void

function randomPin(): string {
  return String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0')
}

// Removes the wanted agent (by id, else by name; default the latest) and returns what `agent_left` should carry.
function removeAgent(state: FakeCustomerState, wanted: TimelineStep & { type: 'agent-left' }): AgentPresencePayload {
  const { agent } = wanted
  const index = agent
    ? state.agents.findIndex((a) =>
        agent.userId === undefined ? a.userName === agent.userName : a.userId === agent.userId,
      )
    : state.agents.length - 1
  const found = state.agents[index]
  if (!found) return { ...agent }
  state.agents = state.agents.filter((_, i) => i !== index)
  return { ...found }
}

/**
 * Applies one timeline step to the fake customer session: updates `state`, then emits what the real SDK would.
 * Returns a promise only for `wait` steps.
 *
 * @internal Used by `createFakeCustomerSdk`; not part of the public API.
 */
export function applyCustomerStep(step: TimelineStep, state: FakeCustomerState, emit: Emit): Promise<void> | undefined {
  switch (step.type) {
    case 'session-started':
    case 'network-restored':
      state.live = true
      emit('session_started', {})
      return
    case 'pin-issued': {
      const pin = step.pin ?? state.customPin?.toUpperCase() ?? state.pin ?? randomPin()
      state.pin = pin
      // Both keys: Zoom's samples disagree on which one the SDK sends.
      emit('pincode_updated', { pinCode: pin, pincode: pin })
      return
    }
    case 'agent-joined': {
      state.agentsJoined += 1
      const n = state.agentsJoined
      const agent = { userId: `agent-${n}`, userName: `Agent ${n}`, ...step.agent }
      state.agents = [...state.agents, agent]
      emit('agent_joined', { ...agent })
      return
    }
    case 'agent-left':
      emit('agent_left', removeAgent(state, step))
      return
    case 'remote-assist-requested':
      emit('remote_assist_requested', {
        remoteAssistType: step.remoteAssistType ?? 'scroll_page',
        ...(step.userName === undefined ? {} : { userName: step.userName }),
      })
      return
    case 'remote-assist-started':
      emit('remote_assist_started', { remoteAssistType: step.remoteAssistType ?? 'scroll_page' })
      return
    case 'remote-assist-stopped':
      emit('remote_assist_stopped', { remoteAssistType: step.remoteAssistType ?? 'scroll_page' })
      return
    case 'network-dropped':
      emit('session_reconnecting', {})
      return
    case 'error':
      emit(
        'session_error',
        step.errorMsg === undefined ? { code: step.code } : { code: step.code, errorMsg: step.errorMsg },
      )
      return
    case 'session-ended':
      state.live = false
      state.agents = []
      emit('session_ended', step.reason === undefined ? {} : { reason: step.reason })
      return
    case 'wait':
      return delay(step.ms)
  }
}
