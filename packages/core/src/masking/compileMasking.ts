import type { PiiMaskSettings } from '../sdk/customerSettings.js'
import { checkSelector, maskingError, splitSelectorList } from './selectorList.js'
import { type SensitiveField, sensitiveFieldSelectors } from './sensitiveFields.js'

/** The attribute `<Mask>` renders; put it on any element to mask it (and everything inside) for agents. */
export const MASK_ATTRIBUTE = 'data-cobrowse-mask'

/** What the kit's `masking` option accepts. Everything compiles into Zoom's `piiMask` in one place. */
export interface MaskingOptions {
  /** Mask every input, textarea, select and editable region (`maskType: 'all_input'`). */
  allInputs?: boolean
  /**
   * CSS selectors whose elements, and everything inside them, are masked. Each item is checked on its own (an item
   * may itself be a comma list); an invalid one is a `CobrowseError` naming it, never a silently weaker mask.
   */
  selectors?: readonly string[]
  /** Attribute filters: `'data-pii'` (any value) or `'data-sensitive=true'` (that value). */
  attributes?: readonly string[]
  /**
   * Sensitive fields are masked by default (`SENSITIVE_FIELDS`: passwords, card number, code and expiry, one-time
   * codes). Set a kind to `false` to let agents see it, e.g. `{ 'one-time-code': false }`.
   */
  sensitiveFields?: Partial<Record<SensitiveField, boolean>>
}

/** What `compileMasking` checks against. */
export interface CompileMaskingOptions {
  /** The document whose selector parser judges each selector. Default: the global `document`, when there is one. */
  document?: Document
}

const ATTRIBUTE_FILTER = /^[A-Za-z_:][\w:.-]*(=[^,]+)?$/

function attributeSelector(filter: string): string {
  const [name, value] = filter.split('=')
  return value === undefined ? `[${name}]` : `[${name}="${value.trim().replace(/["\\]/g, '\\$&')}"]`
}

/**
 * Compiles the kit's masking model into the `piiMask` init setting: the `data-cobrowse-mask` attribute (what `<Mask>`
 * renders) and the sensitive-field defaults are always masked, plus the option's selectors and attribute filters,
 * plus any `piiMask` given directly. `false` leaves `piiMask` as given, so the Zoom portal's defaults apply (and
 * `<Mask>` and the defaults do nothing).
 *
 * Every selector is checked on its own: unclosed brackets, parentheses or quotes, braces, and (where there is a
 * document) anything the browser's selector parser refuses throw a `CobrowseError` (`invalid_masking`) that names
 * the item. Because the kit always sends `piiMask`, the portal's default masking does not apply unless `masking` is
 * `false`: set `allInputs` to mask every input.
 *
 * @example
 * compileMasking({ selectors: ['.pii', '#ssn'] }).maskCssSelectors
 * // '[data-cobrowse-mask], input[type="password" i], …, .pii, #ssn'
 */
export function compileMasking(
  masking: MaskingOptions | false | undefined,
  base?: PiiMaskSettings,
  options: CompileMaskingOptions = {},
): PiiMaskSettings | undefined {
  if (masking === false) return base
  const doc = options.document ?? (typeof document === 'undefined' ? undefined : document)
  const selectors = [`[${MASK_ATTRIBUTE}]`, ...sensitiveFieldSelectors(masking?.sensitiveFields)]
  const lists: Array<[string, string]> = (masking?.selectors ?? []).map((entry, index) => [
    `masking.selectors[${index}]`,
    entry,
  ])
  if (base?.maskCssSelectors) lists.push(['settings.piiMask.maskCssSelectors', base.maskCssSelectors])
  for (const [where, list] of lists) {
    const items = splitSelectorList(list, where)
    if (items.length === 0) throw maskingError(where, list, 'is empty')
    for (const item of items) selectors.push(checkSelector(item, where, doc))
  }

  const attributes: Array<[string, string]> = (masking?.attributes ?? []).map((item, index) => [
    `masking.attributes[${index}]`,
    item.trim(),
  ])
  for (const item of splitSelectorList(base?.maskHTMLAttributes ?? '', 'settings.piiMask.maskHTMLAttributes')) {
    attributes.push(['settings.piiMask.maskHTMLAttributes', item])
  }
  for (const [where, item] of attributes) {
    if (!ATTRIBUTE_FILTER.test(item)) throw maskingError(where, item, "is not an attribute filter like 'data-pii=true'")
    checkSelector(attributeSelector(item), where, doc)
  }

  const piiMask: PiiMaskSettings = {
    maskType: masking?.allInputs ? 'all_input' : (base?.maskType ?? 'custom_input'),
    maskCssSelectors: [...new Set(selectors)].join(', '),
  }
  if (attributes.length > 0) piiMask.maskHTMLAttributes = [...new Set(attributes.map(([, item]) => item))].join(',')
  return piiMask
}
