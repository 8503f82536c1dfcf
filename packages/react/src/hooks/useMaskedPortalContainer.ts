import { MASK_ATTRIBUTE } from '@cobrowse-kit/core'
import { useLayoutEffect, useState } from 'react'

/** `useLayoutEffect` warns when it runs on the server; there is nothing to attach there anyway. */
const useClientLayoutEffect = typeof document === 'undefined' ? () => {} : useLayoutEffect

/**
 * A masked element at the end of `<body>` for portals: give it to a popover, menu, date picker or dialog library as
 * its portal container, or to `createPortal`, and what renders there is masked for agents like the content of
 * `<Mask>`. Portals escape `<Mask>`'s element in the page, so without this their content is NOT masked.
 *
 * The element exists from the first client render (it is attached before the browser paints, already carrying the
 * mask attribute), so a library never falls back to `document.body` for a first frame. `null` on the server.
 *
 * @example
 * const container = useMaskedPortalContainer()
 * <Popover.Portal container={container}>…</Popover.Portal>      // Radix
 * <Autocomplete slotProps={{ popper: { container } }} />          // MUI
 * {open && container && createPortal(<SavedCards />, container)}  // your own
 */
export function useMaskedPortalContainer(): HTMLElement | null {
  const [container] = useState(() => {
    if (typeof document === 'undefined') return null
    const element = document.createElement('div')
    element.setAttribute(MASK_ATTRIBUTE, '')
    element.setAttribute('data-cobrowse-portal', '')
    return element
  })
  useClientLayoutEffect(() => {
    if (!container) return
    document.body.append(container)
    return () => container.remove()
  }, [container])
  return container
}
