/**
 * What went wrong in `@cobrowse-kit/emulator/playwright`, as a stable code a test can branch on.
 *
 * @example
 * const retryable: PlaywrightHelperErrorCode[] = ['emulator_unreachable', 'join_timeout']
 */
export type PlaywrightHelperErrorCode =
  | 'invalid_options'
  | 'emulator_not_started'
  | 'emulator_unreachable'
  | 'not_an_emulator'
  | 'sdk_key_mismatch'
  | 'desk_refused_token'
  | 'join_refused'
  | 'join_timeout'
  | 'no_replay'
  | 'nothing_captured'
  | 'agent_view_closed'

/**
 * A Playwright helper could not do its job (bad options, no emulator, a join the desk refused, nothing watched).
 * `message` says what failed; `hint` says what to change. Leaks themselves are a `LeaksFoundError`.
 *
 * @example
 * try {
 *   await joinAgent(browser, { emulator, pin })
 * } catch (error) {
 *   if (error instanceof PlaywrightHelperError && error.code === 'join_refused') console.error(error.hint)
 *   throw error
 * }
 */
export class PlaywrightHelperError extends Error {
  override readonly name = 'PlaywrightHelperError'
  readonly code: PlaywrightHelperErrorCode
  /** What to change. */
  readonly hint: string

  constructor(code: PlaywrightHelperErrorCode, message: string, hint: string) {
    // The hint goes into the message too: test runners print `message`, and that is where a developer looks.
    super(`${message}\n${hint}`)
    this.code = code
    this.hint = hint
  }
}
