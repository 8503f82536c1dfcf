import { groupPin, normalizePin, type SessionStore } from '@cobrowse-kit/core'
import type { ReactNode } from 'react'
import { usePincode } from '../hooks/usePincode.js'
import { useCobrowseMessages } from '../messages/useCobrowseMessages.js'
import { PinCopyButton } from './PinCopyButton.js'
import { VisuallyHidden } from './VisuallyHidden.js'

/** Props of {@link PinDisplay}. */
export interface PinDisplayProps {
  /**
   * A PIN to show instead of the session's, e.g. a custom PIN you chose (BYOP) or a story. With it the component
   * needs no provider. An empty string shows nothing.
   */
  pin?: string
  /** `'large'` sets the PIN in large type, for customers who read it aloud from a distance or zoom in. */
  size?: 'normal' | 'large'
  /** Extra class on the root element; the kit's own classes start with `cbk-`. */
  className?: string
  /** Use this store instead of the nearest provider's. Ignored when `pin` is given. */
  store?: SessionStore
  /** How long the "Copied" confirmation stays, in milliseconds. Default 2000. */
  copiedResetMs?: number
}

/** Writes `text` to the clipboard; `false` when the browser has no clipboard or refuses (permission, no gesture). */
async function copyToClipboard(text: string): Promise<boolean> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard
  if (!clipboard) return false
  try {
    await clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

/**
 * Shows a PIN for the customer to read out, in groups, with a copy button. Screen readers get it one character at a
 * time; the copy result is announced politely. Without a `pin` prop it shows the session's PIN and renders nothing
 * while there is none.
 *
 * @example
 * <PinDisplay size="large" />
 * <PinDisplay pin="ABCD1234" />
 */
export function PinDisplay({ pin, store, ...rest }: PinDisplayProps): ReactNode {
  // Two paths, so a given PIN never asks for a provider: only the session path reads the store.
  if (pin !== undefined) {
    const given = normalizePin(pin)
    return given ? <PinPanel {...rest} pin={given} copy={() => copyToClipboard(given)} /> : null
  }
  return <SessionPin {...rest} {...(store ? { store } : {})} />
}

type PanelProps = Omit<PinDisplayProps, 'pin' | 'store'> & { pin: string; copy: () => Promise<boolean> }

function SessionPin({ store, ...rest }: Omit<PinDisplayProps, 'pin'>): ReactNode {
  const { pin, copy } = usePincode(store ? { store } : {})
  return pin ? <PinPanel {...rest} pin={pin} copy={copy} /> : null
}

function PinPanel({ pin, copy, size = 'normal', className, copiedResetMs }: PanelProps): ReactNode {
  const messages = useCobrowseMessages()
  const classes = ['cbk-pin', size === 'large' && 'cbk-pin--large', className].filter(Boolean).join(' ')

  return (
    <div className={classes}>
      <span className="cbk-pin__label">{messages.pinLabel}</span>
      <span className="cbk-pin__value">
        {/* Groups are spaced by CSS, not text, so selecting and copying by hand gives the bare PIN. A PIN is a Latin
            code: it reads left to right on right-to-left pages too. */}
        <span className="cbk-pin__groups" aria-hidden="true" dir="ltr">
          {groupPin(pin).map((group, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: groups are positional; the same group can repeat
            <span className="cbk-pin__group" key={index}>
              {group}
            </span>
          ))}
        </span>
        {/* One character at a time, so "123456" is not read as "one hundred twenty-three thousand…". */}
        <VisuallyHidden>{[...normalizePin(pin)].join(' ')}</VisuallyHidden>
      </span>
      <PinCopyButton pin={pin} copy={copy} {...(copiedResetMs === undefined ? {} : { copiedResetMs })} />
    </div>
  )
}
