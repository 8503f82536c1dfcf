import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// The stylesheet's promises (scoped, RTL-safe, themable, AA contrast), checked through jsdom's CSS parser.
const css = readFileSync(join(import.meta.dirname, 'cobrowse.css'), 'utf8')
const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '')

function parse(text: string): CSSRule[] {
  const style = document.createElement('style')
  style.textContent = text
  document.head.append(style)
  const rules = [...(style.sheet?.cssRules ?? [])]
  style.remove()
  return rules
}

/** Style rules with the media condition they sit under ('' at the top level). */
function styleRules(rules: CSSRule[], media = ''): { rule: CSSStyleRule; media: string }[] {
  return rules.flatMap((rule) => {
    if (rule instanceof CSSMediaRule) return styleRules([...rule.cssRules], rule.media.mediaText)
    return rule instanceof CSSStyleRule ? [{ rule, media }] : []
  })
}

const rules = styleRules(parse(css))

/** The default colours of a theme rule: `--_cbk-text: var(--cbk-color-text, #1b1f24)` → `{ text: '#1b1f24' }`. */
function themeOf(rule: CSSStyleRule): Record<string, string> {
  const theme: Record<string, string> = {}
  for (const name of rule.style) {
    const fallback = /var\(--cbk-[\w-]+,\s*(#[0-9a-f]{6})\)/i.exec(rule.style.getPropertyValue(name))?.[1]
    if (name.startsWith('--_cbk-') && fallback) theme[name.slice('--_cbk-'.length)] = fallback
  }
  return theme
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05)
}

// Text colour on the background it is drawn on, anywhere in the kit.
const TEXT_PAIRS: [string, string][] = [
  ['text', 'surface'],
  ['text', 'surface-raised'],
  ['text-muted', 'surface'],
  ['text-muted', 'surface-raised'],
  ['accent', 'surface'],
  ['accent', 'surface-raised'],
  ['on-accent', 'accent'],
  ['on-accent', 'accent-hover'],
  ['success', 'surface'],
  ['danger', 'surface'],
  ['danger', 'surface-raised'],
]

describe('cobrowse.css', () => {
  it('parses into rules', () => {
    expect(rules.length).toBeGreaterThan(20)
  })

  it('styles only inside the kit: every selector starts at a cbk- class or the theme attribute', () => {
    const selectors = rules.flatMap(({ rule }) => rule.selectorText.split(/,\s*(?![^()]*\))/))
    // Whitespace is folded first: the formatter breaks long :is() lists over several lines.
    const outside = selectors.filter(
      (s) => !/^(\.cbk-|:is\((\.cbk-|\[data-cbk-theme=))/.test(s.replace(/\s+/g, '').trim()),
    )
    expect(outside).toEqual([])
    expect(selectors.filter((s) => s.includes('*'))).toEqual([])
  })

  it('uses logical properties only, so right-to-left pages mirror', () => {
    expect(withoutComments.match(/\b(left|right)\b/g)).toBeNull()
  })

  it('documents every public custom property it reads', () => {
    const used = new Set(withoutComments.match(/--cbk-[\w-]+/g))
    const header = css.slice(0, css.indexOf('*/'))
    expect([...used].filter((name) => !header.includes(name))).toEqual([])
    for (const name of ['--cbk-color-accent', '--cbk-color-surface', '--cbk-color-text', '--cbk-radius']) {
      expect(used.has(name), name).toBe(true)
    }
  })

  it('meets WCAG AA for text in the light theme, the system dark theme and both explicit switches', () => {
    const themes = rules.filter(({ rule }) => rule.style.getPropertyValue('--_cbk-text') !== '')
    const named = themes.map(({ rule, media }) => `${media || 'all'} ${rule.selectorText.slice(0, 40)}`)
    expect(themes.map(({ media }) => media)).toEqual(['', '(prefers-color-scheme: dark)', '', ''])
    themes.forEach(({ rule }, index) => {
      const theme = themeOf(rule)
      for (const [fg, bg] of TEXT_PAIRS) {
        const ratio = contrast(theme[fg] ?? '#000000', theme[bg] ?? '#000000')
        expect(ratio, `${fg} on ${bg} in ${named[index]}`).toBeGreaterThanOrEqual(4.5)
      }
    })
  })

  it('keeps the explicit switches equal to the system themes', () => {
    const [light, systemDark, dark, forcedLight] = rules
      .filter(({ rule }) => rule.style.getPropertyValue('--_cbk-text') !== '')
      .map(({ rule }) => themeOf(rule))
    expect(dark).toEqual(systemDark)
    expect(forcedLight).toEqual(light)
    expect(dark?.text).not.toBe(light?.text)
  })

  it('shows keyboard focus and moves only without a reduced-motion preference', () => {
    const focus = rules.filter(({ rule }) => rule.selectorText.includes(':focus-visible'))
    const ring = focus.filter(({ rule, media }) => media === '' && /\boutline:\s*3px solid/.test(rule.style.cssText))
    expect(ring).toHaveLength(1)
    const moving = rules.filter(({ rule }) => /\b(animation|transition)/.test(rule.style.cssText))
    expect(moving.length).toBeGreaterThan(0)
    expect(moving.map(({ media }) => media)).toEqual(moving.map(() => '(prefers-reduced-motion: no-preference)'))
  })

  it('hides text visually but not from screen readers', () => {
    const hidden = rules.find(({ rule }) => rule.selectorText === '.cbk-visually-hidden')?.rule.style
    expect(hidden?.position).toBe('absolute')
    expect(hidden?.display).not.toBe('none')
    expect(hidden?.visibility).not.toBe('hidden')
  })
})
