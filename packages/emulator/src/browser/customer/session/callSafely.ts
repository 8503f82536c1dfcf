/** Runs a page callback so that if it throws, the error surfaces as uncaught without breaking the session. */
export function callSafely<T>(callback: ((value: T) => void) | undefined, value: T): void {
  if (callback === undefined) return
  try {
    callback(value)
  } catch (error) {
    queueMicrotask(() => {
      throw error
    })
  }
}
