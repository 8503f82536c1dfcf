import { isDevelopment, MASK_ATTRIBUTE } from '@cobrowse-kit/core'
import { type ReactNode, type SyntheticEvent, useRef } from 'react'

/** Props of `<Mask>`. */
export interface MaskProps {
  /**
   * What agents must not see: text, inputs, selects, editable regions, and everything nested in them in the page.
   * Content that React renders through a portal (dropdowns, date pickers, dialogs) lands elsewhere in the page: render
   * it into `useMaskedPortalContainer()` so it is masked too.
   */
  children?: ReactNode
  /** The wrapper element. `div` (default) for blocks, `span` inside text. */
  as?: 'div' | 'span'
  /** Extra class on the wrapper. */
  className?: string
}

const MASKED = `[${MASK_ATTRIBUTE}]`

/**
 * In development, tells the console once when this `<Mask>`'s children are used outside its element: React's events
 * bubble through portals, so focus, typing or pointing in portal content reaches the wrapper while the content sits
 * somewhere unmasked.
 */
function usePortalWarning() {
  const warned = useRef(false)
  if (!isDevelopment()) return {}
  const check = (event: SyntheticEvent) => {
    const target = event.target
    if (warned.current || !(target instanceof Element) || target.closest(MASKED) !== null) return
    warned.current = true
    console.warn(
      `[cobrowse-kit] <Mask>: a child rendered through a portal (<${target.localName}>) is outside the mask, so agents ` +
        'see it. Give the portal the element from useMaskedPortalContainer() (e.g. <Popover.Portal container={…}>).',
    )
  }
  return { onFocusCapture: check, onInputCapture: check, onPointerDownCapture: check, onPointerOverCapture: check }
}

/**
 * Masks its content for agents. The wrapper carries `data-cobrowse-mask`, which the kit always compiles into Zoom's
 * `piiMask`, so the values are replaced in the customer's page before anything is sent. The customer sees them as
 * usual. A `<Mask>` mounted while a session runs (a route change, a form that opens) needs no restart: the SDK
 * matches `piiMask` selectors on the live page as it records (the emulator does; Zoom does not document it either
 * way, and changing `masking` itself after init is not possible: see `SessionStoreConfig.masking`).
 *
 * @example
 * <Mask><input name="card" autoComplete="cc-number" /></Mask>
 */
export function Mask({ children, as: Tag = 'div', className }: MaskProps): ReactNode {
  const warnings = usePortalWarning()
  return (
    <Tag {...{ [MASK_ATTRIBUTE]: '' }} className={className} {...warnings}>
      {children}
    </Tag>
  )
}
