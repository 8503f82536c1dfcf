import { describe, expect, it } from 'vitest'
import { backoffDelayMs, parseRetryAfter } from './retryDelay.js'

const NOW = Date.parse('2025-02-14T19:09:01Z')

describe('parseRetryAfter', () => {
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('0', NOW)).toBe(0)
    expect(parseRetryAfter(' 2 ', NOW)).toBe(2000)
    expect(parseRetryAfter('1.5', NOW)).toBe(1500)
  })

  it('reads an HTTP-date and the ISO date-time Zoom sends on its daily limit', () => {
    expect(parseRetryAfter('Fri, 14 Feb 2025 19:09:11 GMT', NOW)).toBe(10_000)
    expect(parseRetryAfter('2025-02-15T00:00:00Z', NOW)).toBe(Date.parse('2025-02-15T00:00:00Z') - NOW)
  })

  it('reads a date in the past as no wait, and garbage or absence as unknown', () => {
    expect(parseRetryAfter('Fri, 14 Feb 2025 19:00:00 GMT', NOW)).toBe(0)
    expect(parseRetryAfter('soon', NOW)).toBeUndefined()
    expect(parseRetryAfter('-1', NOW)).toBeUndefined()
    expect(parseRetryAfter('', NOW)).toBeUndefined()
    expect(parseRetryAfter(null, NOW)).toBeUndefined()
  })
})

describe('backoffDelayMs', () => {
  const options = { baseDelayMs: 500, maxDelayMs: 3000 }

  it('doubles per retry, drawn between half and all of the step', () => {
    expect(backoffDelayMs(0, options, () => 0)).toBe(250)
    expect(backoffDelayMs(0, options, () => 1)).toBe(500)
    expect(backoffDelayMs(2, options, () => 0)).toBe(1000)
    expect(backoffDelayMs(2, options, () => 1)).toBe(2000)
  })

  it('never exceeds maxDelayMs', () => {
    expect(backoffDelayMs(10, options, () => 1)).toBe(3000)
    expect(backoffDelayMs(1000, options, () => 1)).toBe(3000)
  })
})
