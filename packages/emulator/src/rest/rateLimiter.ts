/** Zoom's rate-limit labels of the cobrowse endpoints: `past_sessions` is Resource-intensive, the rest Light. */
export type RateCategory = 'light' | 'heavy'

/** Requests allowed per window, per API key. */
export interface RateLimits {
  lightPerSecond: number
  heavyPerMinute: number
}

/** The outcome of one request against its category's window. */
export interface RateVerdict {
  ok: boolean
  /** `X-RateLimit-*` headers, plus `Retry-After` (whole seconds) when refused. */
  headers: Record<string, string>
}

/** Counts requests per API key and category. */
export interface RateLimiter {
  take(apiKey: string, category: RateCategory): RateVerdict
}

const WINDOWS: Record<RateCategory, { ms: number; label: string; limit: keyof RateLimits }> = {
  light: { ms: 1000, label: 'Light', limit: 'lightPerSecond' },
  heavy: { ms: 60_000, label: 'Resource-intensive', limit: 'heavyPerMinute' },
}

/**
 * Fixed windows (this second, this minute) per API key and category, which is how Zoom words its limits ("30
 * requests per second"). Deterministic under an injected clock, so tests can reach the limit without racing it.
 *
 * @example
 * const limiter = createRateLimiter({ lightPerSecond: 30, heavyPerMinute: 10 }, Date.now)
 * if (!limiter.take(apiKey, 'heavy').ok) answer429()
 */
export function createRateLimiter(limits: RateLimits, now: () => number): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>()

  return {
    take(apiKey, category) {
      const { ms, label, limit: limitName } = WINDOWS[category]
      const limit = limits[limitName]
      const at = now()
      const start = Math.floor(at / ms) * ms
      const key = `${category}\n${apiKey}`
      let window = windows.get(key)
      if (!window || window.start !== start) {
        window = { start, count: 0 }
        windows.set(key, window)
      }
      const ok = window.count < limit
      if (ok) window.count += 1
      const headers: Record<string, string> = {
        'X-RateLimit-Category': label,
        'X-RateLimit-Type': 'QPS',
        'X-RateLimit-Limit': String(limit),
        'X-RateLimit-Remaining': String(limit - window.count),
      }
      if (!ok) headers['Retry-After'] = String(Math.max(1, Math.ceil((start + ms - at) / 1000)))
      return { ok, headers }
    },
  }
}
