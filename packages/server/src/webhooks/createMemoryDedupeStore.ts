import { WebhookConfigError } from './WebhookConfigError.js'
import type { WebhookDedupeStore } from './WebhookDedupeStore.js'

/** Options of `createMemoryDedupeStore`. */
export interface MemoryDedupeStoreOptions {
  /** Most keys kept at once; the oldest is forgotten first when full. 10,000 by default. */
  maxEntries?: number
}

/**
 * The default dedupe store: a map in this process's memory, bounded in size, with expiry. Right for one instance;
 * several instances behind a load balancer need a shared store (see `WebhookDedupeStore`).
 *
 * @example
 * createWebhookHandler({ secretToken, onEvent, dedupe: createMemoryDedupeStore({ maxEntries: 50_000 }) })
 */
export function createMemoryDedupeStore(options: MemoryDedupeStoreOptions = {}): WebhookDedupeStore {
  const maxEntries = options.maxEntries ?? 10_000
  if (!Number.isSafeInteger(maxEntries) || maxEntries < 1) {
    const message = `maxEntries must be a positive integer, got ${maxEntries}.`
    throw new WebhookConfigError('invalid_option', message, 'Pass a count such as 10000.')
  }
  // Insertion order is claim order, so the oldest entries (the first to expire or to be evicted) come first.
  const expiries = new Map<string, number>()
  return {
    claim(key, ttlMs) {
      const now = Date.now()
      for (const [oldKey, expiry] of expiries) {
        if (expiry > now) break
        expiries.delete(oldKey)
      }
      const expiry = expiries.get(key)
      if (expiry !== undefined && expiry > now) return false
      expiries.delete(key)
      expiries.set(key, now + ttlMs)
      for (const oldKey of expiries.keys()) {
        if (expiries.size <= maxEntries) break
        expiries.delete(oldKey)
      }
      return true
    },
    release(key) {
      expiries.delete(key)
    },
  }
}
