import type { CobrowseError } from '../errors/CobrowseError.js'
import type { Agent } from '../sdk/normalizePayload.js'
import type { EndReason, SessionPhase, SessionState, SessionStatus } from './sessionState.js'

/** Every named transition of the session. Events from the SDK and actions of the store are mapped onto these. */
export type SessionTransition =
  | { type: 'LOAD_STARTED' }
  | { type: 'SDK_READY' }
  | { type: 'START_REQUESTED' }
  | { type: 'RECOVERY_STARTED'; pin: string | undefined }
  | { type: 'SESSION_STARTED' }
  | { type: 'PIN_ISSUED'; pin: string }
  | { type: 'AGENT_JOINED'; agent: Agent }
  | { type: 'AGENT_LEFT'; agentId: string | undefined }
  | { type: 'REMOTE_ASSIST_REQUESTED'; agent: { id?: string; name: string } }
  | { type: 'REMOTE_ASSIST_STARTED' }
  | { type: 'REMOTE_ASSIST_STOPPED' }
  | { type: 'CONNECTION_LOST' }
  | { type: 'SESSION_ENDED'; reason: EndReason; detail?: string }
  | { type: 'FAILED'; error: CobrowseError; during: SessionPhase }
  | { type: 'RESET'; sdkReady: boolean }

export type SessionTransitionType = SessionTransition['type']

type Handler<T extends SessionTransitionType> = (
  state: SessionState,
  transition: Extract<SessionTransition, { type: T }>,
) => SessionState

interface Rule<T extends SessionTransitionType> {
  /** States the transition is legal from. From any other state it is ignored (and reported in development). */
  from: readonly SessionStatus[]
  to: Handler<T>
}

const LIVE: readonly SessionStatus[] = ['starting', 'pin', 'active', 'reconnecting']

/** Back to the waiting screen or the agent view, whichever the session has. */
function settle(pin: string | undefined, agents: readonly Agent[]): SessionState {
  if (pin === undefined) return { status: 'starting' }
  return agents.length > 0 ? { status: 'active', pin, agents, remoteAssist: 'off' } : { status: 'pin', pin }
}

function withRemoteAssist(state: SessionState, remoteAssist: 'off' | 'requested' | 'on'): SessionState {
  if (state.status !== 'active' || state.remoteAssist === remoteAssist) return state
  if (remoteAssist !== 'off') return { ...state, remoteAssist }
  const { remoteAssistBy: _lapsed, ...rest } = state
  return { ...rest, remoteAssist }
}

/**
 * The agent of a remote-assist request, as one of the session's agents: matched by id, else by name, else the
 * payload's own reading (Zoom's payload shape is unconfirmed; a name alone is still worth showing).
 */
function asker(agents: readonly Agent[], wanted: { id?: string; name: string }): Agent | undefined {
  const known =
    (wanted.id === undefined ? undefined : agents.find((agent) => agent.id === wanted.id)) ??
    (wanted.name ? agents.find((agent) => agent.name === wanted.name) : undefined)
  if (known) return known
  if (wanted.id === undefined && !wanted.name) return agents.length === 1 ? agents[0] : undefined
  return { id: wanted.id ?? '', name: wanted.name }
}

const RULES: { [T in SessionTransitionType]: Rule<T> } = {
  LOAD_STARTED: { from: ['idle', 'error'], to: () => ({ status: 'loading' }) },
  SDK_READY: { from: ['loading'], to: () => ({ status: 'ready' }) },
  START_REQUESTED: { from: ['ready', 'ended'], to: () => ({ status: 'starting' }) },
  RECOVERY_STARTED: { from: ['ready'], to: (_, t) => ({ status: 'reconnecting', pin: t.pin, agents: [] }) },
  SESSION_STARTED: {
    from: ['starting', 'pin', 'active', 'reconnecting'],
    to: (state) => (state.status === 'reconnecting' ? settle(state.pin, state.agents) : state),
  },
  PIN_ISSUED: {
    from: LIVE,
    to: (state, { pin }) => {
      if (state.status === 'active') return state.pin === pin ? state : { ...state, pin }
      if (state.status === 'reconnecting') return settle(pin, state.agents)
      return state.status === 'pin' && state.pin === pin ? state : { status: 'pin', pin }
    },
  },
  AGENT_JOINED: {
    from: ['pin', 'active', 'reconnecting'],
    to: (state, { agent }) => {
      if (state.status === 'reconnecting') {
        const agents = state.agents.some((a) => a.id === agent.id) ? state.agents : [...state.agents, agent]
        return state.pin === undefined ? { ...state, agents } : settle(state.pin, agents)
      }
      if (state.status === 'active') {
        if (state.agents.some((a) => a.id === agent.id)) return state
        return { ...state, agents: [...state.agents, agent] }
      }
      return state.status === 'pin' ? { status: 'active', pin: state.pin, agents: [agent], remoteAssist: 'off' } : state
    },
  },
  AGENT_LEFT: {
    from: ['pin', 'active', 'reconnecting'],
    to: (state, { agentId }) => {
      if (state.status !== 'active' && state.status !== 'reconnecting') return state
      // Without an id (payload shape unconfirmed) the most recent agent is the best guess.
      const index = agentId === undefined ? state.agents.length - 1 : state.agents.findIndex((a) => a.id === agentId)
      if (index < 0) return state
      const agents = state.agents.filter((_, i) => i !== index)
      if (state.status === 'reconnecting') return { ...state, agents }
      if (agents.length === 0) return { status: 'pin', pin: state.pin }
      // Consent was given to (or asked by) the agent who left; it does not pass to the others.
      const lapsed = state.remoteAssistBy !== undefined && state.remoteAssistBy.id === state.agents[index]?.id
      return lapsed ? withRemoteAssist({ ...state, agents }, 'off') : { ...state, agents }
    },
  },
  REMOTE_ASSIST_REQUESTED: {
    from: ['active'],
    to: (state, { agent }) => {
      if (state.status !== 'active') return state
      const by = asker(state.agents, agent)
      const next = { ...state, remoteAssist: 'requested' as const }
      if (by)
        return state.remoteAssist === 'requested' && state.remoteAssistBy === by
          ? state
          : { ...next, remoteAssistBy: by }
      const { remoteAssistBy: _unknown, ...rest } = next
      return rest
    },
  },
  REMOTE_ASSIST_STARTED: { from: ['active'], to: (state) => withRemoteAssist(state, 'on') },
  REMOTE_ASSIST_STOPPED: { from: ['active', 'pin'], to: (state) => withRemoteAssist(state, 'off') },
  CONNECTION_LOST: {
    from: ['pin', 'active', 'reconnecting'],
    to: (state) =>
      state.status === 'pin' || state.status === 'active'
        ? { status: 'reconnecting', pin: state.pin, agents: state.status === 'active' ? state.agents : [] }
        : state,
  },
  SESSION_ENDED: {
    // The SDK confirms an end() the store already applied ('ended'), or one of a session left behind by retry()
    // ('ready'): legal, and changes nothing.
    from: [...LIVE, 'ended', 'ready'],
    to: (state, { reason, detail }) =>
      state.status === 'ended' || state.status === 'ready'
        ? state
        : detail === undefined
          ? { status: 'ended', reason }
          : { status: 'ended', reason, detail },
  },
  FAILED: {
    from: ['idle', 'loading', 'ready', ...LIVE],
    to: (_, { error, during }) => ({ status: 'error', error, during }),
  },
  RESET: { from: ['error', 'ended'], to: (_, { sdkReady }) => ({ status: sdkReady ? 'ready' : 'idle' }) },
}

/** Result of a transition: the next state, or `ignored` when the transition is illegal from the current state. */
export type TransitionResult = { ignored: false; state: SessionState } | { ignored: true; state: SessionState }

/**
 * The session's state machine as a pure function. Illegal transitions leave the state untouched and say so,
 * so the store can report them in development instead of silently corrupting the session.
 */
export function transitionSession(state: SessionState, transition: SessionTransition): TransitionResult {
  const rule = RULES[transition.type] as Rule<SessionTransitionType>
  if (!rule.from.includes(state.status)) return { ignored: true, state }
  return { ignored: false, state: rule.to(state, transition as never) }
}
