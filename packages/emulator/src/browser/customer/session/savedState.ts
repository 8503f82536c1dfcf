/** What a page needs to resume its session after a refresh or navigation (or, in multi-tab mode, in another tab). */
export interface SavedState {
  sessionId: string
  resumeKey: string
  pin: string
}

/** Where the saved state lives. */
export interface StateStore {
  read(): SavedState | undefined
  write(state: SavedState): void
  /** Clears only when what is stored is still `owner`'s: a tab that lost its session to another keeps theirs. */
  clear(owner: Pick<SavedState, 'sessionId' | 'resumeKey'>): void
}

/** The browser APIs the stores use, passed in so tests can use fakes. */
export interface StateEnvironment {
  /** `undefined` when storage is blocked (sandboxed frames, some privacy modes). */
  sessionStorage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined
  cookies: { get(): string; set(cookie: string): void }
  secure: boolean
}

export function parseSavedState(text: string | null | undefined): SavedState | undefined {
  if (!text) return undefined
  try {
    const value: unknown = JSON.parse(text)
    if (typeof value !== 'object' || value === null) return undefined
    const { sessionId, resumeKey, pin } = value as Record<string, unknown>
    if (typeof sessionId !== 'string' || typeof resumeKey !== 'string' || typeof pin !== 'string') return undefined
    return { sessionId, resumeKey, pin }
  } catch {
    return undefined
  }
}

export function ownsState(stored: SavedState | undefined, owner: Pick<SavedState, 'sessionId' | 'resumeKey'>): boolean {
  return stored !== undefined && stored.sessionId === owner.sessionId && stored.resumeKey === owner.resumeKey
}
