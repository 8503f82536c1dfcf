import type { PiiMaskSettings } from '../settings/customerSettings.js'
import { splitSelectorList } from './splitSelectorList.js'

/** What `piiMask` asks to hide, as one CSS selector. */
export interface CompiledMask {
  /**
   * Elements whose value, text and value-carrying attributes are masked, together with everything inside them;
   * `null` when nothing is. Password inputs are masked whatever this says.
   */
  selector: string | null
  /** `maskType: 'all_input'`: every input, textarea, select and editable region is masked. */
  maskAll: boolean
  /** Items that are not valid CSS and were left out (the page should hear about them: they protect nothing). */
  rejected: string[]
}

/** Every field a customer types into; `all_input` adds them to the page's own selectors. */
export const ALL_INPUT_SELECTORS = [
  'input',
  'textarea',
  'select',
  '[contenteditable]:not([contenteditable="false" i])',
] as const

const ATTRIBUTE_NAME = /^[^\s"'>/=[\]]+$/

function escapeIdentifier(name: string): string {
  return name.replace(/[^\w-]/g, (char) => `\\${char}`)
}

function unquote(value: string): string {
  const first = value.charAt(0)
  return value.length >= 2 && (first === '"' || first === "'") && value.endsWith(first) ? value.slice(1, -1) : value
}

/** `data-sensitive` → `[data-sensitive]`, `data-sensitive=true` → `[data-sensitive="true"]`; `null` when malformed. */
export function compileAttributeFilter(item: string): string | null {
  const equals = item.indexOf('=')
  const name = (equals === -1 ? item : item.slice(0, equals)).trim()
  if (!ATTRIBUTE_NAME.test(name)) return null
  if (equals === -1) return `[${escapeIdentifier(name)}]`
  const value = unquote(item.slice(equals + 1).trim())
  return `[${escapeIdentifier(name)}="${value.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"]`
}

/** Whether `selector` parses, asked of the DOM when there is one (a detached fragment: nothing on the page runs). */
function domSelectorCheck(selector: string): boolean {
  if (typeof document === 'undefined') return true
  try {
    document.createDocumentFragment().querySelector(selector)
    return true
  } catch {
    return false
  }
}

/**
 * Compiles `piiMask` into one selector. `maskCssSelectors` items are kept as written, `maskHTMLAttributes` items
 * become attribute selectors, and `all_input` adds every field type. Unknown `maskType` values behave like
 * `custom_input`, which masks only what the page names. Items are split and checked one by one: an invalid or
 * unclosed item is dropped (and reported in `rejected`) rather than invalidating, swallowing or widening the rest of
 * the list, so one typo never switches off the other, valid, masks.
 */
export function compileMaskSelector(
  piiMask: PiiMaskSettings | undefined,
  isValidSelector: (selector: string) => boolean = domSelectorCheck,
): CompiledMask {
  const maskAll = piiMask?.maskType === 'all_input'
  const parts: string[] = []
  const selectors = splitSelectorList(piiMask?.maskCssSelectors ?? '')
  const attributes = splitSelectorList(piiMask?.maskHTMLAttributes ?? '')
  const rejected = [...selectors.malformed, ...attributes.malformed]
  for (const item of selectors.items) {
    if (isValidSelector(item)) parts.push(item)
    else rejected.push(item)
  }
  for (const item of attributes.items) {
    const selector = compileAttributeFilter(item)
    if (selector !== null && isValidSelector(selector)) parts.push(selector)
    else rejected.push(item)
  }
  if (maskAll) parts.push(...ALL_INPUT_SELECTORS)
  const unique = [...new Set(parts)]
  return { selector: unique.length > 0 ? unique.join(', ') : null, maskAll, rejected }
}
