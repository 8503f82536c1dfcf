import type { CompiledMask } from './compileMaskSelector.js'

/** Passwords are masked whatever the settings say; rrweb marks an input that was a password with this attribute. */
const PASSWORD_SELECTOR = 'input[type="password" i], input[data-rr-is-password]'

function closestAcrossShadow(start: Element, selector: string): boolean {
  let element: Element | null = start
  while (element !== null) {
    if (element.closest(selector) !== null) return true
    // A masked host hides its shadow content too; `closest` alone stops at the shadow boundary.
    const root = element.getRootNode()
    element = root instanceof ShadowRoot ? root.host : null
  }
  return false
}

function elementOf(node: Node): Element | null {
  if (node.nodeType === Node.ELEMENT_NODE) return node as Element
  const parent = node.parentNode
  // Text directly under a shadow root belongs to the host as far as masking goes.
  return parent instanceof ShadowRoot ? parent.host : node.parentElement
}

/**
 * Whether a live node is masked: an element matching the mask selector or inside one, a text node inside one, or a
 * password input. Throws nothing: a selector the engine rejects masks nothing rather than breaking recording.
 */
export function isMaskedNode(node: Node, mask: CompiledMask): boolean {
  const element = elementOf(node)
  if (element === null) return false
  try {
    if (element.matches(PASSWORD_SELECTOR)) return true
    return mask.selector !== null && closestAcrossShadow(element, mask.selector)
  } catch {
    return false
  }
}
