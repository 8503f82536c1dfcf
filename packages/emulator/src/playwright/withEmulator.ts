import type { EmulatorOptions } from '../config/emulatorOptions.js'
import { type RunningEmulator, startEmulator } from '../startEmulator.js'
import type { EmulatorTarget } from './emulatorTarget.js'
import { PlaywrightHelperError } from './PlaywrightHelperError.js'

/**
 * The part of Playwright's `test` that `withEmulator` needs. Typed structurally so the helper has no runtime import of
 * `@playwright/test`; Playwright's `test` fits it, and so does any object with the two hooks.
 *
 * @example
 * const hooks: HookRegistrar = test // Playwright's test
 */
export interface HookRegistrar {
  beforeAll(hook: () => Promise<void>): void
  afterAll(hook: () => Promise<void>): void
}

/**
 * The emulator `withEmulator` starts; read it inside tests and hooks, once `beforeAll` has run.
 *
 * @example
 * test('no session is left over', () => expect(emulator.running.emulator.listSessions()).toEqual([]))
 */
export interface TestEmulator extends EmulatorTarget {
  /** The running emulator itself, e.g. `running.emulator.listSessions()`. */
  readonly running: RunningEmulator
}

/**
 * Starts an emulator in this test process for the test file (in `beforeAll`, on a free loopback port) and closes it
 * after (in `afterAll`). Give `sdkKey` / `sdkSecret` when the app's own token endpoint signs the customer's tokens,
 * so the emulator accepts them; any other `EmulatorOptions` (`timing`, `log`, …) pass through.
 *
 * @example
 * import { test } from '@playwright/test'
 * import { withEmulator } from '@cobrowse-kit/emulator/playwright'
 *
 * // The same key and secret the app's token endpoint signs with in the e2e environment.
 * const emulator = withEmulator(test, { sdkKey: 'e2e-sdk-key', sdkSecret: 'e2e-sdk-secret' })
 * test('checkout', async ({ page }) => {
 *   await page.goto(`/checkout?cobrowseOrigin=${encodeURIComponent(emulator.url)}`)
 * })
 */
export function withEmulator(test: HookRegistrar, options: EmulatorOptions = {}): TestEmulator {
  let running: RunningEmulator | undefined
  test.beforeAll(async () => {
    running = await startEmulator({ ...options, port: options.port ?? 0 })
  })
  test.afterAll(async () => {
    await running?.close()
    running = undefined
  })
  const started = (): RunningEmulator => {
    if (running) return running
    throw new PlaywrightHelperError(
      'emulator_not_started',
      'withEmulator: the emulator is not running here.',
      'Read emulator.url (and the other fields) inside a test or a hook, not at the top level of the file.',
    )
  }
  return {
    get url() {
      return started().url
    },
    get sdkKey() {
      return started().sdkKey
    },
    get sdkSecret() {
      return started().sdkSecret
    },
    get running() {
      return started()
    },
  }
}
