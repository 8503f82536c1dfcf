import type { PiiMaskSettings } from '../sdk/customerSettings.js'
import { maskedAttributeRule, maskedStyle } from './maskedAttributes.js'

const ID_REFERENCES = ['id', 'for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'list', 'form']
/** What every recorder masks whatever the settings: passwords, and fields whose autocomplete says they are one. */
const PASSWORDS =
  'input[type="password" i], input[data-rr-is-password], [autocomplete~="current-password" i], ' +
  '[autocomplete~="new-password" i]'
/** What `maskType: 'all_input'` adds: every field and editable region. */
const ALL_INPUTS = 'input, textarea, select, [contenteditable]:not([contenteditable="false" i])'
const SVG = 'http://www.w3.org/2000/svg'

/** Replaces every visible character, keeping whitespace and length, so the layout stays what the agent sees. */
export const maskText = (text: string): string => text.replace(/\S/g, '*')

/** A masked value or attribute: every character replaced, length kept. */
const maskValue = (value: string): string => '*'.repeat(value.length)

/** The CSS selector a `piiMask` stands for: its selector list plus its attribute filters. */
export function piiMaskSelector(piiMask: PiiMaskSettings | undefined): string | undefined {
  const attributes = (piiMask?.maskHTMLAttributes ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const [name, value] = item.split('=')
      return value === undefined ? `[${name}]` : `[${name}="${value.replaceAll('"', '\\"')}"]`
    })
  const parts = [piiMask?.maskCssSelectors?.trim(), ...attributes].filter(Boolean)
  return parts.length > 0 ? parts.join(', ') : undefined
}

function maskAttributes(element: Element): void {
  for (const name of element.getAttributeNames()) {
    const value = element.getAttribute(name) ?? ''
    const rule = maskedAttributeRule(name, element.namespaceURI === SVG)
    const style = rule === 'style' ? maskedStyle(value) : null
    if (rule === 'mask') element.setAttribute(name, maskValue(value))
    else if (style !== null) element.setAttribute(name, style)
    else if (rule !== 'keep') element.removeAttribute(name)
  }
}

/**
 * Masks a detached copy of some UI the way the emulator's recorder masks what it sends for a `piiMask`: inside a
 * masked element (or a password, or every field with `all_input`) text is masked, values are masked, and only
 * known-safe attributes pass (`maskedAttributeRule`): URLs are dropped, inline styles keep their safe declarations,
 * everything else is masked. Ids, id references and radio group names are dropped so the copy can sit next to the
 * original in the same document. For previews and QA; the SDK does the masking that protects the data.
 */
export function maskClone(root: Element, piiMask: PiiMaskSettings | undefined): void {
  const given = piiMaskSelector(piiMask)
  const selector = [given, PASSWORDS, piiMask?.maskType === 'all_input' ? ALL_INPUTS : undefined]
    .filter(Boolean)
    .join(', ')
  const masked = (element: Element) => {
    try {
      return element.closest(selector) !== null
    } catch {
      // A selector the browser cannot parse masks everything: a preview must never show more than the agent.
      return true
    }
  }
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement
    // Style and script text is page code, never user data, as for the recorder.
    if (parent && masked(parent) && !/^(style|script)$/i.test(parent.localName)) {
      node.textContent = maskText(node.textContent ?? '')
    }
  }
  for (const element of [root, ...root.querySelectorAll('*')]) {
    const isMasked = masked(element)
    // Live values first: a control's value is not an attribute, and masking attributes may rewrite `value`.
    if (isMasked && element instanceof HTMLTextAreaElement) element.value = maskValue(element.value)
    if (isMasked && element instanceof HTMLInputElement && element.type !== 'file') {
      element.value = maskValue(element.value)
      element.checked = false
    }
    if (isMasked) maskAttributes(element)
    // References to ids would point at the original's elements (a label naming a field twice); a radio's name
    // would group the copy with the original's radios and uncheck the customer's choice.
    for (const reference of ID_REFERENCES) element.removeAttribute(reference)
    if (element instanceof HTMLInputElement && element.type === 'radio') element.removeAttribute('name')
  }
}
