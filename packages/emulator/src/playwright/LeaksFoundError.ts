import type { Leak } from './leak.js'

/**
 * Thrown by `expectNoLeaks()` when a secret or a pattern reached a frame or an agent's view. `message` is the
 * readable report; `leaks` has every finding with its full location, for a test that wants to inspect them.
 *
 * @example
 * const error = await leakCheck.expectNoLeaks().catch((caught: unknown) => caught)
 * if (error instanceof LeaksFoundError) console.log(error.leaks.map((leak) => leak.where))
 */
export class LeaksFoundError extends Error {
  override readonly name = 'LeaksFoundError'
  readonly leaks: readonly Leak[]

  constructor(report: string, leaks: readonly Leak[]) {
    super(report)
    this.leaks = leaks
  }
}
