import { describe, expect, it } from 'vitest'
import { fitViewport } from './viewFit.js'

describe('fitViewport', () => {
  it('shrinks a wide page to the container width and centres it vertically', () => {
    expect(fitViewport({ width: 800, height: 600 }, { width: 1600, height: 900 })).toEqual({
      scale: 0.5,
      offsetX: 0,
      offsetY: 75,
    })
  })

  it('shrinks a tall page to the container height and centres it horizontally', () => {
    expect(fitViewport({ width: 1000, height: 500 }, { width: 400, height: 1000 })).toEqual({
      scale: 0.5,
      offsetX: 400,
      offsetY: 0,
    })
  })

  it('grows a small page to fill the container', () => {
    expect(fitViewport({ width: 1000, height: 1000 }, { width: 500, height: 250 })).toEqual({
      scale: 2,
      offsetX: 0,
      offsetY: 250,
    })
  })

  it('leaves the replay unscaled while either size is unknown', () => {
    const unscaled = { scale: 1, offsetX: 0, offsetY: 0 }
    expect(fitViewport({ width: 800, height: 600 }, { width: 0, height: 0 })).toEqual(unscaled)
    expect(fitViewport({ width: 0, height: 0 }, { width: 1280, height: 720 })).toEqual(unscaled)
  })
})
