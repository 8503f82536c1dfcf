// The emulator's recorder applies the same rule to what it sends (maskParity tests hold the two together), so
// <MaskPreview> shows agents' view of a masked element's attributes exactly.

/** Attributes that pass through a mask: structure, author-written form and widget state, recorder bookkeeping. */
const KEPT = new Set(
  (
    'class id name type role dir lang slot part xmlns viewbox hidden inert disabled readonly required multiple open ' +
    'popover tabindex draggable spellcheck translate contenteditable autocomplete autocapitalize autofocus inputmode ' +
    'enterkeyhint for form list rel target method enctype novalidate accept width height rows cols size maxlength ' +
    'minlength wrap colspan rowspan span scope headers aria-hidden aria-expanded aria-haspopup aria-controls ' +
    'aria-labelledby aria-describedby aria-owns aria-activedescendant aria-live aria-atomic aria-relevant aria-busy ' +
    'aria-modal aria-disabled aria-required aria-readonly aria-multiline aria-multiselectable aria-orientation ' +
    'aria-current aria-invalid aria-autocomplete aria-level data-cobrowse-mask data-rr-is-password rr_width ' +
    'rr_height rr_scrollleft rr_scrolltop rr_open_mode rr_mediastate rr_mediacurrenttime rr_mediaplaybackrate ' +
    'rr_mediamuted rr_medialoop rr_mediavolume _csstext'
  ).split(' '),
)

/** URLs and documents (the agent's browser would fetch or parse even a masked one) and choice state. */
const DROPPED = new Set(
  (
    'href xlink:href src srcset srcdoc imagesrcset poster action formaction data background ping cite longdesc ' +
    'manifest codebase archive rr_src rr_dataurl checked selected aria-checked aria-selected aria-pressed'
  ).split(' '),
)

const CSS_FUNCTIONS = new Set(
  (
    'rgb rgba hsl hsla hwb lab lch oklab oklch color-mix calc min max clamp var env translate translatex translatey ' +
    'translate3d rotate scale scalex scaley skew matrix perspective cubic-bezier steps linear-gradient ' +
    'radial-gradient conic-gradient repeat minmax fit-content blur brightness contrast drop-shadow grayscale opacity'
  ).split(' '),
)

/**
 * How a masked element's attribute reaches agents: `keep`, `style` (safe declarations only), `drop` or `mask` (every
 * character replaced). Inside a mask only known-safe attributes pass; SVG drawing attributes are dropped.
 */
export function maskedAttributeRule(name: string, isSvg: boolean): 'keep' | 'style' | 'drop' | 'mask' {
  const lower = name.toLowerCase()
  if (KEPT.has(lower)) return 'keep'
  if (lower === 'style') return 'style'
  return DROPPED.has(lower) || lower.startsWith('on') || isSvg ? 'drop' : 'mask'
}

function safeDeclaration(declaration: string): string | undefined {
  const colon = declaration.indexOf(':')
  const property = declaration.slice(0, colon).trim().toLowerCase()
  const value = declaration.slice(colon + 1).trim()
  // Custom properties are data; quotes are strings, backslashes escapes, `url()`/`attr()` fetch or copy content.
  const plain =
    colon > 0 && /^-?[a-z][a-z-]*$/.test(property) && /^[\w\s#%.,+\-*/()!]*$/.test(value) && !value.includes(';')
  const calls = [...value.toLowerCase().matchAll(/([a-z][\w-]*)\s*\(/g)]
  return plain && calls.every(([, fn]) => CSS_FUNCTIONS.has(fn ?? '')) ? `${property}: ${value}` : undefined
}

/** The safe declarations of a masked element's inline style, or `null` when none is left. */
export function maskedStyle(style: string): string | null {
  // Cut at top-level semicolons only, so a string or url() cannot smuggle a declaration out of itself.
  const parts: string[] = []
  let depth = 0
  let quote = ''
  let current = ''
  for (let index = 0; index < style.length; index += 1) {
    const char = style.charAt(index)
    if (char === '\\') {
      current += char + style.charAt(index + 1)
      index += 1
      continue
    }
    if (quote) quote = char === quote ? '' : quote
    else if (char === '"' || char === "'") quote = char
    else depth += char === '(' ? 1 : char === ')' && depth > 0 ? -1 : 0
    if (char === ';' && !quote && depth === 0) {
      parts.push(current)
      current = ''
    } else current += char
  }
  parts.push(current)
  const kept = parts.map(safeDeclaration).filter((part) => part !== undefined)
  return kept.length > 0 ? kept.join('; ') : null
}
