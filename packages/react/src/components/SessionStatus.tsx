import { type SessionStatus as SessionStatusName, type SessionStore, selectAgents } from '@cobrowse-kit/core'
import type { ReactNode } from 'react'
import { useCobrowseState } from '../hooks/useCobrowseState.js'
import type { CobrowseMessages } from '../messages/CobrowseMessages.js'
import { useCobrowseMessages } from '../messages/useCobrowseMessages.js'

/** Props of {@link SessionStatus}. */
export interface SessionStatusProps {
  /** Extra class on the badge; the kit's own classes start with `cbk-`. */
  className?: string
  /** Use this store instead of the nearest provider's. */
  store?: SessionStore
}

function statusText(status: SessionStatusName, agentCount: number, messages: CobrowseMessages): string {
  switch (status) {
    case 'idle':
      return messages.statusIdle
    case 'loading':
      return messages.statusLoading
    case 'ready':
      return messages.statusReady
    case 'starting':
      return messages.statusStarting
    case 'pin':
      return messages.statusPin
    case 'active':
      return messages.statusActive(agentCount)
    case 'reconnecting':
      return messages.statusReconnecting
    case 'ended':
      return messages.statusEnded
    case 'error':
      return messages.statusError
  }
}

/**
 * A small badge naming the session's state, with the number of agents while they are connected. It is a polite live
 * region (`role="status"`), so a change is announced; `data-state` carries the raw status for styling and tests.
 *
 * @example
 * <SessionStatus className="support-header__status" />
 */
export function SessionStatus({ className, store }: SessionStatusProps): ReactNode {
  const messages = useCobrowseMessages()
  const status = useCobrowseState((state) => state.status, store)
  // A number, not the array: the badge re-renders when the count changes, not on every agent update.
  const agentCount = useCobrowseState((state) => selectAgents(state).length, store)
  const classes = `cbk-status cbk-status--${status}${className ? ` ${className}` : ''}`
  return (
    <span className={classes} role="status" data-state={status}>
      <span className="cbk-status__indicator" aria-hidden="true" />
      <span className="cbk-status__text">{statusText(status, agentCount, messages)}</span>
    </span>
  )
}
