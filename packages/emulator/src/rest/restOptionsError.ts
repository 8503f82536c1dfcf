import { EmulatorOptionsError } from '../config/EmulatorOptionsError.js'

/** What is wrong with the REST options. */
export type RestOptionsErrorCode =
  | 'invalid_api_credentials'
  | 'invalid_rate_limit'
  | 'invalid_page_token_ttl'
  | 'invalid_history_limit'

/**
 * Thrown by `createEmulator` when `apiKey`, `apiSecret` or `rest` cannot work: the emulator refuses to start rather
 * than answer every REST call with a confusing 401 or 429 later.
 *
 * @example
 * try {
 *   createEmulator({ rest: { rateLimit: { lightPerSecond: 0 } } })
 * } catch (error) {
 *   if (error instanceof RestOptionsError) console.error(`${error.message}\n${error.hint}`)
 * }
 */
export class RestOptionsError extends EmulatorOptionsError<RestOptionsErrorCode> {
  override readonly name = 'RestOptionsError'
}
