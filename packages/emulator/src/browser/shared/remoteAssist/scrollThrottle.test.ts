import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createScrollThrottle, SCROLL_INTERVAL_MS } from './scrollThrottle.js'

describe('createScrollThrottle', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('sends the first target at once', () => {
    const send = vi.fn()
    createScrollThrottle(send).push({ x: 0, y: 10 })
    expect(send).toHaveBeenCalledExactlyOnceWith({ x: 0, y: 10 })
  })

  it('folds targets within an interval into one trailing send of the newest', () => {
    const send = vi.fn()
    const throttle = createScrollThrottle(send)
    throttle.push({ x: 0, y: 10 })
    throttle.push({ x: 0, y: 20 })
    throttle.push({ x: 0, y: 30 })
    expect(send).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(SCROLL_INTERVAL_MS)
    expect(send).toHaveBeenCalledTimes(2)
    expect(send).toHaveBeenLastCalledWith({ x: 0, y: 30 })
  })

  it('sends at most about 20 messages a second under a continuous gesture', () => {
    const send = vi.fn()
    const throttle = createScrollThrottle(send)
    for (let ms = 0; ms < 1000; ms += 5) {
      throttle.push({ x: 0, y: ms })
      vi.advanceTimersByTime(5)
    }
    expect(send.mock.calls.length).toBeGreaterThanOrEqual(19)
    expect(send.mock.calls.length).toBeLessThanOrEqual(21)
  })

  it('drops a waiting target on cancel', () => {
    const send = vi.fn()
    const throttle = createScrollThrottle(send)
    throttle.push({ x: 0, y: 10 })
    throttle.push({ x: 0, y: 20 })
    throttle.cancel()
    vi.advanceTimersByTime(SCROLL_INTERVAL_MS * 2)
    expect(send).toHaveBeenCalledTimes(1)
  })
})
