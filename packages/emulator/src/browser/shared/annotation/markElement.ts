import { type ShownMark, VANISHING_MARK_MS } from './markBook.js'
import { rectFromCorners } from './markGeometry.js'

const SVG = 'http://www.w3.org/2000/svg'

/** Line width in the customer's CSS px, so the agent sees the marks at the size the customer does. */
export const MARK_WIDTH = 3

/**
 * Draws one mark as an SVG element in document coordinates (the overlay's viewBox does the scaling and scrolling).
 * A vanishing-pen mark fades out over what is left of its time, so a redraw does not restart the fade.
 */
export function createMarkElement(document: Document, shown: ShownMark, now: number): SVGElement {
  const { mark } = shown
  let element: SVGElement
  if (mark.tool === 'rectangle') {
    const rect = rectFromCorners(mark.points)
    element = document.createElementNS(SVG, 'rect')
    element.setAttribute('x', String(rect.x))
    element.setAttribute('y', String(rect.y))
    element.setAttribute('width', String(rect.width))
    element.setAttribute('height', String(rect.height))
  } else {
    element = document.createElementNS(SVG, 'polyline')
    element.setAttribute('points', mark.points.map(([x, y]) => `${x},${y}`).join(' '))
  }
  element.setAttribute('fill', 'none')
  element.setAttribute('stroke', mark.color)
  element.setAttribute('stroke-width', String(MARK_WIDTH))
  element.setAttribute('stroke-linecap', 'round')
  element.setAttribute('stroke-linejoin', 'round')
  element.dataset.markId = mark.id
  element.dataset.tool = mark.tool
  if (mark.tool === 'vanishing-pen') {
    element.classList.add('zcb-mark-vanishing')
    element.style.animationDuration = `${VANISHING_MARK_MS}ms`
    element.style.animationDelay = `${Math.min(0, shown.shownAt - now)}ms`
  }
  return element
}
