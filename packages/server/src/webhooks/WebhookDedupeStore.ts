/**
 * Remembers which deliveries were already processed, so a webhook Zoom sends twice (a retry after a slow or failed
 * answer) reaches `onEvent` once. Back it with Redis or a database when several instances share the traffic; the
 * in-memory default (`createMemoryDedupeStore`) only sees its own process.
 *
 * @example
 * // Redis (node-redis): SET NX PX is the atomic set-if-absent with expiry that claim needs.
 * const store: WebhookDedupeStore = {
 *   claim: async (key, ttlMs) => (await redis.set(`zoom-webhook:${key}`, '1', { NX: true, PX: ttlMs })) === 'OK',
 *   release: async (key) => void (await redis.del(`zoom-webhook:${key}`)),
 * }
 */
export interface WebhookDedupeStore {
  /**
   * Atomically records `key` unless it is already recorded and unexpired: `true` the first time (process the
   * event), `false` for a duplicate. The record should expire after `ttlMs`.
   */
  claim(key: string, ttlMs: number): boolean | Promise<boolean>
  /** Forgets `key`, so the retry of a delivery whose processing failed is processed again. */
  release(key: string): void | Promise<void>
}
