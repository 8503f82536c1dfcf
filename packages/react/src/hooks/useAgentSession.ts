import {
  type AgentSessionConfig,
  type AgentSessionState,
  type AgentSessionStore,
  type CobrowseError,
  createAgentSessionStore,
} from '@cobrowse-kit/core'
import { useState } from 'react'
import { useStore } from 'zustand'

/** What `useAgentSession()` returns. */
export interface AgentSessionHandle {
  state: AgentSessionState
  status: AgentSessionState['status']
  /** The PIN being joined or joined. */
  pin: string | undefined
  error: CobrowseError | undefined
  /** Joins the customer's session, rendering the viewer into `root` (an element or a selector). */
  join: (pin: string, root: HTMLElement | string) => Promise<void>
  leave: () => void
  store: AgentSessionStore
}

/**
 * The agent's side of a BYOP session through Zoom's agent SDK: join with the customer's PIN, leave, errors as
 * `CobrowseError`. Pass the configuration (read once) or a store from `createAgentSessionStore()`.
 *
 * @example
 * const agent = useAgentSession({ sdk: ZoomCobrowseAgentSDK, sdkKey, token: { url: '/api/cobrowse/agent-token' } })
 * agent.join(pin, viewerRef.current)
 */
export function useAgentSession(options: AgentSessionConfig | { store: AgentSessionStore }): AgentSessionHandle {
  const [store] = useState(() => ('store' in options ? options.store : createAgentSessionStore(options)))
  const state = useStore(store, (s) => s)
  return {
    state,
    status: state.status,
    pin: 'pin' in state ? state.pin : undefined,
    error: state.status === 'error' ? state.error : undefined,
    join: store.join,
    leave: store.leave,
    store,
  }
}
