/** The part of Web Storage the mark needs, so tests and hosts can pass their own. */
export type MarkStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/**
 * A per-tab note that a session was live, kept in sessionStorage so it survives a refresh or navigation.
 * Zoom keeps its own recovery state where the kit cannot read it before the SDK loads; this mark lets the kit load
 * the SDK at once after a refresh (to call `join()`) and otherwise load nothing until the user asks.
 */
export interface RecoveryMark {
  set(): void
  clear(): void
  has(): boolean
}

function defaultStorage(): MarkStorage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage
  } catch {
    // Storage access throws in some privacy modes and sandboxed iframes.
    return undefined
  }
}

export function createRecoveryMark(sdkKey: string, storage: MarkStorage | null | undefined): RecoveryMark {
  const key = `cobrowse-kit:live:${sdkKey}`
  const store = storage === null ? undefined : (storage ?? defaultStorage())
  const safely = <T>(run: (s: MarkStorage) => T, fallback: T): T => {
    if (!store) return fallback
    try {
      return run(store)
    } catch {
      return fallback
    }
  }
  return {
    set: () => safely((s) => s.setItem(key, '1'), undefined),
    clear: () => safely((s) => s.removeItem(key), undefined),
    has: () => safely((s) => s.getItem(key) !== null, false),
  }
}
