/** A point `[x, y]` in CSS pixels. */
export type Point = [number, number]

/** How the overlay maps onto the customer's document: the replay scale and the customer's scroll position. */
export interface OverlayPosition {
  scale: number
  scrollX: number
  scrollY: number
}

/** An axis-aligned rectangle in document coordinates. */
export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/**
 * Converts a point on the overlay (CSS px from its top-left, at the agent's scale) to the customer's document
 * coordinates, which is what marks carry on the wire.
 *
 * @example
 * overlayToDocument([50, 20], { scale: 0.5, scrollX: 0, scrollY: 300 }) // [100, 340]
 */
export function overlayToDocument([x, y]: Point, position: OverlayPosition): Point {
  return [x / position.scale + position.scrollX, y / position.scale + position.scrollY]
}

/**
 * The inverse of {@link overlayToDocument}: where a document point shows on the overlay.
 *
 * @example
 * documentToOverlay([100, 340], { scale: 0.5, scrollX: 0, scrollY: 300 }) // [50, 20]
 */
export function documentToOverlay([x, y]: Point, position: OverlayPosition): Point {
  return [(x - position.scrollX) * position.scale, (y - position.scrollY) * position.scale]
}

/**
 * The rectangle a rectangle mark spans: its first and last points are opposite corners, in any order.
 *
 * @example
 * rectFromCorners([[30, 40], [10, 10]]) // { x: 10, y: 10, width: 20, height: 30 }
 */
export function rectFromCorners(points: readonly Point[]): Rect {
  const first = points[0] ?? [0, 0]
  const last = points[points.length - 1] ?? first
  return {
    x: Math.min(first[0], last[0]),
    y: Math.min(first[1], last[1]),
    width: Math.abs(last[0] - first[0]),
    height: Math.abs(last[1] - first[1]),
  }
}

/** Distance from `point` to the segment `a`–`b`. */
export function distanceToSegment(point: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0]
  const dy = b[1] - a[1]
  const lengthSquared = dx * dx + dy * dy
  const t =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((point[0] - a[0]) * dx + (point[1] - a[1]) * dy) / lengthSquared))
  return Math.hypot(point[0] - (a[0] + t * dx), point[1] - (a[1] + t * dy))
}

/** Distance from `point` to a polyline (a single point counts as a dot). */
export function distanceToPolyline(point: Point, points: readonly Point[]): number {
  const [first] = points
  if (!first) return Number.POSITIVE_INFINITY
  if (points.length === 1) return Math.hypot(point[0] - first[0], point[1] - first[1])
  let nearest = Number.POSITIVE_INFINITY
  for (let index = 1; index < points.length; index++) {
    const a = points[index - 1] as Point
    const b = points[index] as Point
    nearest = Math.min(nearest, distanceToSegment(point, a, b))
  }
  return nearest
}

/** Distance from `point` to the outline of `rect` (zero on the edge, positive inside and outside). */
export function distanceToRectOutline(point: Point, rect: Rect): number {
  const { x, y, width, height } = rect
  const corners: Point[] = [
    [x, y],
    [x + width, y],
    [x + width, y + height],
    [x, y + height],
    [x, y],
  ]
  return distanceToPolyline(point, corners)
}
