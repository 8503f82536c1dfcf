/**
 * Functions a kept declaration may call: colours, arithmetic, transforms, gradients, filters. `url()`, `image-set()`,
 * `attr()` and `element()` are not here: they fetch or copy content.
 */
const SAFE_FUNCTIONS = new Set([
  'rgb',
  'rgba',
  'hsl',
  'hsla',
  'hwb',
  'lab',
  'lch',
  'oklab',
  'oklch',
  'color-mix',
  'calc',
  'min',
  'max',
  'clamp',
  'var',
  'env',
  'translate',
  'translatex',
  'translatey',
  'translate3d',
  'rotate',
  'scale',
  'scalex',
  'scaley',
  'skew',
  'matrix',
  'perspective',
  'cubic-bezier',
  'steps',
  'linear-gradient',
  'radial-gradient',
  'conic-gradient',
  'repeat',
  'minmax',
  'fit-content',
  'blur',
  'brightness',
  'contrast',
  'drop-shadow',
  'grayscale',
  'opacity',
])

// Words, numbers, units, colours and operators only: no quotes (strings are content), no backslashes (escapes can
// spell anything), no colons or semicolons (a value that smuggles another declaration).
const PLAIN_VALUE = /^[\w\s#%.,+\-*/()!]*$/
const PROPERTY = /^-?[a-z][a-z-]*$/

/**
 * Whether an inline-style declaration of a masked element passes: a standard property (custom properties are data:
 * `--card: "4111…"`) with a plain value whose functions are all known safe.
 */
export function isSafeDeclaration(property: string, value: string): boolean {
  const name = property.trim().toLowerCase()
  if (!PROPERTY.test(name) || !PLAIN_VALUE.test(value)) return false
  for (const call of value.toLowerCase().matchAll(/([a-z][\w-]*)\s*\(/g)) {
    if (!SAFE_FUNCTIONS.has(call[1] ?? '')) return false
  }
  return true
}

/** Declarations of an inline style, split at the semicolons that are outside strings, brackets and escapes. */
function declarations(style: string): string[] {
  const out: string[] = []
  let start = 0
  let depth = 0
  let quote = ''
  for (let index = 0; index < style.length; index += 1) {
    const char = style.charAt(index)
    if (char === '\\') index += 1
    else if (quote !== '') quote = char === quote ? '' : quote
    else if (char === '"' || char === "'") quote = char
    else if (char === '(') depth += 1
    else if (char === ')') depth = Math.max(0, depth - 1)
    else if (char === ';' && depth === 0) {
      out.push(style.slice(start, index))
      start = index + 1
    }
  }
  out.push(style.slice(start))
  return out
}

/** A masked element's `style` attribute with only its safe declarations; `null` when none is left. */
export function maskedStyle(style: string): string | null {
  const kept: string[] = []
  for (const declaration of declarations(style)) {
    const colon = declaration.indexOf(':')
    if (colon === -1) continue
    const property = declaration.slice(0, colon).trim()
    const value = declaration.slice(colon + 1).trim()
    if (isSafeDeclaration(property, value)) kept.push(`${property.toLowerCase()}: ${value}`)
  }
  return kept.length > 0 ? kept.join('; ') : null
}

/** rrweb's style diff (`{ property: value | [value, priority] | false }`), with unsafe declarations turned into removals. */
export function maskedStyleDiff(diff: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [property, change] of Object.entries(diff)) {
    const value = Array.isArray(change) ? change[0] : change
    out[property] =
      change === false || (typeof value === 'string' && isSafeDeclaration(property, value)) ? change : false
  }
  return out
}
