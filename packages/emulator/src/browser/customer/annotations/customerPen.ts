import type { UiRoot } from '../ui/createUiRoot.js'
import type { StrokeMark } from './annotationLayer.js'

/** The customer's ink, distinct from the agents' default colours. */
export const CUSTOMER_PEN_COLOR = '#d9480f'

let markCount = 0
function newMarkId(): string {
  markCount += 1
  return `customer-${Date.now().toString(36)}-${markCount}`
}

/**
 * Shows a "Draw" toggle in the panel. While it is pressed a transparent layer over the viewport turns pointer drags
 * into pen strokes in document coordinates: `onStroke(mark, false)` while drawing, `(mark, true)` when the pointer
 * lifts. Scrolling still works (wheel events pass through to the document).
 *
 * @returns a function that removes the toggle and the drawing layer.
 */
export function showCustomerPen(
  uiRoot: () => UiRoot,
  win: Window,
  onStroke: (mark: StrokeMark, done: boolean) => void,
): () => void {
  const doc = win.document
  const { panel } = uiRoot()
  const toggle = doc.createElement('button')
  toggle.type = 'button'
  toggle.textContent = 'Draw'
  toggle.setAttribute('aria-pressed', 'false')
  const canvas = doc.createElement('div')
  canvas.className = 'canvas'
  let stroke: StrokeMark | undefined

  const point = (event: PointerEvent): [number, number] => [event.clientX + win.scrollX, event.clientY + win.scrollY]

  canvas.addEventListener('pointerdown', (event) => {
    canvas.setPointerCapture?.(event.pointerId)
    stroke = { kind: 'stroke', id: newMarkId(), tool: 'pen', color: CUSTOMER_PEN_COLOR, points: [point(event)] }
    onStroke(stroke, false)
  })
  canvas.addEventListener('pointermove', (event) => {
    if (stroke === undefined) return
    stroke = { ...stroke, points: [...stroke.points, point(event)] }
    onStroke(stroke, false)
  })
  const finish = () => {
    if (stroke !== undefined) onStroke(stroke, true)
    stroke = undefined
  }
  canvas.addEventListener('pointerup', finish)
  canvas.addEventListener('pointercancel', finish)

  toggle.addEventListener('click', () => {
    const drawing = toggle.getAttribute('aria-pressed') !== 'true'
    toggle.setAttribute('aria-pressed', String(drawing))
    if (drawing) panel.before(canvas)
    else canvas.remove()
  })
  panel.append(toggle)
  return () => {
    toggle.remove()
    canvas.remove()
  }
}
