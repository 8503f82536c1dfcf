import { PATHS } from '../protocol/paths.js'
import type { EmulatorTarget } from './emulatorTarget.js'
import { PlaywrightHelperError } from './PlaywrightHelperError.js'

/**
 * Where an emulator already runs (the playground's, a CLI started by the test script) and its credentials.
 *
 * @example
 * const options: AttachEmulatorOptions = {
 *   url: 'http://127.0.0.1:4010',
 *   sdkKey: DEV_SDK_KEY,
 *   sdkSecret: DEV_SDK_SECRET,
 * }
 */
export interface AttachEmulatorOptions {
  /** Its origin, e.g. `http://127.0.0.1:4317`. A trailing slash is ignored. */
  url: string
  sdkKey: string
  sdkSecret: string
}

/**
 * Checks that an emulator answers at `url` with `sdkKey`, and returns it as a target for `joinAgent`. Failing here,
 * before any browser work, turns "the desk never said Connected" into a message that names the real problem.
 * The secret cannot be checked without a session; a wrong one shows later as the desk's "Invalid token".
 *
 * @example
 * import { DEV_SDK_KEY, DEV_SDK_SECRET } from '@cobrowse-kit/emulator'
 * const emulator = await attachEmulator({
 *   url: 'http://127.0.0.1:4317',
 *   sdkKey: DEV_SDK_KEY,
 *   sdkSecret: DEV_SDK_SECRET,
 * })
 */
export async function attachEmulator(options: AttachEmulatorOptions): Promise<EmulatorTarget> {
  const url = options.url.replace(/\/+$/, '')
  if (!/^https?:\/\/[^/]+$/.test(url)) {
    throw new PlaywrightHelperError(
      'invalid_options',
      `attachEmulator: "${options.url}" is not an origin.`,
      'Pass the emulator origin only, e.g. http://127.0.0.1:4010 (no path, no query).',
    )
  }
  const health = `${url}${PATHS.health}`
  let body: unknown
  try {
    const response = await fetch(health)
    body = response.ok ? await response.json() : undefined
  } catch (error) {
    throw new PlaywrightHelperError(
      'emulator_unreachable',
      `attachEmulator: nothing answered at ${health} (${error instanceof Error ? error.message : String(error)}).`,
      'Start the emulator (or the app server that mounts it) before the tests, or use withEmulator() to start one.',
    )
  }
  const answer = body as { ok?: unknown; sdkKey?: unknown } | undefined
  if (answer?.ok !== true || typeof answer.sdkKey !== 'string') {
    throw new PlaywrightHelperError(
      'not_an_emulator',
      `attachEmulator: ${health} did not answer like the cobrowse emulator.`,
      'Point url at the origin that serves the emulator (the page origin when it is mounted with createEmulator()).',
    )
  }
  if (answer.sdkKey !== options.sdkKey) {
    throw new PlaywrightHelperError(
      'sdk_key_mismatch',
      `attachEmulator: the emulator at ${url} uses SDK key "${answer.sdkKey}", not "${options.sdkKey}".`,
      'Pass the sdkKey and sdkSecret that emulator was started with (DEV_SDK_KEY / DEV_SDK_SECRET unless configured).',
    )
  }
  return { url, sdkKey: options.sdkKey, sdkSecret: options.sdkSecret }
}
