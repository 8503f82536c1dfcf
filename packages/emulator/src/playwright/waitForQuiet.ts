/**
 * Resolves once `lastAt()` (the time of the last frame) is `quietMs` in the past, or after `maxMs` at most: frames
 * arrive in the test process a little after the page sent them, so a scan right after typing could miss the last.
 *
 * @example
 * await waitForQuiet(() => lastFrameAt, 300, 5000)
 */
export async function waitForQuiet(lastAt: () => number, quietMs: number, maxMs: number): Promise<void> {
  const deadline = Date.now() + maxMs
  for (;;) {
    const wait = Math.min(lastAt() + quietMs, deadline) - Date.now()
    if (wait <= 0) return
    await new Promise((resolve) => setTimeout(resolve, wait))
  }
}
