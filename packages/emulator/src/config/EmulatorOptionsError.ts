/**
 * Options the emulator cannot work with, found before it starts: it refuses to start rather than fail every request
 * later with a confusing answer. `code` is stable; `hint` says what to change. Each area narrows `code`.
 */
export class EmulatorOptionsError<Code extends string = string> extends Error {
  readonly code: Code
  /** What to change. */
  readonly hint: string

  constructor(code: Code, message: string, hint: string) {
    super(message)
    this.code = code
    this.hint = hint
  }
}
