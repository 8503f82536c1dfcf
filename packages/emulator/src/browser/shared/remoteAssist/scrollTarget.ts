/** A document scroll position in CSS px. */
export interface ScrollPosition {
  x: number
  y: number
}

/** The fields of a `WheelEvent` that say how far it scrolls. */
export interface WheelDelta {
  deltaX: number
  deltaY: number
  /** 0 pixels, 1 lines, 2 pages (`WheelEvent.DOM_DELTA_*`). */
  deltaMode: number
}

/** How far the customer's document can scroll, when the replay knows its size. */
export interface ScrollLimits {
  maxX: number
  maxY: number
}

// Browsers scroll about this much per wheel "line" when a mouse reports lines rather than pixels.
const LINE_HEIGHT_PX = 16

/**
 * Where an agent's wheel gesture over the replay should scroll the customer's document. The delta is divided by the
 * replay scale so the page moves under the pointer as far as the wheel moved on the agent's screen.
 *
 * @example
 * nextScrollTarget({ x: 0, y: 100 }, { deltaX: 0, deltaY: 50, deltaMode: 0 }, { scale: 0.5, viewportHeight: 720 })
 * // { x: 0, y: 200 }
 */
export function nextScrollTarget(
  from: ScrollPosition,
  wheel: WheelDelta,
  view: { scale: number; viewportHeight: number },
  limits?: ScrollLimits,
): ScrollPosition {
  const unit = wheel.deltaMode === 1 ? LINE_HEIGHT_PX : wheel.deltaMode === 2 ? view.viewportHeight : 1
  const scale = view.scale > 0 ? view.scale : 1
  const x = from.x + (wheel.deltaX * unit) / scale
  const y = from.y + (wheel.deltaY * unit) / scale
  return {
    x: Math.round(clamp(x, limits?.maxX)),
    y: Math.round(clamp(y, limits?.maxY)),
  }
}

const clamp = (value: number, max: number | undefined): number =>
  Math.max(0, max === undefined ? value : Math.min(value, Math.max(0, max)))
