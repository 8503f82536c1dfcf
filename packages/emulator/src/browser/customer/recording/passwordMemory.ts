/** Autocomplete tokens that name a password, whatever the field's `type` says. */
const PASSWORD_TOKENS = new Set(['current-password', 'new-password'])

/**
 * Remembers the password fields a recording has seen, so that "passwords are always masked" survives the two common
 * show-password patterns: the field's `type` turning to `text` (a framework re-render may also drop rrweb's
 * `data-rr-is-password` marker), and the field being replaced by a new `type=text` input with the same `id` or
 * `name`. One memory per recording; it holds elements weakly.
 */
export interface PasswordMemory {
  /** Whether `element` is, was, or replaced a password field; remembers it when it is one now. */
  isPassword(element: Element): boolean
}

function isInput(element: Element): element is HTMLInputElement {
  return element.localName === 'input'
}

/** Password-ness visible on the element itself: its type, rrweb's marker, or its autocomplete tokens. */
function looksLikePassword(input: HTMLInputElement): boolean {
  if ((input.getAttribute('type') ?? '').toLowerCase() === 'password' || input.type === 'password') return true
  if (input.hasAttribute('data-rr-is-password')) return true
  const tokens = (input.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/)
  return tokens.some((token) => PASSWORD_TOKENS.has(token))
}

/** The names a replacement field would share with the one it replaces, per document. */
function keysOf(input: HTMLInputElement): string[] {
  const keys: string[] = []
  if (input.id) keys.push(`id:${input.id}`)
  const name = input.getAttribute('name')
  if (name) keys.push(`name:${name}`)
  return keys
}

export function createPasswordMemory(): PasswordMemory {
  const fields = new WeakSet<Element>()
  const keysByDocument = new WeakMap<Document, Set<string>>()
  const keysIn = (input: HTMLInputElement) => {
    let keys = keysByDocument.get(input.ownerDocument)
    if (keys === undefined) {
      keys = new Set()
      keysByDocument.set(input.ownerDocument, keys)
    }
    return keys
  }
  return {
    isPassword(element) {
      if (fields.has(element)) return true
      if (!isInput(element)) return false
      const keys = keysIn(element)
      const own = keysOf(element)
      if (!looksLikePassword(element) && !own.some((key) => keys.has(key))) return false
      fields.add(element)
      for (const key of own) keys.add(key)
      return true
    },
  }
}
