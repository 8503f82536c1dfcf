import {
  type Agent,
  type CobrowseError,
  type SessionState,
  type SessionStatus,
  type SessionStore,
  selectAgents,
  selectError,
  selectPin,
} from '@cobrowse-kit/core'
import { useMemo } from 'react'
import { useStore } from 'zustand'
import { useCobrowseStore } from '../context/useCobrowseStore.js'

const whole = (state: SessionState) => state

/** What `useCobrowseSession()` returns. */
export interface CobrowseSession {
  /** The full state, a union on `status`: narrow it for status-specific fields. */
  state: SessionState
  status: SessionStatus
  /** The PIN to read to the agent, when there is one. */
  pin: string | undefined
  agents: readonly Agent[]
  error: CobrowseError | undefined
  /** Loads the SDK ahead of time (e.g. on hover) so that starting is quick. */
  load: () => Promise<void>
  start: () => Promise<void>
  end: () => void
  retry: () => Promise<void>
  /** Resumes a recoverable session (only needed with `autoRejoin: false`). */
  join: () => Promise<void>
}

/**
 * The customer session and its actions. Re-renders on every session change; for a single value prefer
 * `useCobrowseState(selector)` or `usePincode()`.
 *
 * @example
 * const { status, pin, start, end } = useCobrowseSession()
 */
export function useCobrowseSession(store?: SessionStore): CobrowseSession {
  const resolved = useCobrowseStore(store, 'useCobrowseSession')
  const state = useStore(resolved, whole)
  return useMemo(
    () => ({
      state,
      status: state.status,
      pin: selectPin(state),
      agents: selectAgents(state),
      error: selectError(state),
      load: resolved.load,
      start: resolved.start,
      end: resolved.end,
      retry: resolved.retry,
      join: resolved.join,
    }),
    [state, resolved],
  )
}
