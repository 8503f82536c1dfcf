import type { SessionStore } from '@cobrowse-kit/core'
import type { ReactNode } from 'react'
import { useCobrowseSession } from '../hooks/useCobrowseSession.js'
import { usePincode } from '../hooks/usePincode.js'
import { useCobrowseMessages } from '../messages/useCobrowseMessages.js'
import { PinCopyButton } from './PinCopyButton.js'
import { VisuallyHidden } from './VisuallyHidden.js'

export interface CobrowseButtonProps {
  /** Text of the button that starts a session. Default: the `getHelp` message ("Get help" in English). */
  label?: string
  /** Extra class on the root element; the kit's own classes start with `cbk-`. */
  className?: string
  /** Use this store instead of the nearest provider's. */
  store?: SessionStore
  /**
   * Adds `<PinDisplay>`'s "Copy PIN" button and its feedback next to the PIN, for layouts where the button is the
   * only place the PIN appears (the script-tag embed). Default false: the PIN alone.
   */
  copyable?: boolean
}

/**
 * The whole customer flow in one element: start, show the PIN, show that an agent is connected, end, retry.
 * The SDK loads on intent (hover or focus), not on page load.
 */
export function CobrowseButton({ label, className, store, copyable = false }: CobrowseButtonProps): ReactNode {
  const m = useCobrowseMessages()
  const startLabel = label ?? m.getHelp
  const session = useCobrowseSession(store)
  const { groups, pin, copy } = usePincode(store ? { store } : {})
  const { state } = session
  const rootClass = className ? `cbk-cobrowse ${className}` : 'cbk-cobrowse'
  const endButton = (
    <button type="button" className="cbk-cobrowse__end" onClick={session.end}>
      {m.endSession}
    </button>
  )

  let body: ReactNode
  let announcement = ''
  switch (state.status) {
    case 'idle':
    case 'ready':
    case 'loading':
      body = (
        <button
          type="button"
          className="cbk-cobrowse__start"
          onPointerEnter={() => void session.load()}
          onFocus={() => void session.load()}
          onClick={() => void session.start()}
        >
          {startLabel}
        </button>
      )
      break
    case 'starting':
      announcement = m.startingAnnouncement
      body = (
        <button type="button" className="cbk-cobrowse__start" disabled aria-busy="true">
          {m.starting}
        </button>
      )
      break
    case 'pin':
      announcement = m.pinAnnouncement([...(pin ?? '')].join(' '))
      body = (
        <>
          <p className="cbk-cobrowse__pin">
            {m.pinLabel} <strong aria-hidden="true">{groups.join(' ')}</strong>
            {/* Read character by character, so a screen reader does not say "one hundred twenty-three". */}
            <VisuallyHidden>{pin?.split('').join(' ')}</VisuallyHidden>
          </p>
          {copyable && pin && <PinCopyButton pin={pin} copy={copy} />}
          {endButton}
        </>
      )
      break
    case 'active':
      announcement = m.agentConnectedAnnouncement
      body = (
        <>
          <p className="cbk-cobrowse__agents">{m.agentConnected}</p>
          {endButton}
        </>
      )
      break
    case 'reconnecting':
      announcement = m.reconnecting
      body = (
        <>
          <p className="cbk-cobrowse__reconnecting">{m.reconnecting}</p>
          {endButton}
        </>
      )
      break
    case 'ended':
      announcement = m.sessionEndedAnnouncement
      body = (
        <>
          <p className="cbk-cobrowse__ended">{m.sessionEnded}</p>
          <button type="button" className="cbk-cobrowse__start" onClick={() => void session.retry()}>
            {startLabel}
          </button>
        </>
      )
      break
    case 'error':
      announcement = m.errorMessage(state.error)
      body = (
        <>
          <p className="cbk-cobrowse__error" role="alert">
            {m.errorMessage(state.error)} <span className="cbk-cobrowse__hint">{m.errorHint(state.error)}</span>
          </p>
          <button type="button" className="cbk-cobrowse__retry" onClick={() => void session.retry()}>
            {m.tryAgain}
          </button>
        </>
      )
      break
  }

  return (
    <div className={rootClass} data-state={state.status}>
      {body}
      <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
    </div>
  )
}
