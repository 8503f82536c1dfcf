import type { AnnotationMark } from '../../../protocol/messages.js'
import type { UiRoot } from '../ui/createUiRoot.js'

/** A drawn mark (`kind: 'stroke'`) as the protocol carries it. */
export type StrokeMark = Extract<AnnotationMark, { kind: 'stroke' }>

/** How long a vanishing-pen mark stays, and how much of that is its fade-out. */
export const VANISH_AFTER_MS = 1500
const FADE_MS = 400

const SVG_NS = 'http://www.w3.org/2000/svg'

/** The marks drawn on the page, in document coordinates. */
export interface AnnotationLayer {
  /** Draws a stroke (replacing one with the same id), or applies `erase`, `undo` (of `ownerId`'s marks) or `clear`. */
  apply(mark: AnnotationMark, ownerId: string): void
  clear(): void
}

interface Drawn {
  owner: string
  element: SVGElement
  timers: Array<ReturnType<typeof setTimeout>>
}

function strokeElement(doc: Document, mark: StrokeMark): SVGElement {
  let element: SVGElement
  if (mark.tool === 'rectangle') {
    const [x1, y1] = mark.points[0] ?? [0, 0]
    const [x2, y2] = mark.points[mark.points.length - 1] ?? [x1, y1]
    element = doc.createElementNS(SVG_NS, 'rect')
    element.setAttribute('x', String(Math.min(x1, x2)))
    element.setAttribute('y', String(Math.min(y1, y2)))
    element.setAttribute('width', String(Math.abs(x2 - x1)))
    element.setAttribute('height', String(Math.abs(y2 - y1)))
  } else {
    element = doc.createElementNS(SVG_NS, 'polyline')
    element.setAttribute('points', mark.points.map(([x, y]) => `${x},${y}`).join(' '))
    element.setAttribute('stroke-linecap', 'round')
    element.setAttribute('stroke-linejoin', 'round')
  }
  element.setAttribute('fill', 'none')
  element.setAttribute('stroke', mark.color)
  element.setAttribute('stroke-width', '3')
  element.setAttribute('data-mark-id', mark.id)
  return element
}

/**
 * Draws annotation marks on an SVG in the UI root's overlay. The overlay is anchored at the host element; the SVG is
 * shifted by the host's own document position so mark coordinates are document coordinates even when the body is
 * positioned or has margins.
 */
export function createAnnotationLayer(uiRoot: () => UiRoot, win: Window): AnnotationLayer {
  const drawn = new Map<string, Drawn>()
  let svg: SVGSVGElement | undefined

  const surface = (): SVGSVGElement => {
    const root = uiRoot()
    if (svg === undefined || !svg.isConnected) {
      svg = win.document.createElementNS(SVG_NS, 'svg')
      svg.setAttribute('width', '1')
      svg.setAttribute('height', '1')
      root.overlay.append(svg)
    }
    const box = root.host.getBoundingClientRect()
    svg.style.left = `${-(box.left + win.scrollX)}px`
    svg.style.top = `${-(box.top + win.scrollY)}px`
    return svg
  }

  const remove = (id: string) => {
    const mark = drawn.get(id)
    if (mark === undefined) return
    for (const timer of mark.timers) clearTimeout(timer)
    mark.element.remove()
    drawn.delete(id)
  }

  const draw = (mark: StrokeMark, owner: string) => {
    const element = strokeElement(win.document, mark)
    const previous = drawn.get(mark.id)
    if (previous !== undefined) {
      previous.element.replaceWith(element)
      previous.element = element
      return
    }
    surface().append(element)
    const timers =
      mark.tool === 'vanishing-pen'
        ? [
            setTimeout(() => drawn.get(mark.id)?.element.classList.add('fading'), VANISH_AFTER_MS - FADE_MS),
            setTimeout(() => remove(mark.id), VANISH_AFTER_MS),
          ]
        : []
    drawn.set(mark.id, { owner, element, timers })
  }

  return {
    apply(mark, ownerId) {
      if (mark.kind === 'stroke') draw(mark, ownerId)
      else if (mark.kind === 'erase') remove(mark.id)
      else if (mark.kind === 'clear') for (const id of [...drawn.keys()]) remove(id)
      else {
        // Map order is drawing order, so the owner's last entry is their latest mark.
        const mine = [...drawn].filter(([, entry]) => entry.owner === ownerId)
        const last = mine[mine.length - 1]
        if (last !== undefined) remove(last[0])
      }
    },
    clear() {
      for (const id of [...drawn.keys()]) remove(id)
    },
  }
}
