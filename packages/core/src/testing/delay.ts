/**
 * Resolves after `ms` milliseconds. A zero (or negative) delay resolves on the next microtask instead of a timer, so
 * fakes stay asynchronous yet need no timer advance under `vi.useFakeTimers()`.
 *
 * @internal Used by the fakes of the test kit; not part of the public API.
 */
export function delay(ms: number): Promise<void> {
  if (!(ms > 0)) return Promise.resolve()
  return new Promise((resolve) => {
    setTimeout(resolve, ms)
  })
}
