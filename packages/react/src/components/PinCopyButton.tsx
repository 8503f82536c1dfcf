import { type ReactNode, useEffect, useRef, useState } from 'react'
import { useCobrowseMessages } from '../messages/useCobrowseMessages.js'

/** Props of {@link PinCopyButton}. */
export interface PinCopyButtonProps {
  /** The PIN on screen; a new one clears the confirmation (or failure) of the old one. */
  pin: string
  /** Writes the PIN to the clipboard; resolves `false` when the browser has no clipboard or refuses. */
  copy: () => Promise<boolean>
  /** How long the "Copied" confirmation stays, in milliseconds. Default 2000. */
  copiedResetMs?: number
}

type CopyFeedback = 'none' | 'copied' | 'failed'

/**
 * The "Copy PIN" button and its polite feedback: "Copied", or how to copy by hand when the clipboard is refused.
 * Shared by `<PinDisplay>` and `<CobrowseButton copyable>`, so both copy and announce the same way.
 */
export function PinCopyButton({ pin, copy, copiedResetMs = 2000 }: PinCopyButtonProps): ReactNode {
  const messages = useCobrowseMessages()
  const [feedback, setFeedback] = useState<CopyFeedback>('none')
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const mounted = useRef(true)

  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
      clearTimeout(timer.current)
    }
  }, [])

  // A new PIN makes the old confirmation (or failure) meaningless.
  const [shownPin, setShownPin] = useState(pin)
  if (shownPin !== pin) {
    setShownPin(pin)
    setFeedback('none')
  }

  const onCopy = async () => {
    clearTimeout(timer.current)
    const ok = await copy()
    if (!mounted.current) return
    setFeedback(ok ? 'copied' : 'failed')
    // The failure hint stays: the customer needs it while selecting the PIN by hand.
    if (ok) timer.current = setTimeout(() => setFeedback('none'), copiedResetMs)
  }

  const feedbackText = feedback === 'copied' ? messages.pinCopied : feedback === 'failed' ? messages.copyFailed : ''
  return (
    <>
      <button type="button" className="cbk-pin__copy" onClick={() => void onCopy()}>
        {messages.copyPin}
      </button>
      <span className="cbk-pin__feedback" data-feedback={feedback} aria-live="polite">
        {feedbackText}
      </span>
    </>
  )
}
