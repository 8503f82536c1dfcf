/**
 * Resolves the agent SDK's `zoomAppRoot` (an element or a CSS selector) the way the fake needs it: the element, or a
 * message saying why there is none, which the fake reports as the `init` error.
 *
 * @internal Used by `createFakeAgentSdk`; not part of the public API.
 */
export function resolveAgentRoot(root: HTMLElement | string): { element: HTMLElement } | { errorMsg: string } {
  if (typeof root !== 'string') return { element: root }
  if (typeof document === 'undefined') return { errorMsg: `zoomAppRoot "${root}" needs a DOM to resolve` }
  let found: Element | null
  try {
    found = document.querySelector(root)
  } catch {
    return { errorMsg: `zoomAppRoot "${root}" is not a valid CSS selector` }
  }
  if (!found) return { errorMsg: `zoomAppRoot "${root}" matches no element` }
  // A selector may match an SVG or MathML node; the viewer needs an HTML container.
  if (!(found instanceof HTMLElement)) return { errorMsg: `zoomAppRoot "${root}" is not an HTML element` }
  return { element: found }
}
