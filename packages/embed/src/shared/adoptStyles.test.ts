import { afterEach, describe, expect, it, vi } from 'vitest'
import { adoptStyles } from './adoptStyles.js'

const CSS = '.cbk-test { color: red; }'

function shadowRoot(): ShadowRoot {
  const host = document.body.appendChild(document.createElement('div'))
  return host.attachShadow({ mode: 'open' })
}

/** jsdom has constructable sheets but no `adoptedStyleSheets`; give the root one, as browsers do. */
function withAdoptedSheets(root: ShadowRoot, sheets: CSSStyleSheet[]): ShadowRoot {
  Object.defineProperty(root, 'adoptedStyleSheets', { value: sheets, writable: true, configurable: true })
  return root
}

afterEach(() => {
  document.body.replaceChildren()
  vi.restoreAllMocks()
})

describe('adoptStyles', () => {
  it('adopts a constructed sheet next to the ones already there, and takes only its own away', () => {
    const loaderSheet = new CSSStyleSheet()
    const root = withAdoptedSheets(shadowRoot(), [loaderSheet])
    const remove = adoptStyles(root, CSS, 'n0nce')
    expect(root.adoptedStyleSheets).toHaveLength(2)
    expect(root.adoptedStyleSheets[0]).toBe(loaderSheet)
    expect(root.adoptedStyleSheets[1]?.cssRules[0]?.cssText).toContain('.cbk-test')
    expect(root.querySelector('style')).toBeNull()
    remove()
    expect(root.adoptedStyleSheets).toEqual([loaderSheet])
  })

  it('falls back to a nonce-carrying <style> inside the shadow root, never in the document head', () => {
    const root = shadowRoot()
    const remove = adoptStyles(root, CSS, 'n0nce')
    const style = root.firstElementChild
    expect(style?.tagName).toBe('STYLE')
    expect(style?.getAttribute('nonce')).toBe('n0nce')
    expect(style?.textContent).toBe(CSS)
    expect(document.head.querySelector('style')).toBeNull()
    remove()
    expect(root.querySelector('style')).toBeNull()
  })

  it('falls back to <style> when the engine refuses to construct the sheet', () => {
    vi.spyOn(CSSStyleSheet.prototype, 'replaceSync').mockImplementation(() => {
      throw new DOMException('not allowed', 'NotAllowedError')
    })
    const root = withAdoptedSheets(shadowRoot(), [])
    adoptStyles(root, CSS)
    expect(root.adoptedStyleSheets).toHaveLength(0)
    expect(root.querySelector('style')?.hasAttribute('nonce')).toBe(false)
  })
})
