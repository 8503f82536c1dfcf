/**
 * A programmer error in how one of this package's handlers or clients is set up, thrown once at creation (never while
 * a request is answered), with a stable `code` and a `hint` that says what to change. Each area narrows `code`.
 */
export class ConfigError<Code extends string = string> extends Error {
  /** Stable, machine-readable reason. */
  readonly code: Code
  /** What to change. */
  readonly hint: string

  constructor(code: Code, message: string, hint: string) {
    super(`${message} ${hint}`)
    this.code = code
    this.hint = hint
  }
}
