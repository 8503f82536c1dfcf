import { describe, expect, it } from 'vitest'
import { nextScrollTarget } from './scrollTarget.js'

const view = { scale: 0.5, viewportHeight: 720 }

describe('nextScrollTarget', () => {
  it('divides pixel deltas by the replay scale', () => {
    expect(nextScrollTarget({ x: 0, y: 100 }, { deltaX: 10, deltaY: 50, deltaMode: 0 }, view)).toEqual({
      x: 20,
      y: 200,
    })
  })

  it('converts line and page deltas to pixels', () => {
    expect(nextScrollTarget({ x: 0, y: 0 }, { deltaX: 0, deltaY: 3, deltaMode: 1 }, { ...view, scale: 1 })).toEqual({
      x: 0,
      y: 48,
    })
    expect(nextScrollTarget({ x: 0, y: 0 }, { deltaX: 0, deltaY: 1, deltaMode: 2 }, { ...view, scale: 1 })).toEqual({
      x: 0,
      y: 720,
    })
  })

  it('never goes above or left of the document', () => {
    expect(nextScrollTarget({ x: 5, y: 30 }, { deltaX: -100, deltaY: -100, deltaMode: 0 }, view)).toEqual({
      x: 0,
      y: 0,
    })
  })

  it('stops at the end of the document when its size is known', () => {
    const limits = { maxX: 0, maxY: 1500 }
    expect(nextScrollTarget({ x: 0, y: 1400 }, { deltaX: 40, deltaY: 500, deltaMode: 0 }, view, limits)).toEqual({
      x: 0,
      y: 1500,
    })
  })

  it('treats a zero scale as unscaled rather than dividing by zero', () => {
    expect(nextScrollTarget({ x: 0, y: 0 }, { deltaX: 0, deltaY: 10, deltaMode: 0 }, { ...view, scale: 0 })).toEqual({
      x: 0,
      y: 10,
    })
  })
})
