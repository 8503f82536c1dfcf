import type { PiiMaskSettings } from '../sdk/customerSettings.js'

// Attributes that can carry the value of a masked element (tooltips, labels, data); masked like its text.
const VALUE_ATTRIBUTES = ['value', 'title', 'alt', 'aria-label', 'aria-valuetext', 'label', 'content']
const FORM_CONTROLS = 'input, textarea, select'
const ID_REFERENCES = ['id', 'for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'list', 'form']
const BUTTON_TYPES = new Set(['button', 'submit', 'reset', 'image', 'checkbox', 'radio', 'hidden'])

/** Replaces every visible character, keeping whitespace and length, so the layout stays what the agent sees. */
export const maskText = (text: string): string => text.replace(/\S/g, '*')

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

/**
 * Masks a detached copy of some UI the way a `piiMask` masks it for agents: text inside masked elements, values of
 * masked form controls (all of them with `all_input`; passwords always), and value-carrying attributes. Ids, id
 * references and radio group names are dropped so the copy can sit next to the original in the same document. For previews and QA; the SDK does the
 * masking that protects the data.
 */
export function maskClone(root: Element, piiMask: PiiMaskSettings | undefined): void {
  const selector = piiMaskSelector(piiMask)
  const allInputs = piiMask?.maskType === 'all_input'
  const masked = (element: Element) => {
    try {
      return selector !== undefined && element.closest(selector) !== null
    } catch {
      // A selector the browser cannot parse masks everything: a preview must never show more than the agent.
      return true
    }
  }
  const doc = root.ownerDocument
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement
    const editable = parent?.closest('[contenteditable]:not([contenteditable="false"])')
    if (parent && (masked(parent) || (allInputs && editable))) node.textContent = maskText(node.textContent ?? '')
  }
  for (const element of [root, ...root.querySelectorAll('*')]) {
    // References to ids would point at the original's elements (a label naming a field twice); a radio's name
    // would group the copy with the original's radios and uncheck the customer's choice.
    for (const reference of ID_REFERENCES) element.removeAttribute(reference)
    if (element instanceof HTMLInputElement && element.type === 'radio') element.removeAttribute('name')
    if (!masked(element)) continue
    for (const name of [...VALUE_ATTRIBUTES, ...element.getAttributeNames().filter((n) => n.startsWith('data-'))]) {
      const value = element.getAttribute(name)
      if (value !== null && !(element instanceof HTMLInputElement && BUTTON_TYPES.has(element.type))) {
        element.setAttribute(name, maskText(value))
      }
    }
  }
  for (const control of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
    FORM_CONTROLS,
  )) {
    const isPassword = control instanceof HTMLInputElement && control.type === 'password'
    if (!(allInputs || isPassword || masked(control))) continue
    if (control instanceof HTMLSelectElement) {
      for (const option of control.options) option.textContent = maskText(option.textContent ?? '')
    } else if (!(control instanceof HTMLInputElement && BUTTON_TYPES.has(control.type))) {
      control.value = maskText(control.value)
    }
  }
}
