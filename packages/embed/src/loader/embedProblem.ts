/**
 * A configuration or loading problem the embed reports instead of throwing: `code` is stable and greppable, `message`
 * says what went wrong, `hint` says what to change.
 */
export interface EmbedProblem {
  code: string
  message: string
  hint: string
}

/**
 * Prints a problem as one console line, `[CobrowseKit] <code>: <message> <hint>`, so a site owner sees it in the
 * browser console without any tooling. The embed never throws into the host page; this is how it speaks instead.
 * Returns the problem, so a caller can also hand it to `error` listeners.
 */
export function reportProblem(problem: EmbedProblem): EmbedProblem {
  console.error(`[CobrowseKit] ${problem.code}: ${problem.message} ${problem.hint}`)
  return problem
}

/** Reports a call of the JavaScript API that could not be followed (`invalid_call`); the call does nothing. */
export function reportInvalidCall(call: string): void {
  reportProblem({ code: 'invalid_call', message: `${call} was ignored.`, hint: 'See "JavaScript API" in the README.' })
}

/** The message of anything thrown, for a problem's text. */
export function describeThrown(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * Wraps a function so nothing it throws reaches the host page: the error is reported as `internal_error` and the
 * wrapper returns `undefined`.
 */
export function shielded<Args extends unknown[], Result>(
  run: (...args: Args) => Result,
): (...args: Args) => Result | undefined {
  return (...args) => {
    try {
      return run(...args)
    } catch (error) {
      reportProblem({ code: 'internal_error', message: `${describeThrown(error)}.`, hint: 'Please report this bug.' })
      return undefined
    }
  }
}
