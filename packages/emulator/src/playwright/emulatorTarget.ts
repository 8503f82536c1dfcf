/**
 * An emulator a test can talk to: where it listens and the SDK credentials it checks tokens with. `withEmulator` and
 * `attachEmulator` return one; a `RunningEmulator` from `startEmulator` is one too.
 *
 * @example
 * const target: EmulatorTarget = { url: 'http://127.0.0.1:4010', sdkKey: DEV_SDK_KEY, sdkSecret: DEV_SDK_SECRET }
 * const agent = await joinAgent(browser, { emulator: target, pin })
 */
export interface EmulatorTarget {
  /** Origin of the emulator, e.g. `http://127.0.0.1:4010`: the kit's `origin` and the desk's host. */
  readonly url: string
  readonly sdkKey: string
  /** Agent tokens are signed with it, so it must be the emulator's own. */
  readonly sdkSecret: string
}
