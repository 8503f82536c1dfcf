/**
 * What happens to an attribute of a masked element. Inside a mask the rule is inverted: only attributes known to
 * carry structure or page-author state pass; anything that could hold what the customer typed, or what the page knows
 * about them, is masked (its text replaced, length kept) or dropped.
 *
 * - `keep`: passes as it is.
 * - `style`: passes declaration by declaration (`maskedStyle`).
 * - `drop`: removed. URLs and documents (`href`, `src`, `srcset`, `srcdoc`…) would still be fetched or parsed by the
 *   agent's browser if masked, and choice state (`checked`, `aria-selected`…) says what the customer picked.
 * - `mask`: replaced character by character.
 */
export type AttributeRule = 'keep' | 'style' | 'drop' | 'mask'

const KEPT = new Set([
  // Structure the page's CSS and the replay rely on.
  'class',
  'id',
  'name',
  'type',
  'role',
  'dir',
  'lang',
  'slot',
  'part',
  'xmlns',
  'viewbox',
  // Form and layout state written by the page author.
  'hidden',
  'inert',
  'disabled',
  'readonly',
  'required',
  'multiple',
  'open',
  'popover',
  'tabindex',
  'draggable',
  'spellcheck',
  'translate',
  'contenteditable',
  'autocomplete',
  'autocapitalize',
  'autofocus',
  'inputmode',
  'enterkeyhint',
  'for',
  'form',
  'list',
  'rel',
  'target',
  'method',
  'enctype',
  'novalidate',
  'accept',
  'width',
  'height',
  'rows',
  'cols',
  'size',
  'maxlength',
  'minlength',
  'wrap',
  'colspan',
  'rowspan',
  'span',
  'scope',
  'headers',
  // ARIA that describes widgets, not content (labels, values and choices are not here).
  'aria-hidden',
  'aria-expanded',
  'aria-haspopup',
  'aria-controls',
  'aria-labelledby',
  'aria-describedby',
  'aria-owns',
  'aria-activedescendant',
  'aria-live',
  'aria-atomic',
  'aria-relevant',
  'aria-busy',
  'aria-modal',
  'aria-disabled',
  'aria-required',
  'aria-readonly',
  'aria-multiline',
  'aria-multiselectable',
  'aria-orientation',
  'aria-current',
  'aria-invalid',
  'aria-autocomplete',
  'aria-level',
  // Markers: the kit's mask, rrweb's password flag, and rrweb's layout, media and stylesheet bookkeeping.
  'data-cobrowse-mask',
  'data-rr-is-password',
  'rr_width',
  'rr_height',
  'rr_scrollleft',
  'rr_scrolltop',
  'rr_open_mode',
  'rr_mediastate',
  'rr_mediacurrenttime',
  'rr_mediaplaybackrate',
  'rr_mediamuted',
  'rr_medialoop',
  'rr_mediavolume',
  '_csstext',
])

const DROPPED = new Set([
  'href',
  'xlink:href',
  'src',
  'srcset',
  'srcdoc',
  'imagesrcset',
  'poster',
  'action',
  'formaction',
  'data',
  'background',
  'ping',
  'cite',
  'longdesc',
  'manifest',
  'codebase',
  'archive',
  'rr_src',
  'rr_dataurl',
  'checked',
  'selected',
  'aria-checked',
  'aria-selected',
  'aria-pressed',
])

/**
 * The rule for attribute `name` of a masked element. SVG drawing attributes (`d`, `points`, `fill`…) are dropped
 * rather than masked: geometry can draw a secret (a QR code), and a masked path is a console error in the replay.
 */
export function maskedAttributeRule(name: string, isSvg = false): AttributeRule {
  const lower = name.toLowerCase()
  if (KEPT.has(lower)) return 'keep'
  if (lower === 'style') return 'style'
  if (DROPPED.has(lower) || lower.startsWith('on') || isSvg) return 'drop'
  return 'mask'
}
