import type { RateLimitOptions } from './rateLimitOptions.js'

/** The verdict on one request: allowed with what is left, or refused until the window ends. */
export type RateLimitVerdict = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number }

/** A fixed-window counter per client key, in memory, with a bounded number of keys. */
export interface RateLimiter {
  /** Counts one request of `key` at `now` (epoch ms, default `Date.now()`). */
  hit(key: string, now?: number): RateLimitVerdict
  /** Client windows currently held: stays at or under `maxClients`, and expired windows are dropped as time passes. */
  readonly size: number
}

const DEFAULT_MAX_CLIENTS = 10_000

interface Window {
  startedAt: number
  count: number
}

/**
 * Creates a limiter. Memory stays bounded without a timer (which would keep a process alive and does not exist in
 * every edge runtime): windows live in a Map in start order, so each hit drops the expired ones from its front, and
 * a flood of new keys past `maxClients` pushes out the oldest.
 *
 * @example
 * const limiter = createRateLimiter({ max: 10, windowMs: 60_000 })
 * const verdict = limiter.hit(clientIp)
 * if (!verdict.allowed) return new Response(null, { status: 429 })
 */
export function createRateLimiter(options: Pick<RateLimitOptions, 'max' | 'windowMs' | 'maxClients'>): RateLimiter {
  const { max, windowMs } = options
  const maxClients = options.maxClients ?? DEFAULT_MAX_CLIENTS
  const windows = new Map<string, Window>()

  const dropExpired = (now: number) => {
    for (const [key, window] of windows) {
      if (now - window.startedAt < windowMs) break
      windows.delete(key)
    }
  }

  return {
    get size() {
      return windows.size
    },
    hit(key, now = Date.now()) {
      dropExpired(now)
      const current = windows.get(key)
      if (current) {
        if (current.count >= max) {
          return {
            allowed: false,
            retryAfterSeconds: Math.max(1, Math.ceil((current.startedAt + windowMs - now) / 1000)),
          }
        }
        current.count += 1
        return { allowed: true, remaining: max - current.count }
      }
      if (windows.size >= maxClients) {
        const oldest = windows.keys().next()
        if (!oldest.done) windows.delete(oldest.value)
      }
      windows.set(key, { startedAt: now, count: 1 })
      return { allowed: true, remaining: max - 1 }
    },
  }
}

/** Why rate-limit options cannot work, or undefined when they can; the token handler refuses them at startup. */
export function invalidRateLimitReason(options: RateLimitOptions): string | undefined {
  const { max, windowMs, clientKey, maxClients } = options
  if (!Number.isSafeInteger(max) || max < 1) return `rateLimit.max must be a whole number ≥ 1, got ${max}.`
  if (!Number.isFinite(windowMs) || windowMs <= 0) return `rateLimit.windowMs must be > 0 ms, got ${windowMs}.`
  if (typeof clientKey !== 'function') return 'rateLimit.clientKey must be a function (request) => string.'
  if (maxClients !== undefined && (!Number.isSafeInteger(maxClients) || maxClients < 1)) {
    return `rateLimit.maxClients must be a whole number ≥ 1, got ${maxClients}.`
  }
  return undefined
}
