import type { SessionStore } from '@cobrowse-kit/core'
import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react'
import { useCobrowseStore } from '../context/useCobrowseStore.js'
import { useCobrowseEvent } from '../hooks/useCobrowseEvent.js'
import { useCobrowseState } from '../hooks/useCobrowseState.js'
import { useCobrowseMessages } from '../messages/useCobrowseMessages.js'

export interface RemoteAssistConsentProps {
  /**
   * Who asks the customer when an agent requests remote assist. `'host'`: this component's dialog, answered through
   * the SDK. `'sdk'`: the SDK's own prompt (Zoom's SDK always shows one; it has no API for a host answer). Default:
   * `'host'` when the SDK accepts a host answer, else `'sdk'`.
   */
  consent?: 'host' | 'sdk'
  /** Show the persistent "An agent can see this page" banner, with its stop buttons, while a session is active. Default true. */
  banner?: boolean
  /** Called with the customer's answer in the host dialog. */
  onAnswer?: (allowed: boolean) => void
  /** Use this store instead of the nearest provider's. */
  store?: SessionStore
  /** Extra class on the root element; the kit's own classes start with `cbk-`. */
  className?: string
}

const FOCUSABLE = 'button:not([disabled])'

/**
 * The focused element as seen from `node`'s tree. Inside a shadow root `document.activeElement` is the shadow host,
 * so the root's own `activeElement` is the one that can be compared with (and given focus back to) the dialog's
 * buttons; when focus is outside that root, the document's answer is the right one.
 */
function focusedFrom(node: Node | null): Element | null {
  const root = node?.getRootNode()
  return (root instanceof ShadowRoot ? root.activeElement : null) ?? document.activeElement
}

/**
 * Remote-assist consent for the customer: a focus-trapped dialog when an agent asks to scroll (allow / deny), and a
 * persistent banner with stop buttons while an agent can see the page.
 *
 * @example
 * <RemoteAssistConsent onAnswer={(allowed) => analytics.track('remote_assist', { allowed })} />
 */
export function RemoteAssistConsent({
  consent,
  banner = true,
  onAnswer,
  store,
  className,
}: RemoteAssistConsentProps): ReactNode {
  const resolved = useCobrowseStore(store, 'RemoteAssistConsent')
  const m = useCobrowseMessages()
  const status = useCobrowseState((s) => s.status, resolved)
  const remoteAssist = useCobrowseState((s) => (s.status === 'active' ? s.remoteAssist : 'off'), resolved)
  const [agentName, setAgentName] = useState('')
  useCobrowseEvent('remote_assist_requested', (payload) => setAgentName(String(payload.userName ?? '')), resolved)

  // Dialog and banner both on this side: an SDK that can hide its own (the emulator) is told to, so the customer is
  // never asked twice. Zoom's SDK has no such switch; there this changes nothing.
  useEffect(() => (consent !== 'sdk' && banner ? resolved.claimConsentUi() : undefined), [resolved, consent, banner])

  const hostAnswers = (consent ?? (resolved.canAnswerRemoteAssist() ? 'host' : 'sdk')) === 'host'
  const asking = hostAnswers && remoteAssist === 'requested'
  const answer = (allowed: boolean) => {
    resolved.respondToRemoteAssist(allowed)
    onAnswer?.(allowed)
  }
  const live = status === 'active' || status === 'reconnecting'
  const root = className ? `cbk-consent ${className}` : 'cbk-consent'

  return (
    <div className={root} data-remote-assist={remoteAssist}>
      {banner && live && (
        <section className="cbk-consent__banner" aria-label={m.agentCanSeePage}>
          <p className="cbk-consent__text">{remoteAssist === 'on' ? m.agentCanScroll : m.agentCanSeePage}</p>
          {remoteAssist === 'on' && resolved.canAnswerRemoteAssist() && (
            <button type="button" onClick={() => resolved.stopRemoteAssist()}>
              {m.stopScrolling}
            </button>
          )}
          <button type="button" className="cbk-consent__stop" onClick={resolved.end}>
            {m.stopSharing}
          </button>
        </section>
      )}
      {asking && <ConsentDialog agentName={agentName} onAnswer={answer} />}
    </div>
  )
}

function ConsentDialog({
  agentName,
  onAnswer,
}: {
  agentName: string
  onAnswer: (allowed: boolean) => void
}): ReactNode {
  const m = useCobrowseMessages()
  const id = useId()
  const dialog = useRef<HTMLDivElement>(null)
  const deny = useRef<HTMLButtonElement>(null)

  // Focus moves into the dialog (on the safe answer) and returns to where it was once the dialog closes.
  useEffect(() => {
    const focused = focusedFrom(dialog.current)
    const previous = focused instanceof HTMLElement ? focused : null
    deny.current?.focus()
    return () => previous?.focus()
  }, [])

  const trapFocus = (event: KeyboardEvent) => {
    if (event.key === 'Escape') return onAnswer(false)
    if (event.key !== 'Tab' || !dialog.current) return
    const items = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)]
    const first = items[0]
    const last = items.at(-1)
    const focused = focusedFrom(dialog.current)
    if (event.shiftKey && focused === first) {
      event.preventDefault()
      last?.focus()
    } else if (!event.shiftKey && focused === last) {
      event.preventDefault()
      first?.focus()
    }
  }

  return (
    <div className="cbk-consent__backdrop">
      <div
        ref={dialog}
        className="cbk-consent__dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        onKeyDown={trapFocus}
      >
        <h2 id={`${id}-title`} className="cbk-consent__title">
          {m.remoteAssistTitle}
        </h2>
        <p id={`${id}-body`}>{m.remoteAssistQuestion(agentName)}</p>
        <div className="cbk-consent__actions">
          <button ref={deny} type="button" onClick={() => onAnswer(false)}>
            {m.deny}
          </button>
          <button type="button" className="cbk-consent__allow" onClick={() => onAnswer(true)}>
            {m.allow}
          </button>
        </div>
      </div>
    </div>
  )
}
