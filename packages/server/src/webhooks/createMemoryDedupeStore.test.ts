import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryDedupeStore } from './createMemoryDedupeStore.js'
import { WebhookConfigError } from './WebhookConfigError.js'

describe('createMemoryDedupeStore', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('claims a key once until it expires', () => {
    const store = createMemoryDedupeStore()
    expect(store.claim('a', 1000)).toBe(true)
    expect(store.claim('a', 1000)).toBe(false)
    expect(store.claim('b', 1000)).toBe(true)
    vi.advanceTimersByTime(999)
    expect(store.claim('a', 1000)).toBe(false)
    vi.advanceTimersByTime(1)
    expect(store.claim('a', 1000)).toBe(true)
  })

  it('forgets a released key so a retry is claimed again', () => {
    const store = createMemoryDedupeStore()
    store.claim('a', 60_000)
    store.release('a')
    expect(store.claim('a', 60_000)).toBe(true)
  })

  it('stays within maxEntries by forgetting the oldest keys first', () => {
    const store = createMemoryDedupeStore({ maxEntries: 3 })
    for (const key of ['a', 'b', 'c', 'd']) expect(store.claim(key, 60_000)).toBe(true)
    expect(store.claim('a', 60_000)).toBe(true)
    expect(store.claim('d', 60_000)).toBe(false)
    expect(store.claim('c', 60_000)).toBe(false)
  })

  it('refuses a maxEntries that cannot bound anything', () => {
    for (const maxEntries of [0, -1, 1.5, Number.NaN]) {
      expect(() => createMemoryDedupeStore({ maxEntries })).toThrow(WebhookConfigError)
    }
  })
})
