import type { MarkBook, ShownMark } from './markBook.js'
import { createMarkElement } from './markElement.js'

/**
 * Keeps an SVG's children in step with a mark book. Elements of marks that stay are left alone, so a vanishing mark's
 * fade is not restarted when someone else draws.
 */
export class MarkRenderer {
  readonly #svg: SVGSVGElement
  readonly #elements = new Map<string, { shown: ShownMark; element: SVGElement }>()

  constructor(svg: SVGSVGElement) {
    this.#svg = svg
  }

  /** Shows exactly the marks of `book`; new ones go below `above` (a stroke still being drawn), if given. */
  render(book: MarkBook, above?: Element): void {
    const now = Date.now()
    const kept = new Set(book)
    for (const [id, entry] of this.#elements) {
      if (kept.has(entry.shown)) continue
      entry.element.remove()
      this.#elements.delete(id)
    }
    for (const shown of book) {
      if (this.#elements.get(shown.mark.id)?.shown === shown) continue
      const element = createMarkElement(this.#svg.ownerDocument, shown, now)
      this.#svg.insertBefore(element, above ?? null)
      this.#elements.set(shown.mark.id, { shown, element })
    }
  }
}
