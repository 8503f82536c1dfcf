import { describe, expect, it } from 'vitest'
import { createRateLimiter, invalidRateLimitReason } from './createRateLimiter.js'

const T0 = 1_700_000_000_000

describe('createRateLimiter', () => {
  it('allows max requests per window per key, then refuses with the seconds left', () => {
    const limiter = createRateLimiter({ max: 3, windowMs: 60_000 })
    expect([1, 2, 3].map(() => limiter.hit('a', T0))).toEqual([
      { allowed: true, remaining: 2 },
      { allowed: true, remaining: 1 },
      { allowed: true, remaining: 0 },
    ])
    expect(limiter.hit('a', T0 + 15_000)).toEqual({ allowed: false, retryAfterSeconds: 45 })
    expect(limiter.hit('a', T0 + 59_001)).toEqual({ allowed: false, retryAfterSeconds: 1 })
  })

  it('counts keys separately', () => {
    const limiter = createRateLimiter({ max: 1, windowMs: 1000 })
    expect(limiter.hit('a', T0).allowed).toBe(true)
    expect(limiter.hit('b', T0).allowed).toBe(true)
    expect(limiter.hit('a', T0).allowed).toBe(false)
  })

  it('starts a fresh window once the old one has passed', () => {
    const limiter = createRateLimiter({ max: 1, windowMs: 1000 })
    limiter.hit('a', T0)
    expect(limiter.hit('a', T0 + 999).allowed).toBe(false)
    expect(limiter.hit('a', T0 + 1000)).toEqual({ allowed: true, remaining: 0 })
  })

  it('drops expired windows as time passes, so memory follows the active clients only', () => {
    const limiter = createRateLimiter({ max: 5, windowMs: 1000 })
    for (let i = 0; i < 500; i++) limiter.hit(`client-${i}`, T0 + i)
    expect(limiter.size).toBe(500)
    limiter.hit('late', T0 + 1400)
    // Windows started up to T0 + 400 have ended; the 99 started after it and the new one remain.
    expect(limiter.size).toBe(100)
    limiter.hit('later', T0 + 10_000)
    expect(limiter.size).toBe(1)
  })

  it('never holds more than maxClients windows; the oldest is forgotten first', () => {
    const limiter = createRateLimiter({ max: 1, windowMs: 60_000, maxClients: 100 })
    for (let i = 0; i < 1000; i++) limiter.hit(`flood-${i}`, T0)
    expect(limiter.size).toBe(100)
    expect(limiter.hit('flood-999', T0).allowed).toBe(false)
    expect(limiter.hit('flood-0', T0).allowed).toBe(true)
  })
})

describe('invalidRateLimitReason', () => {
  const clientKey = () => 'k'

  it('accepts sensible options', () => {
    expect(invalidRateLimitReason({ max: 10, windowMs: 60_000, clientKey })).toBeUndefined()
    expect(invalidRateLimitReason({ max: 1, windowMs: 1, clientKey, maxClients: 1 })).toBeUndefined()
  })

  it.each([
    [{ max: 0, windowMs: 1000 }, /max/],
    [{ max: 2.5, windowMs: 1000 }, /max/],
    [{ max: 1, windowMs: 0 }, /windowMs/],
    [{ max: 1, windowMs: Number.NaN }, /windowMs/],
    [{ max: 1, windowMs: 1000, maxClients: 0 }, /maxClients/],
  ])('explains %j', (options, reason) => {
    expect(invalidRateLimitReason({ clientKey, ...options })).toMatch(reason)
  })

  it('requires clientKey to be a function', () => {
    expect(invalidRateLimitReason({ max: 1, windowMs: 1, clientKey: 'ip' as never })).toMatch(/clientKey/)
  })
})
