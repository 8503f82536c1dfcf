import type { SessionState, SessionStore } from '@cobrowse-kit/core'

/** The fake answers on microtasks, so a scene that needs longer than this is stuck, not slow. */
const DEFAULT_TIMEOUT_MS = 2000

/**
 * Resolves once the store's state passes `reached`. Rejects, naming the state the store is in instead, when that does
 * not happen within `timeoutMs`: a story whose scene no longer reaches its state must fail loudly rather than show
 * the wrong state.
 */
export function waitForScene(
  store: SessionStore,
  reached: (state: SessionState) => boolean,
  scene: string,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (reached(store.getState())) {
      resolve()
      return
    }
    const timer = setTimeout(() => {
      unsubscribe()
      reject(new Error(`Scene '${scene}' was not reached: the session store is in '${store.getState().status}'.`))
    }, timeoutMs)
    const unsubscribe = store.subscribe((state) => {
      if (!reached(state)) return
      clearTimeout(timer)
      unsubscribe()
      resolve()
    })
  })
}
