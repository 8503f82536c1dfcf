import { PATHS } from '../../protocol/paths.js'
import type { SavedState, StateStore } from './session/savedState.js'

/** What `PATHS.recoveryStatus` answers. */
interface RecoveryAnswer {
  recoverable?: unknown
  pin?: unknown
}

/**
 * After a refresh or navigation: asks the emulator whether the saved session can still be resumed. A "no" clears
 * the saved state; a failed request keeps it (the next page load asks again) but reports nothing recoverable now.
 *
 * @returns the state to resume with (the PIN as the server knows it), or `undefined`.
 */
export async function checkRecovery(
  origin: string,
  store: StateStore,
  fetchImpl: typeof fetch,
): Promise<SavedState | undefined> {
  const saved = store.read()
  if (saved === undefined) return undefined
  const url = new URL(PATHS.recoveryStatus, origin)
  url.searchParams.set('sessionId', saved.sessionId)
  url.searchParams.set('resumeKey', saved.resumeKey)
  let answer: RecoveryAnswer
  try {
    const response = await fetchImpl(url.href, { credentials: 'omit', cache: 'no-store' })
    if (!response.ok) return undefined
    answer = (await response.json()) as RecoveryAnswer
  } catch {
    return undefined
  }
  if (answer?.recoverable !== true) {
    store.clear(saved)
    return undefined
  }
  return typeof answer.pin === 'string' && answer.pin !== '' ? { ...saved, pin: answer.pin } : saved
}
