/**
 * Puts `css` into `root` only, never into the host page's `document.head`. A constructable stylesheet in
 * `adoptedStyleSheets` is CSSOM, so a strict CSP without `'unsafe-inline'` in style-src allows it; engines without
 * adoptable sheets get a `<style nonce>` inside the shadow root instead. Returns the function that takes it out again.
 *
 * @example
 * const remove = adoptStyles(shadowRoot, css, nonce)
 * remove()
 */
export function adoptStyles(root: ShadowRoot, css: string, nonce?: string): () => void {
  const sheet = constructSheet(root, css)
  if (sheet) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]
    return () => {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((adopted) => adopted !== sheet)
    }
  }
  const style = root.ownerDocument.createElement('style')
  // The attribute, not the property: CSP checks the attribute, and some engines lack the property.
  if (nonce) style.setAttribute('nonce', nonce)
  style.textContent = css
  root.prepend(style)
  return () => style.remove()
}

function constructSheet(root: ShadowRoot, css: string): CSSStyleSheet | undefined {
  const Sheet = root.ownerDocument.defaultView?.CSSStyleSheet
  if (!Sheet || !('adoptedStyleSheets' in root) || typeof Sheet.prototype.replaceSync !== 'function') return undefined
  try {
    const sheet = new Sheet()
    sheet.replaceSync(css)
    return sheet
  } catch {
    // Constructable sheets exist but are refused (older engines): the <style> fallback still works.
    return undefined
  }
}
