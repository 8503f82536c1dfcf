import { describe, expect, it } from 'vitest'
import {
  distanceToPolyline,
  distanceToRectOutline,
  documentToOverlay,
  overlayToDocument,
  rectFromCorners,
} from './markGeometry.js'

describe('overlayToDocument', () => {
  it('divides by the replay scale and adds the customer scroll', () => {
    expect(overlayToDocument([50, 20], { scale: 0.5, scrollX: 0, scrollY: 300 })).toEqual([100, 340])
    expect(overlayToDocument([30, 30], { scale: 2, scrollX: 40, scrollY: 0 })).toEqual([55, 15])
  })

  it('is undone by documentToOverlay', () => {
    const position = { scale: 0.75, scrollX: 12, scrollY: 640 }
    const [x, y] = documentToOverlay(overlayToDocument([123, 456], position), position)
    expect(x).toBeCloseTo(123)
    expect(y).toBeCloseTo(456)
  })
})

describe('rectFromCorners', () => {
  it('normalises corners given in any order', () => {
    expect(
      rectFromCorners([
        [30, 40],
        [10, 10],
      ]),
    ).toEqual({ x: 10, y: 10, width: 20, height: 30 })
  })

  it('uses the first and last points of a longer list', () => {
    expect(
      rectFromCorners([
        [0, 0],
        [5, 5],
        [10, 20],
      ]),
    ).toEqual({ x: 0, y: 0, width: 10, height: 20 })
  })
})

describe('distances', () => {
  it('measures to the nearest segment of a polyline', () => {
    const line: Array<[number, number]> = [
      [0, 0],
      [10, 0],
      [10, 10],
    ]
    expect(distanceToPolyline([5, 3], line)).toBe(3)
    expect(distanceToPolyline([13, 5], line)).toBe(3)
    expect(distanceToPolyline([-4, -3], line)).toBe(5)
  })

  it('treats a single point as a dot and no points as unreachable', () => {
    expect(distanceToPolyline([3, 4], [[0, 0]])).toBe(5)
    expect(distanceToPolyline([0, 0], [])).toBe(Number.POSITIVE_INFINITY)
  })

  it('measures to the outline of a rectangle, inside and outside', () => {
    const rect = { x: 0, y: 0, width: 100, height: 50 }
    expect(distanceToRectOutline([50, 0], rect)).toBe(0)
    expect(distanceToRectOutline([50, 20], rect)).toBe(20)
    expect(distanceToRectOutline([110, 25], rect)).toBe(10)
  })
})
