import { CobrowseError } from '../errors/CobrowseError.js'
import type { PiiMaskSettings } from '../sdk/customerSettings.js'

/** The attribute `<Mask>` renders; put it on any element to mask it (and everything inside) for agents. */
export const MASK_ATTRIBUTE = 'data-cobrowse-mask'

/** What the kit's `masking` option accepts. Everything compiles into Zoom's `piiMask` in one place. */
export interface MaskingOptions {
  /** Mask every input, textarea, select and editable region (`maskType: 'all_input'`). */
  allInputs?: boolean
  /** CSS selectors whose elements, and everything inside them, are masked. */
  selectors?: readonly string[]
  /** Attribute filters: `'data-pii'` (any value) or `'data-sensitive=true'` (that value). */
  attributes?: readonly string[]
}

// Selectors and attribute filters travel inside comma-separated strings; braces or quotes-breaking input would turn
// one filter into several (or into nothing), so such items are refused rather than passed on.
const UNSAFE_SELECTOR = /[{}]/
const ATTRIBUTE_FILTER = /^[A-Za-z_:][\w:.-]*(=[^,]+)?$/

function invalid(what: string, value: string): CobrowseError {
  return new CobrowseError('invalid_config', {
    message: `masking: ${what} '${value}' is not valid.`,
    hint: "Use CSS selectors such as '.pii' or '#ssn', and attribute filters such as 'data-sensitive=true'.",
  })
}

function split(list: string | undefined, separator: RegExp): string[] {
  return (list ?? '')
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean)
}

/**
 * Compiles the kit's masking model into the `piiMask` init setting: the `data-cobrowse-mask` attribute (what `<Mask>`
 * renders) is always masked, plus the option's selectors and attribute filters, plus any `piiMask` given directly.
 * `false` leaves `piiMask` as given, so the Zoom portal's defaults apply (and `<Mask>` does nothing).
 *
 * Because the kit always sends `piiMask`, the portal's default masking does not apply unless `masking` is `false`:
 * set `allInputs` to mask every input.
 *
 * @example
 * compileMasking({ selectors: ['.pii', '#ssn'] })
 * // { maskType: 'custom_input', maskCssSelectors: '[data-cobrowse-mask], .pii, #ssn' }
 */
export function compileMasking(
  masking: MaskingOptions | false | undefined,
  base?: PiiMaskSettings,
): PiiMaskSettings | undefined {
  if (masking === false) return base
  const selectors = [
    `[${MASK_ATTRIBUTE}]`,
    ...(masking?.selectors ?? []),
    ...split(base?.maskCssSelectors, /,(?![^[(]*[\])])/),
  ]
  for (const selector of selectors)
    if (!selector.trim() || UNSAFE_SELECTOR.test(selector)) throw invalid('selector', selector)
  const attributes = [...(masking?.attributes ?? []), ...split(base?.maskHTMLAttributes, /,/)]
  for (const attribute of attributes)
    if (!ATTRIBUTE_FILTER.test(attribute.trim())) throw invalid('attribute', attribute)

  const piiMask: PiiMaskSettings = {
    maskType: masking?.allInputs ? 'all_input' : (base?.maskType ?? 'custom_input'),
    maskCssSelectors: [...new Set(selectors.map((s) => s.trim()))].join(', '),
  }
  if (attributes.length > 0) piiMask.maskHTMLAttributes = [...new Set(attributes.map((a) => a.trim()))].join(',')
  return piiMask
}
