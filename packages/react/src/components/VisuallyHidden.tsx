import type { CSSProperties, ReactNode } from 'react'

// Inline so the text stays hidden without the kit's stylesheet; the full component set moves this into its CSS.
const HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  border: 0,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
}

export interface VisuallyHiddenProps {
  /** The text for screen readers. */
  children?: ReactNode
  /** Makes it a live region, e.g. `'polite'` for status announcements. */
  'aria-live'?: 'polite' | 'assertive'
}

/** Text for screen readers only: announcements and a PIN read character by character. */
export function VisuallyHidden({ children, 'aria-live': live }: VisuallyHiddenProps): ReactNode {
  return (
    <span className="cbk-visually-hidden" style={HIDDEN} aria-live={live}>
      {children}
    </span>
  )
}
