/**
 * Counts deliveries that have not reached a final outcome, and resolves `idle()` waiters when none are left.
 */
export class PendingWork {
  #count = 0
  #waiters: Array<() => void> = []
  #keepAlive: ReturnType<typeof setInterval> | undefined

  begin(): void {
    this.#count++
  }

  end(): void {
    this.#count = Math.max(0, this.#count - 1)
    if (this.#count > 0) return
    clearInterval(this.#keepAlive)
    this.#keepAlive = undefined
    for (const resolve of this.#waiters.splice(0)) resolve()
  }

  /** Resolves once nothing is pending. */
  idle(): Promise<void> {
    if (this.#count === 0) return Promise.resolve()
    // Retry timers are unref'd so a forgotten sender lets the process exit; whoever awaits idle() asked to wait, so
    // the process stays up until the retries are done.
    this.#keepAlive ??= setInterval(() => {}, 2 ** 31 - 1)
    return new Promise((resolve) => this.#waiters.push(resolve))
  }
}
