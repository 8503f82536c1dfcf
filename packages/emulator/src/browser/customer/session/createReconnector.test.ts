import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createReconnector } from './createReconnector.js'
import { reconnectDelay } from './reconnectDelay.js'

describe('reconnectDelay', () => {
  it('doubles from half a second and caps at eight', () => {
    expect([0, 1, 2, 3, 4, 5, 10].map(reconnectDelay)).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000])
  })
})

describe('createReconnector', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('attempts after each backoff delay while attempts fail, then gives up after the window', () => {
    const attemptsAt: number[] = []
    const start = Date.now()
    const giveUp = vi.fn()
    const reconnector = createReconnector({
      attempt: () => {
        attemptsAt.push(Date.now() - start)
        reconnector.attemptFailed()
      },
      abandon: vi.fn(),
      giveUp,
      windowMs: 20_000,
    })
    reconnector.begin()
    vi.advanceTimersByTime(30_000)
    expect(attemptsAt).toEqual([500, 1500, 3500, 7500, 15_500])
    expect(giveUp).toHaveBeenCalledTimes(1)
  })

  it('abandons an attempt that hangs and tries again', () => {
    const attempt = vi.fn()
    const abandon = vi.fn()
    const reconnector = createReconnector({ attempt, abandon, giveUp: vi.fn() })
    reconnector.begin()
    vi.advanceTimersByTime(500)
    expect(attempt).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(10_000)
    expect(abandon).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(1000)
    expect(attempt).toHaveBeenCalledTimes(2)
  })

  it('stops for good when cancelled', () => {
    const attempt = vi.fn()
    const giveUp = vi.fn()
    const reconnector = createReconnector({ attempt, abandon: vi.fn(), giveUp })
    reconnector.begin()
    reconnector.cancel()
    reconnector.attemptFailed()
    vi.advanceTimersByTime(300_000)
    expect(attempt).not.toHaveBeenCalled()
    expect(giveUp).not.toHaveBeenCalled()
  })
})
