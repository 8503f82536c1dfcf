import type { CompiledMask } from './compileMaskSelector.js'
import { createPasswordMemory, type PasswordMemory } from './passwordMemory.js'

/**
 * The element whose tree holds `element`'s: a shadow root's host, or the `<iframe>` of a same-origin frame. Checked by
 * node type, not `instanceof`: a frame's nodes come from another realm, whose `ShadowRoot` is not this window's.
 */
function containerOf(element: Element): Element | null {
  const root = element.getRootNode()
  if (root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in root) return (root as ShadowRoot).host
  if (root.nodeType === Node.DOCUMENT_NODE) {
    try {
      return (root as Document).defaultView?.frameElement ?? null
    } catch {
      return null
    }
  }
  return null
}

/** Whether `start` or an ancestor matches, across shadow roots and same-origin frames (where `closest` stops). */
function insideMatch(start: Element, selector: string): boolean {
  for (let element: Element | null = start; element !== null; element = containerOf(element)) {
    if (element.closest(selector) !== null) return true
  }
  return false
}

function elementOf(node: Node): Element | null {
  if (node.nodeType === Node.ELEMENT_NODE) return node as Element
  const parent = node.parentNode
  // Text directly under a shadow root belongs to the host as far as masking goes.
  if (parent?.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in parent) return (parent as ShadowRoot).host
  return node.parentElement
}

/**
 * Whether a live node is masked: an element matching the mask selector or inside one (through shadow roots and
 * same-origin frames), a text node inside one, or a field that is or was a password (`passwords` remembers them
 * across a recording). Throws nothing: a selector the engine rejects masks nothing rather than breaking recording.
 */
export function isMaskedNode(
  node: Node,
  mask: CompiledMask,
  passwords: PasswordMemory = createPasswordMemory(),
): boolean {
  const element = elementOf(node)
  if (element === null) return false
  try {
    if (passwords.isPassword(element)) return true
    return mask.selector !== null && insideMatch(element, mask.selector)
  } catch {
    return false
  }
}
